package org.radiomesh.jobs.model;

import ai.djl.Device;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.hadoop.conf.Configuration;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.SparkEnv;
import org.radiomesh.model.LoadedModel;
import org.radiomesh.model.ModelDirectory;
import org.radiomesh.model.ModelFormatException;
import org.radiomesh.model.ModelReference;

/**
 * The models loaded in this JVM (a Spark executor, or the driver in local mode): one per (model reference, device),
 * loaded lazily by the first task that asks and then shared by every task of the executor, for every later job of
 * the same application. A model is never reloaded per partition or per task.
 *
 * <p>Thread-safe: tasks asking for a model that is loading wait for it; models on other keys load in parallel. A
 * failed load is not remembered, so the next task retries. Remote model directories are first copied to the local
 * cache by {@link ModelFetcher}.
 *
 * <p>System properties set by this class when they are unset, before the engine starts: {@code ai.djl.offline=true}
 * (an executor never downloads an engine or a model; the conf files set it too), and
 * {@code ai.djl.pytorch.num_threads} = {@code spark.task.cpus} with {@code ai.djl.pytorch.num_interop_threads=1},
 * so that concurrent tasks do not oversubscribe the executor's cores with libtorch threads.
 *
 * <pre>{@code
 * VisionLanguageModel vlm = ExecutorModels.forTask(ref, VisionLanguageModel.class, conf.value());
 * VlmGenerator generator = TaskScope.closeOnCompletion(vlm.newGenerator());
 * }</pre>
 */
public final class ExecutorModels {
  private static final Logger LOG = LogManager.getLogger(ExecutorModels.class);
  private static final Map<Key, Slot> MODELS = new ConcurrentHashMap<>();
  private static final AtomicLong LOADS = new AtomicLong();

  static {
    setIfAbsent("ai.djl.offline", "true");
    // libtorch's intra-op pool defaults to one thread per core of the machine. With several tasks per executor that
    // oversubscribes the cores, and OpenMP's spinning threads then slow every task down by an order of magnitude
    // (measured: 7x on the fixture VLM tests). Each task gets spark.task.cpus threads instead.
    SparkEnv env = SparkEnv.get();
    setIfAbsent("ai.djl.pytorch.num_threads", env == null ? "1" : env.conf().get("spark.task.cpus", "1"));
    setIfAbsent("ai.djl.pytorch.num_interop_threads", "1");
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }

  private ExecutorModels() {}

  private record Key(ModelReference ref, String device) {}

  /** Holds one model; its monitor serialises the load. */
  private static final class Slot {
    private LoadedModel model;

    synchronized LoadedModel get(ModelReference ref, Device device, Configuration conf) throws IOException {
      if (model == null) {
        long start = System.nanoTime();
        ModelDirectory dir = ModelDirectory.open(ModelFetcher.localDirectory(ref, conf));
        model = LoadedModel.load(dir, device, ref.options());
        LOADS.incrementAndGet();
        LOG.info("loaded {} from {} on {} in {} ms", model.identity(), ref.uri(), device,
            (System.nanoTime() - start) / 1_000_000);
      }
      return model;
    }
  }

  /**
   * The model of {@code ref} on the running task's device ({@link TaskDevice#current}), loaded on first use.
   *
   * @param type the expected class, e.g. {@code VisionLanguageModel.class}
   * @param conf Hadoop configuration for remote model directories (on executors, ship the driver's with
   *     {@code org.apache.spark.util.SerializableConfiguration})
   * @throws ModelFormatException when the directory holds another kind of model than {@code type}
   */
  public static <M extends LoadedModel> M forTask(ModelReference ref, Class<M> type, Configuration conf)
      throws IOException {
    LoadedModel model = get(ref, TaskDevice.current(ref), conf);
    if (!type.isInstance(model)) {
      throw new ModelFormatException(model.directory().manifestFile(), "kind '" + model.manifest().kind()
          + "' loads as " + model.getClass().getSimpleName() + ", the job expected " + type.getSimpleName());
    }
    return type.cast(model);
  }

  /** The model of {@code ref} on {@code device}, loaded on first use. */
  public static LoadedModel get(ModelReference ref, Device device, Configuration conf) throws IOException {
    return MODELS.computeIfAbsent(new Key(ref, device.toString()), k -> new Slot()).get(ref, device, conf);
  }

  /** Model loads performed by this JVM so far (for tests and metrics). */
  public static long loads() {
    return LOADS.get();
  }

  /**
   * Closes and forgets every model of this JVM. Only for the end of an application or of a test suite: tasks still
   * using a model must have finished.
   */
  public static synchronized void closeAll() {
    for (Slot slot : MODELS.values()) {
      synchronized (slot) {
        if (slot.model != null) {
          slot.model.close();
          slot.model = null;
        }
      }
    }
    MODELS.clear();
  }
}
