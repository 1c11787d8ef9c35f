package org.radiomesh.benchmarks;

import ai.djl.Device;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.radiomesh.model.ModelDirectory;
import org.radiomesh.model.vlm.GenerationOptions;
import org.radiomesh.model.vlm.VisionLanguageModel;
import org.radiomesh.model.vlm.VlmGenerator;
import org.radiomesh.model.vlm.VlmRequest;

/**
 * Images per second per core of the VLM generation loop on the tiny fixture model (vision encoder, projector, prompt
 * embedding and greedy decoding with or without the key/value cache), across batch sizes and worker threads.
 *
 * <p>Each worker thread owns one {@link VlmGenerator} over one shared model, as a Spark task does, and libtorch runs
 * one intra-op thread per call (set below before the engine starts), so a worker uses one core: images/s/core is the
 * total rate divided by the worker count. Images are the fixture's formula images, greedy decoding, a fixed number of
 * new tokens ({@code maxNewTokens}; the fixture's random weights rarely emit the stop token, and runs that do are
 * counted with their real token totals). Each configuration runs {@code warmup} untimed rounds then {@code rounds}
 * timed ones; the median round is reported. No pixel decoding and no output writing are included.
 *
 * <p>Two rates are printed: images/s/core from wall time (what a dedicated core gives, on a quiet machine), and
 * images per CPU second from the workers' thread CPU time (libtorch computes in the calling thread when it has one
 * intra-op thread), which stays meaningful on a machine shared with other work.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar org.radiomesh.benchmarks.VlmFixtureBenchmark
 * [modelDir] [images=32] [maxNewTokens=32] [rounds=3] [warmup=1]}.
 */
public final class VlmFixtureBenchmark {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private VlmFixtureBenchmark() {}

  public static void main(String[] args) throws Exception {
    System.setProperty("ai.djl.offline", "true");
    System.setProperty("ai.djl.pytorch.num_threads", "1");
    System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
    Path dir = Path.of(args.length > 0 ? args[0] : "common/src/test/resources/fixtures/vlm-tiny");
    int images = args.length > 1 ? Integer.parseInt(args[1]) : 32;
    int maxNew = args.length > 2 ? Integer.parseInt(args[2]) : 32;
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
    int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 1;
    List<VlmRequest> requests = new ArrayList<>();
    for (int i = 0; i < images; i++) {
      requests.add(new VlmRequest("image-" + i, image(i), "Describe the findings of this panoramic radiograph."));
    }
    System.out.printf(Locale.ROOT, "# %s, %d images, %d new tokens, %d cores visible, java %s%n", dir, images,
        maxNew, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
    System.out.println("workers\tbatch\tcache\timages/s\timages/s/core\timages/cpu-s\ttokens/s\tmedian s");
    try (VisionLanguageModel vlm = VisionLanguageModel.load(ModelDirectory.open(dir), Device.cpu(), java.util.Map.of())) {
      for (boolean cache : new boolean[] {true, false}) {
        for (int workers : new int[] {1, 2}) {
          for (int batch : new int[] {1, 4, 16}) {
            GenerationOptions options = GenerationOptions.builder().maxNewTokens(maxNew).useCache(cache).build();
            double[] seconds = new double[rounds];
            double[] cpu = new double[rounds];
            long tokens = 0;
            for (int r = -warmup; r < rounds; r++) {
              long start = System.nanoTime();
              long[] t = run(vlm, requests, options, workers, batch);
              if (r >= 0) {
                seconds[r] = (System.nanoTime() - start) / 1e9;
                cpu[r] = t[1] / 1e9;
                tokens = t[0];
              }
            }
            Arrays.sort(seconds);
            Arrays.sort(cpu);
            double median = seconds[rounds / 2];
            System.out.printf(Locale.ROOT, "%d\t%d\t%s\t%.2f\t%.2f\t%.2f\t%.1f\t%.3f%n", workers, batch, cache,
                images / median, images / median / workers, images / cpu[rounds / 2], tokens / median, median);
          }
        }
      }
    }
  }

  /** Runs all requests on {@code workers} threads, each with its own generator: {tokens, worker CPU ns}. */
  private static long[] run(VisionLanguageModel vlm, List<VlmRequest> requests, GenerationOptions options,
      int workers, int batch) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    try {
      List<Future<long[]>> parts = new ArrayList<>();
      for (int w = 0; w < workers; w++) {
        int worker = w;
        parts.add(pool.submit(() -> {
          long cpuStart = THREADS.getCurrentThreadCpuTime();
          long tokens = 0;
          try (VlmGenerator generator = vlm.newGenerator()) {
            List<VlmRequest> mine = new ArrayList<>();
            for (int i = worker; i < requests.size(); i += workers) {
              mine.add(requests.get(i));
            }
            for (int i = 0; i < mine.size(); i += batch) {
              for (var result : generator.generate(mine.subList(i, Math.min(mine.size(), i + batch)), options)) {
                tokens += result.tokens().length;
              }
            }
          }
          return new long[] {tokens, THREADS.getCurrentThreadCpuTime() - cpuStart};
        }));
      }
      long[] total = new long[2];
      for (Future<long[]> f : parts) {
        total[0] += f.get()[0];
        total[1] += f.get()[1];
      }
      return total;
    } finally {
      pool.shutdown();
    }
  }

  /** The fixture's test image {@code index}: (((3 + 2i)x + (5 + 4i)y + 7i) mod 32) / 32 on 32 × 32. */
  static float[] image(int index) {
    float[] pixels = new float[32 * 32];
    for (int y = 0; y < 32; y++) {
      for (int x = 0; x < 32; x++) {
        pixels[y * 32 + x] = ((x * (3 + 2 * index) + y * (5 + 4 * index) + 7 * index) % 32) / 32f;
      }
    }
    return pixels;
  }
}
