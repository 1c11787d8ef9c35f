package org.radiomesh.model;

import ai.djl.Device;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import org.radiomesh.model.vlm.VisionLanguageModel;

/**
 * The tiny random-weight models made by {@code fixtures/make_vlm_fixture.py}, and its test images. The VLM is loaded
 * once per JVM and shared by the test classes (it is thread-safe and loading is the slow part).
 */
public final class ModelFixtures {
  public static final int IMAGE = 32;
  private static VisionLanguageModel vlm;

  static {
    // One libtorch thread, as ExecutorModels sets for a one-cpu Spark task: libtorch's default pool of one thread per
    // core spins (OpenMP) and, on a machine shared with other builds, makes these tests an order of magnitude slower.
    if (System.getProperty("ai.djl.pytorch.num_threads") == null) {
      System.setProperty("ai.djl.pytorch.num_threads", "1");
      System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
    }
  }

  private ModelFixtures() {}

  public static Path resource(String name) {
    try {
      return Path.of(ModelFixtures.class.getResource("/fixtures/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(name, e);
    }
  }

  public static Path vlmDir() {
    return resource("vlm-tiny");
  }

  public static Path classifierDir() {
    return resource("classifier-tiny");
  }

  /** The shared fixture VLM on the CPU. */
  public static synchronized VisionLanguageModel vlm() {
    if (vlm == null) {
      try {
        vlm = VisionLanguageModel.load(ModelDirectory.open(vlmDir()), Device.cpu(), Map.of());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return vlm;
  }

  /** Test image {@code index}: pixel (x, y) = (((3 + 2i)x + (5 + 4i)y + 7i) mod 32) / 32, as in the script. */
  public static float[] image(int index) {
    float[] pixels = new float[IMAGE * IMAGE];
    for (int y = 0; y < IMAGE; y++) {
      for (int x = 0; x < IMAGE; x++) {
        pixels[y * IMAGE + x] = ((x * (3 + 2 * index) + y * (5 + 4 * index) + 7 * index) % 32) / 32f;
      }
    }
    return pixels;
  }
}
