package org.radiomesh.dicom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link ImageFormat#detect} on hand-made signatures and seeded random bytes. */
class ImageFormatTest {
  static ImageFormat detect(int... bytes) {
    byte[] b = new byte[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      b[i] = (byte) bytes[i];
    }
    return ImageFormat.detect(b, b.length);
  }

  @Test
  void signatures() {
    byte[] part10 = new byte[140];
    part10[128] = 'D';
    part10[129] = 'I';
    part10[130] = 'C';
    part10[131] = 'M';
    part10[0] = 'I';
    part10[1] = 'I';
    part10[2] = 42;
    assertThat(ImageFormat.detect(part10, 140)).as("DICM wins over a TIFF preamble").isEqualTo(ImageFormat.DICOM_PART10);
    assertThat(ImageFormat.detect(part10, 131)).isEqualTo(ImageFormat.TIFF);
    assertThat(detect(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)).isEqualTo(ImageFormat.PNG);
    assertThat(detect(0xFF, 0xD8, 0xFF, 0xE0)).isEqualTo(ImageFormat.JPEG);
    assertThat(detect('M', 'M', 0, 42)).isEqualTo(ImageFormat.TIFF);
    assertThat(detect('B', 'M', 0x36, 0, 0, 0)).isEqualTo(ImageFormat.BMP);
    assertThat(detect('G', 'I', 'F', '8', '9', 'a')).isEqualTo(ImageFormat.GIF);
    assertThat(ImageFormat.GIF.isRaster()).isTrue();
    assertThat(ImageFormat.DICOM_RAW.isRaster()).isFalse();
    assertThat(detect()).isEqualTo(ImageFormat.UNKNOWN);
  }

  @Test
  void rawDataSets() {
    assertThat(detect(0x08, 0, 0x05, 0, 'C', 'S', 10, 0)).as("explicit LE").isEqualTo(ImageFormat.DICOM_RAW);
    assertThat(detect(0x08, 0, 0x05, 0, 10, 0, 0, 0)).as("implicit LE").isEqualTo(ImageFormat.DICOM_RAW);
    assertThat(detect(0x02, 0, 0x00, 0, 'U', 'L', 4, 0)).as("meta, no preamble").isEqualTo(ImageFormat.DICOM_RAW);
    assertThat(detect(0, 0x08, 0, 0x05, 'C', 'S', 0, 10)).as("explicit BE").isEqualTo(ImageFormat.DICOM_RAW);
    assertThat(detect(0x08, 0, 0x05, 0, 'O', 'B', 1, 0)).as("long VR without zero reserved")
        .isEqualTo(ImageFormat.UNKNOWN);
    assertThat(detect(0x08, 0, 0x05, 0, 0, 0, 1, 0)).as("implicit length 64 KiB").isEqualTo(ImageFormat.UNKNOWN);
    assertThat(detect(0x10, 0, 0x10, 0, 'P', 'N', 4, 0)).as("group 0010 first").isEqualTo(ImageFormat.UNKNOWN);
    assertThat(detect('h', 'e', 'l', 'l', 'o', ' ', 'w', 'o')).isEqualTo(ImageFormat.UNKNOWN);
  }

  /** Random bytes are DICOM only when their first two bytes happen to be a plausible group (brute-force check). */
  @Test
  void randomBytesAreRarelyAnything() {
    Random r = new Random(11);
    byte[] b = new byte[132];
    for (int i = 0; i < 20000; i++) {
      r.nextBytes(b);
      ImageFormat f = ImageFormat.detect(b, b.length);
      boolean plausibleGroup = (b[1] == 0 && (b[0] == 2 || b[0] == 8)) || (b[0] == 0 && b[1] == 8);
      if (f.isDicom()) {
        assertThat(plausibleGroup).isTrue();
      }
    }
  }
}
