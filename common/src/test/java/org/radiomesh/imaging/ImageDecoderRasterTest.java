package org.radiomesh.imaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.junit.jupiter.api.Test;
import org.radiomesh.dicom.ImageFormat;

/** PNG, JPEG and TIFF radiographs through ImageIO: gray values kept, scaled by the bit depth; colour to luma. */
class ImageDecoderRasterTest {
  private static final int W = 37;
  private static final int H = 21;

  @Test
  void png8And16BitGrayKeepTheirValues() throws Exception {
    Random r = new Random(11);
    BufferedImage g8 = new BufferedImage(W, H, BufferedImage.TYPE_BYTE_GRAY);
    BufferedImage g16 = new BufferedImage(W, H, BufferedImage.TYPE_USHORT_GRAY);
    int[] v8 = new int[W * H];
    int[] v16 = new int[W * H];
    for (int i = 0; i < v8.length; i++) {
      v8[i] = r.nextInt(256);
      v16[i] = r.nextInt(65536);
    }
    g8.getRaster().setSamples(0, 0, W, H, 0, v8);
    g16.getRaster().setSamples(0, 0, W, H, 0, v16);

    DecodedImage a = ImageDecoder.decode(encode(g8, "png"), "a.png",
        DecodeOptions.builder().keepModalityValues(true).build());
    DecodedImage b = ImageDecoder.decode(encode(g16, "png"), "b.png");

    assertThat(a.format()).isEqualTo(ImageFormat.PNG);
    assertThat(a.width()).isEqualTo(W);
    assertThat(a.height()).isEqualTo(H);
    for (int i = 0; i < v8.length; i++) {
      assertThat(a.modalityValues()[i]).isEqualTo(v8[i]);
      assertThat((double) a.pixels()[i]).isCloseTo(v8[i] / 255.0, within(1e-6));
      assertThat((double) b.pixels()[i]).isCloseTo(v16[i] / 65535.0, within(1e-6));
    }
  }

  @Test
  void jpegGrayIsCloseAndColourBecomesLuma() throws Exception {
    BufferedImage gray = new BufferedImage(W, H, BufferedImage.TYPE_BYTE_GRAY);
    BufferedImage rgb = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < H; y++) {
      for (int x = 0; x < W; x++) {
        gray.getRaster().setSample(x, y, 0, 30 + 5 * x);
        rgb.setRGB(x, y, (10 * y) << 16 | (5 * x) << 8 | 77);
      }
    }

    DecodedImage j = ImageDecoder.decode(encode(gray, "jpeg"), "g.jpg",
        DecodeOptions.builder().keepModalityValues(true).build());
    DecodedImage c = ImageDecoder.decode(encode(rgb, "png"), "c.png",
        DecodeOptions.builder().keepModalityValues(true).build());

    assertThat(j.format()).isEqualTo(ImageFormat.JPEG);
    for (int y = 0; y < H; y++) {
      for (int x = 0; x < W; x++) {
        assertThat(j.modalityValues()[y * W + x]).isCloseTo(30 + 5 * x, within(6f));
        double luma = 0.299 * 10 * y + 0.587 * 5 * x + 0.114 * 77;
        assertThat((double) c.modalityValues()[y * W + x]).isCloseTo(luma, within(1e-3));
      }
    }
  }

  @Test
  void multiPageTiffGivesFrames() throws Exception {
    BufferedImage[] pages = new BufferedImage[3];
    for (int p = 0; p < pages.length; p++) {
      pages[p] = new BufferedImage(W, H, BufferedImage.TYPE_USHORT_GRAY);
      for (int y = 0; y < H; y++) {
        for (int x = 0; x < W; x++) {
          pages[p].getRaster().setSample(x, y, 0, 1000 * p + x + y);
        }
      }
    }
    byte[] tiff = encodeTiff(pages);

    DecodedImage all = ImageDecoder.decode(tiff, "p.tif", DecodeOptions.builder().allFrames()
        .keepModalityValues(true).build());
    DecodedImage second = ImageDecoder.decode(tiff, "p.tif", DecodeOptions.builder().frame(1)
        .keepModalityValues(true).build());

    assertThat(all.format()).isEqualTo(ImageFormat.TIFF);
    assertThat(all.frames()).isEqualTo(3);
    assertThat(second.frames()).isEqualTo(1);
    for (int p = 0; p < 3; p++) {
      for (int y = 0; y < H; y++) {
        for (int x = 0; x < W; x++) {
          assertThat(all.modalityValues()[(p * H + y) * W + x]).isEqualTo(1000 * p + x + y);
        }
      }
    }
    assertThat(second.modalityValues()[0]).isEqualTo(1000f);
  }

  static byte[] encode(BufferedImage img, String format) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(ImageIO.write(img, format, out)).isTrue();
    return out.toByteArray();
  }

  private static byte[] encodeTiff(BufferedImage[] pages) throws Exception {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(out);
      writer.prepareWriteSequence(null);
      for (BufferedImage p : pages) {
        writer.writeToSequence(new IIOImage(p, null, null), null);
      }
      writer.endWriteSequence();
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }
}
