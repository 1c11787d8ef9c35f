package org.radiomesh.imaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.TagFromName;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.radiomesh.imaging.PixelDecodeException.Reason;

/** Bad input fails with the right {@link Reason}, the source name, the offset where known and what was expected. */
class ImageDecoderErrorTest {

  @Test
  void zeroBytesAndRandomBytesAreNotImages() {
    byte[] random = new byte[4096];
    new Random(7).nextBytes(random);
    random[0] = 0x13;
    PixelDecodeException empty = fail(new byte[0], DecodeOptions.defaults());
    PixelDecodeException noise = fail(random, DecodeOptions.defaults());

    assertThat(empty.reason()).isEqualTo(Reason.NOT_AN_IMAGE);
    assertThat(noise.reason()).isEqualTo(Reason.NOT_AN_IMAGE);
    assertThat(noise.getMessage()).contains("input.bin").contains("DICOM");
  }

  @Test
  void truncatedPixelDataNamesTheEndOfInput() throws Exception {
    byte[] file = DicomImageWriter.write(image(16).build());
    byte[] cut = Arrays.copyOf(file, file.length - 100);

    PixelDecodeException e = fail(cut, DecodeOptions.defaults());

    assertThat(e.reason()).isEqualTo(Reason.TRUNCATED);
    assertThat(e.offset()).isEqualTo(cut.length);
    assertThat(e.getMessage()).contains("input.bin").contains("at byte " + cut.length);
  }

  @Test
  void headerCutBeforePixelDataIsTruncated() throws Exception {
    byte[] file = DicomImageWriter.write(image(16).build());
    byte[] cut = Arrays.copyOf(file, 300);

    assertThat(fail(cut, DecodeOptions.defaults()).reason()).isEqualTo(Reason.TRUNCATED);
  }

  @Test
  void compressedSyntaxWithoutCodecIsUnsupported() throws Exception {
    AttributeList list = DicomImageWriter.toAttributeList(image(8)
        .transferSyntax(DecodableTransferSyntax.RLE_LOSSLESS.uid(), true).build());
    String jpeg2000 = "1.2.840.10008.1.2.4.90";
    byte[] file = DicomImageWriter.toBytes(list, jpeg2000, true);

    PixelDecodeException e = fail(file, DecodeOptions.defaults());

    assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_TRANSFER_SYNTAX);
    assertThat(e.getMessage()).contains(jpeg2000);
  }

  @Test
  void instanceWithoutPixelDataHasNoPixelData() throws Exception {
    String basicTextSr = "1.2.840.10008.5.1.4.1.1.88.11";
    AttributeList list = DicomImageWriter.toAttributeList(image(16).modality("SR", basicTextSr).build());
    for (var tag : new com.pixelmed.dicom.AttributeTag[] {TagFromName.PixelData, TagFromName.Rows,
        TagFromName.Columns, TagFromName.BitsAllocated, TagFromName.BitsStored, TagFromName.HighBit,
        TagFromName.PixelRepresentation, TagFromName.SamplesPerPixel, TagFromName.PhotometricInterpretation}) {
      list.remove(tag);
    }
    byte[] file = DicomImageWriter.toBytes(list, DecodableTransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN.uid(), true);

    assertThat(fail(file, DecodeOptions.defaults()).reason()).isEqualTo(Reason.NO_PIXEL_DATA);
  }

  @Test
  void declaredSizeAboveTheLimitIsTooLargeBeforeDecoding() throws Exception {
    byte[] file = DicomImageWriter.write(image(16).build());

    PixelDecodeException e = fail(file, DecodeOptions.builder().maxPixelBytes(100).build());

    assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
    assertThat(e.getMessage()).contains("at most 100 bytes");
  }

  @Test
  void frameOutOfRangeAndUnsupportedLayoutsAreTyped() throws Exception {
    byte[] file = DicomImageWriter.write(image(16).build());
    byte[] palette = DicomImageWriter.write(image(8).photometric("PALETTE COLOR", 1, 0).build());

    assertThat(fail(file, DecodeOptions.builder().frame(1).build()).reason()).isEqualTo(Reason.FRAME_OUT_OF_RANGE);
    PixelDecodeException p = fail(palette, DecodeOptions.defaults());
    assertThat(p.reason()).isEqualTo(Reason.UNSUPPORTED_PIXEL_FORMAT);
    assertThat(p.getMessage()).contains("PALETTE COLOR");
  }

  @Test
  void corruptJpegFrameFailsToDecode() throws Exception {
    AttributeList list = DicomImageWriter.toAttributeList(image(8)
        .transferSyntax(DecodableTransferSyntax.JPEG_BASELINE.uid(), true).build());
    var frames = (com.pixelmed.dicom.OtherByteAttributeMultipleCompressedFrames) list.get(TagFromName.PixelData);
    byte[] jpeg = frames.getFrames()[0];
    Arrays.fill(jpeg, 2, jpeg.length - 2, (byte) 0x5A);
    byte[] file = DicomImageWriter.toBytes(list, DecodableTransferSyntax.JPEG_BASELINE.uid(), true);

    assertThat(fail(file, DecodeOptions.defaults()).reason()).isIn(Reason.DECODE_FAILED, Reason.TRUNCATED);
  }

  private static DicomImageSpec.Builder image(int bits) {
    int[] v = new int[8 * 8];
    for (int i = 0; i < v.length; i++) {
      v[i] = i * 3;
    }
    return DicomImageSpec.builder().size(8, 8, 1).bits(bits, bits, bits - 1, false).stored(v);
  }

  private static PixelDecodeException fail(byte[] bytes, DecodeOptions opts) {
    PixelDecodeException e = catchThrowableOfType(PixelDecodeException.class,
        () -> ImageDecoder.decode(bytes, "input.bin", opts));
    assertThat(e).as("expected a PixelDecodeException").isNotNull();
    assertThat(e.source()).isEqualTo("input.bin");
    return e;
  }
}
