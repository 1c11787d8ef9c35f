package org.radiomesh.radiograph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RadiographPngTest {

  @Test
  void windowMapsLowToBlackAndHighToWhite(@TempDir Path dir) throws IOException {
    short[] pixels = {0, 1000, 2000, 3000, 4095, -5};
    Path file = dir.resolve("p.png");
    RadiographPng.write(pixels, 3, 2, 1000, 3000, file);
    BufferedImage image = ImageIO.read(file.toFile());
    assertThat(image.getWidth()).isEqualTo(3);
    assertThat(image.getHeight()).isEqualTo(2);
    int[] grey = new int[6];
    for (int i = 0; i < 6; i++) {
      grey[i] = image.getRaster().getSample(i % 3, i / 3, 0);
    }
    // (v − 1000)·255/2000, rounded and clamped.
    assertThat(grey).containsExactly(0, 0, 128, 255, 255, 0);
    assertThat(dir.resolve("p.png.part")).doesNotExist();
  }

  @Test
  void rejectsBadInputAndNamesTheFileOnFailure(@TempDir Path dir) {
    assertThatThrownBy(() -> RadiographPng.write(new short[5], 3, 2, 0, 10, dir.resolve("x.png")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RadiographPng.write(new short[6], 3, 2, 10, 10, dir.resolve("x.png")))
        .isInstanceOf(IllegalArgumentException.class);
    Path missingDir = dir.resolve("no/such/dir/x.png");
    assertThatThrownBy(() -> RadiographPng.write(new short[6], 3, 2, 0, 10, missingDir))
        .isInstanceOf(IOException.class).hasMessageContaining("x.png");
  }
}
