package org.radiomesh.dicom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.TransferSyntax;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link DicomHeaderReader}: stops before the pixel data, detects every truncation, enforces the limits. */
class DicomHeaderReaderTest {
  static final CorpusPatient PATIENT = CorpusPatient.PATIENTS.get(0);

  /** A Part 10 CT header (explicit VR LE) without pixel data, 5120x5120x16 bit declared. */
  static byte[] bigImageHeader() throws Exception {
    AttributeList l = PATIENT.header("CT", DicomTestCorpus.CT, 1, 1);
    new CorpusImage(5120, 5120, 1, 16, 16, true, "MONOCHROME2").addTo(l, 0, false);
    return DicomTestCorpus.part10(l);
  }

  /** The header followed by a Pixel Data element of {@code length} bytes whose value is an endless stream of zeros. */
  static final class EndlessPixels extends InputStream {
    final byte[] head;
    long delivered;

    EndlessPixels(byte[] header, long length) {
      byte[] element = {(byte) 0xE0, 0x7F, 0x10, 0x00, 'O', 'W', 0, 0, (byte) length, (byte) (length >> 8),
          (byte) (length >> 16), (byte) (length >> 24)};
      head = Arrays.copyOf(header, header.length + element.length);
      System.arraycopy(element, 0, head, header.length, element.length);
    }

    @Override
    public int read() {
      return delivered < head.length ? head[(int) delivered++] & 0xFF : (int) (0 * delivered++);
    }

    @Override
    public int read(byte[] b, int off, int len) {
      for (int i = 0; i < len; i++) {
        b[off + i] = (byte) read();
      }
      return len;
    }
  }

  @Test
  void readsTheHeaderAndNeverThePixelData() throws Exception {
    byte[] header = bigImageHeader();
    long length = 5120L * 5120 * 2;
    EndlessPixels in = new EndlessPixels(header, length);
    DicomHeader h = new DicomHeaderReader(CatalogLimits.defaults()).read(in, "big.dcm", -1);
    assertThat(h.pixelDataTag()).isEqualTo(TagFromName.PixelData);
    assertThat(h.pixelDataLength()).isEqualTo(length);
    assertThat(h.decodedPixelBytes()).isEqualTo(length);
    assertThat(h.pixelDataOffset()).isEqualTo(header.length);
    assertThat(h.headerBytes()).isEqualTo(header.length + 12);
    assertThat(in.delivered).isLessThanOrEqualTo(h.headerBytes() + 8192);
  }

  @Test
  void declaredPixelDataAboveTheLimitIsTooLarge() throws Exception {
    long length = 5120L * 5120 * 2;
    CatalogLimits limits = CatalogLimits.builder().maxPixelBytes(length - 1).build();
    assertThatThrownBy(() -> new DicomHeaderReader(limits).read(new EndlessPixels(bigImageHeader(), length), "b", -1))
        .isInstanceOfSatisfying(QuarantineException.class, q -> assertThat(q.reason()).isEqualTo(ReasonCode.TOO_LARGE));
  }

  @Test
  void headerLimitIsExactInBytes() throws Exception {
    byte[] header = bigImageHeader();
    long needed = header.length + 12;
    CatalogLimits exact = CatalogLimits.builder().maxHeaderBytes(needed).build();
    assertThat(new DicomHeaderReader(exact).read(new EndlessPixels(header, 8), "h", -1).headerBytes())
        .isEqualTo(needed);
    for (long limit : new long[] {needed - 1, needed / 2, 200}) {
      CatalogLimits tight = CatalogLimits.builder().maxHeaderBytes(limit).build();
      assertThatThrownBy(() -> new DicomHeaderReader(tight).read(new EndlessPixels(header, 8), "h", -1))
          .as("limit " + limit).isInstanceOfSatisfying(QuarantineException.class,
              q -> assertThat(q.reason()).isEqualTo(ReasonCode.TOO_LARGE));
    }
  }

  /**
   * Every prefix of a file (with its length known) is quarantined with the reason its length implies, or (cut between
   * two elements before the SOP Class UID) left without the SOP Instance UID the cataloger requires.
   */
  @Test
  void everyCutOfEveryEncodingIsTruncated() throws Exception {
    List<String> syntaxes = List.of(TransferSyntax.ExplicitVRLittleEndian, TransferSyntax.ImplicitVRLittleEndian,
        TransferSyntax.ExplicitVRBigEndian);
    for (String ts : syntaxes) {
      for (DicomTestCorpus.Layout layout : DicomTestCorpus.Layout.values()) {
        AttributeList l = PATIENT.header("MR", DicomTestCorpus.MR, 1, 1);
        new CorpusImage(4, 3, 1, 16, 12, false, "MONOCHROME2").addTo(l, 5, true);
        byte[] file = DicomTestCorpus.encode(l, ts, layout);
        DicomHeaderReader reader = new DicomHeaderReader(CatalogLimits.defaults());
        assertThat(reader.read(new ByteArrayInputStream(file), "full", file.length).pixelDataLength()).isEqualTo(24);
        for (int cut = 0; cut < file.length; cut++) {
          byte[] prefix = Arrays.copyOf(file, cut);
          ReasonCode expected = cut == 0 ? ReasonCode.EMPTY_FILE
              : ImageFormat.detect(prefix, Math.min(cut, 132)).isDicom() ? ReasonCode.TRUNCATED : ReasonCode.NOT_DICOM;
          String what = ts + " " + layout + " cut at " + cut + " of " + file.length;
          try {
            DicomHeader h = reader.read(new ByteArrayInputStream(prefix), "cut", cut);
            // A cut between two elements before the SOP Class UID leaves a valid data set; the cataloger rejects it
            // for its missing SOP Instance UID.
            assertThat(h.attributes().get(TagFromName.SOPInstanceUID)).as(what).isNull();
            assertThat(h.hasPixelData()).as(what).isFalse();
          } catch (QuarantineException q) {
            assertThat(q.reason()).as(what + ": " + q.getMessage()).isEqualTo(expected);
          }
        }
      }
    }
  }

  /** A deflated file cut anywhere is quarantined, or (cut inside the compressed pixels) cataloged unchanged. */
  @Test
  void cutsOfADeflatedFileAreNeverMisread() throws Exception {
    AttributeList l = PATIENT.header("DX", DicomTestCorpus.DX, 1, 1);
    new CorpusImage(16, 16, 1, 8, 8, false, "MONOCHROME1").addTo(l, 5, true);
    byte[] file = DicomTestCorpus.encode(l, TransferSyntax.DeflatedExplicitVRLittleEndian,
        DicomTestCorpus.Layout.PART10);
    DicomHeaderReader reader = new DicomHeaderReader(CatalogLimits.defaults());
    String full = new DicomJsonWriter(64).write(reader.read(new ByteArrayInputStream(file), "full", file.length));
    int truncated = 0;
    for (int cut = 132; cut < file.length; cut++) {
      try {
        DicomHeader h = reader.read(new ByteArrayInputStream(Arrays.copyOf(file, cut)), "cut", cut);
        assertThat(new DicomJsonWriter(64).write(h)).as("cut at " + cut).isEqualTo(full);
      } catch (QuarantineException q) {
        assertThat(q.reason()).as("cut at " + cut + ": " + q.getMessage()).isEqualTo(ReasonCode.TRUNCATED);
        truncated++;
      }
    }
    assertThat(truncated).isGreaterThan(file.length / 2);
  }

  @Test
  void fileSystemFailureIsReadFailedNotTruncated() throws Exception {
    byte[] header = bigImageHeader();
    InputStream failing = new InputStream() {
      int n;

      @Override
      public int read() throws IOException {
        if (n >= 600) {
          throw new IOException("disk on fire");
        }
        return header[n++] & 0xFF;
      }
    };
    assertThatThrownBy(() -> new DicomHeaderReader(CatalogLimits.defaults()).read(failing, "f", header.length))
        .isInstanceOfSatisfying(QuarantineException.class, q -> assertThat(q.reason()).isEqualTo(ReasonCode.READ_FAILED));
  }
}
