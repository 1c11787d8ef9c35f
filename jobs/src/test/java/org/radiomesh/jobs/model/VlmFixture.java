package org.radiomesh.jobs.model;

import java.nio.file.Path;
import org.radiomesh.model.vlm.VlmRequest;

/**
 * The tiny VLM made by {@code common/src/test/resources/fixtures/make_vlm_fixture.py}, read in place from the common
 * module (surefire runs jobs tests in {@code jobs/}), and its test images.
 */
public final class VlmFixture {
  public static final String PROMPT = "Describe the findings of this panoramic radiograph.";

  private VlmFixture() {}

  /** The fixture's model directory. */
  public static Path dir() {
    Path dir = Path.of("..", "common", "src", "test", "resources", "fixtures", "vlm-tiny").toAbsolutePath().normalize();
    if (!dir.resolve("radiomesh-model.json").toFile().isFile()) {
      throw new IllegalStateException(dir + ": VLM fixture missing (run tests from the repository or jobs/ folder)");
    }
    return dir;
  }

  /** Test image {@code index}: pixel (x, y) = (((3 + 2i)x + (5 + 4i)y + 7i) mod 32) / 32, as in the script. */
  static VlmRequest request(String id, int index) {
    float[] pixels = new float[32 * 32];
    for (int y = 0; y < 32; y++) {
      for (int x = 0; x < 32; x++) {
        pixels[y * 32 + x] = ((x * (3 + 2 * index) + y * (5 + 4 * index) + 7 * index) % 32) / 32f;
      }
    }
    return new VlmRequest(id, pixels, PROMPT);
  }
}
