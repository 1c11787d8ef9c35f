package org.radiomesh.jobs.model;

import ai.djl.Device;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.hadoop.conf.Configuration;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
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
 * cache by {@link ModelFetcher}. Loading sets {@code ai.djl.offline=true} when the property is unset, so that an
 * executor never tries to download an engine or a model (the conf files set it too).
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
    if (System.getProperty("ai.djl.offline") == null) {
      System.setProperty("ai.djl.offline", "true");
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
