package org.radiomesh.recon.diffusion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.radiomesh.model.ModelFixtures;
import org.radiomesh.recon.ConditioningImage;

/**
 * The tiny random-weight multiview denoiser made by {@code fixtures/make_diffusion_fixture.py} (loaded once per JVM
 * and shared: it is thread-safe and loading is the slow part), the script's reference runs, and its test image.
 */
final class DiffusionFixtures {
  static final int VIEWS = 4;
  static final int SIZE = 16;
  private static MultiviewDiffusionModel model;
  private static JsonNode expected;

  static {
    // one libtorch thread, as on a one-cpu Spark task (see ModelFixtures): the shared build machine is small
    if (System.getProperty("ai.djl.pytorch.num_threads") == null) {
      System.setProperty("ai.djl.pytorch.num_threads", "1");
      System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
    }
  }

  private DiffusionFixtures() {}

  static Path modelDir() {
    return ModelFixtures.resource("multiview-tiny");
  }

  static synchronized MultiviewDiffusionModel model() {
    if (model == null) {
      try {
        model = MultiviewDiffusionModel.load(modelDir());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return model;
  }

  static synchronized JsonNode expected() {
    if (expected == null) {
      try {
        expected = new ObjectMapper().readTree(ModelFixtures.resource("multiview-tiny-expected.json").toFile());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return expected;
  }

  /** The script's conditioning image: value ((3r + 5c + 7ch) mod 16) / 15 at row r, column c, channel ch. */
  static ConditioningImage image() {
    float[] rgb = new float[3 * SIZE * SIZE];
    for (int r = 0; r < SIZE; r++) {
      for (int c = 0; c < SIZE; c++) {
        for (int ch = 0; ch < 3; ch++) {
          rgb[3 * (r * SIZE + c) + ch] = (float) (((3 * r + 5 * c + 7 * ch) % 16) / 15.0);
        }
      }
    }
    return new ConditioningImage(SIZE, SIZE, rgb);
  }

  /** A copy of the fixture directory in {@code into}, to break. */
  static Path copyModel(Path into) throws IOException {
    Path dir = Files.createDirectories(into.resolve("multiview-tiny"));
    try (Stream<Path> files = Files.list(modelDir())) {
      for (Path f : files.toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    return dir;
  }

  static float[] floats(JsonNode array) {
    float[] out = new float[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = (float) array.get(i).asDouble();
    }
    return out;
  }

  static long[] longs(JsonNode array) {
    long[] out = new long[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = array.get(i).asLong();
    }
    return out;
  }
}
