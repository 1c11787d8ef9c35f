package org.radiomesh.dicom;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.FileMetaInformation;
import com.pixelmed.dicom.OtherByteAttribute;
import com.pixelmed.dicom.OtherByteAttributeMultipleCompressedFrames;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.TransferSyntax;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Writes the ingest test corpus with PixelMed and ImageIO: every transfer syntax and pixel layout the catalog must
 * read, and the broken files it must quarantine, each with its {@link CorpusExpectation}. The expectations hold under
 * {@link #LIMITS}. Identities come from {@link CorpusPatient#PATIENTS}. Deterministic for a given seed.
 *
 * <pre>{@code
 * List<CorpusExpectation> expected = DicomTestCorpus.write(dir, 42);
 * }</pre>
 */
public final class DicomTestCorpus {
  /** The limits under which the expectations hold: 64 KiB of header, 64 MiB of pixels, 64-byte inline binaries. */
  public static final CatalogLimits LIMITS = CatalogLimits.builder().maxHeaderBytes(64 << 10)
      .maxPixelBytes(64L << 20).maxInlineBinaryBytes(64).build();

  static final String CT = "1.2.840.10008.5.1.4.1.1.2";
  static final String MR = "1.2.840.10008.5.1.4.1.1.4";
  static final String CR = "1.2.840.10008.5.1.4.1.1.1";
  static final String DX = "1.2.840.10008.5.1.4.1.1.1.1";
  static final String XA = "1.2.840.10008.5.1.4.1.1.12.1";
  static final String BASIC_TEXT_SR = "1.2.840.10008.5.1.4.1.1.88.11";

  /** How a data set is laid out in the file. */
  enum Layout { PART10, RAW, RAW_WITH_META }

  private DicomTestCorpus() {}

  /** Writes the corpus into {@code dir} (which must exist) and returns one expectation per file. */
  public static List<CorpusExpectation> write(Path dir, long seed) throws IOException, DicomException {
    List<CorpusPatient> p = CorpusPatient.PATIENTS;
    List<CorpusExpectation> out = new ArrayList<>();
    CorpusImage ct = new CorpusImage(32, 32, 1, 16, 16, true, "MONOCHROME2");
    byte[] ctBytes = dicom(dir, out, "ct_explicit_le_16s.dcm", p.get(0), "CT", CT, 1, 1,
        TransferSyntax.ExplicitVRLittleEndian, Layout.PART10, ct, seed);
    dicom(dir, out, "mr_implicit_le_16u.dcm", p.get(0), "MR", MR, 2, 1, TransferSyntax.ImplicitVRLittleEndian,
        Layout.PART10, new CorpusImage(24, 20, 1, 16, 16, false, "MONOCHROME2"), seed + 1);
    dicom(dir, out, "cr_explicit_be_12u.dcm", p.get(1), "CR", CR, 1, 1, TransferSyntax.ExplicitVRBigEndian,
        Layout.PART10, new CorpusImage(20, 16, 1, 16, 12, false, "MONOCHROME2"), seed + 2);
    dicom(dir, out, "dx_deflated_8u_mono1.dcm", p.get(1), "DX", DX, 2, 1,
        TransferSyntax.DeflatedExplicitVRLittleEndian, Layout.PART10,
        new CorpusImage(16, 16, 1, 8, 8, false, "MONOCHROME1"), seed + 3);
    dicom(dir, out, "xa_multiframe_8s.dcm", p.get(2), "XA", XA, 1, 1, TransferSyntax.ExplicitVRLittleEndian,
        Layout.PART10, new CorpusImage(8, 8, 4, 8, 8, true, "MONOCHROME2"), seed + 4);
    dicom(dir, out, "ct_raw_implicit_12s.dcm", p.get(0), "CT", CT, 3, 1, TransferSyntax.ImplicitVRLittleEndian,
        Layout.RAW, new CorpusImage(16, 12, 1, 16, 12, true, "MONOCHROME2"), seed + 5);
    dicom(dir, out, "mr_raw_explicit_meta_16u.dcm", p.get(1), "MR", MR, 3, 1, TransferSyntax.ExplicitVRLittleEndian,
        Layout.RAW_WITH_META, new CorpusImage(12, 12, 1, 16, 16, false, "MONOCHROME2"), seed + 6);
    jpegBaseline(dir, out, p.get(2));
    CorpusDocuments.basicTextSr(dir, out, p.get(2));

    copy(dir, "truncated_header.dcm", Arrays.copyOf(ctBytes, 300));
    out.add(CorpusExpectation.quarantined("truncated_header.dcm", ReasonCode.TRUNCATED));
    copy(dir, "truncated_pixels.dcm", Arrays.copyOf(ctBytes, ctBytes.length - 20));
    out.add(CorpusExpectation.quarantined("truncated_pixels.dcm", ReasonCode.TRUNCATED));
    CorpusDocuments.brokenFiles(dir, out, p.get(0), ctBytes, seed);
    CorpusDocuments.rasters(dir, out, seed);
    return out;
  }

  /** Every identifying original value of the corpus (names, IDs, dates, UIDs, institutions, devices). */
  public static List<String> identifyingStrings() {
    List<String> all = new ArrayList<>();
    for (CorpusPatient p : CorpusPatient.PATIENTS) {
      for (int series = 1; series <= 4; series++) {
        all.addAll(p.identifyingStrings(series, 1));
      }
    }
    return all.stream().distinct().toList();
  }

  private static byte[] dicom(Path dir, List<CorpusExpectation> out, String file, CorpusPatient patient,
      String modality, String sopClass, int series, int instance, String ts, Layout layout, CorpusImage image,
      long seed) throws IOException, DicomException {
    AttributeList l = patient.header(modality, sopClass, series, instance);
    imageAttributes(l, modality);
    image.addTo(l, seed, true);
    byte[] bytes = encode(l, ts, layout);
    copy(dir, file, bytes);
    out.add(CorpusExpectation.dicom(file, layout == Layout.PART10 ? ImageFormat.DICOM_PART10 : ImageFormat.DICOM_RAW,
        modality, patient, ts, image));
    return bytes;
  }

  static void imageAttributes(AttributeList l, String modality) throws DicomException {
    CorpusPatient.put(l, TagFromName.ImageType, "ORIGINAL");
    l.get(TagFromName.ImageType).addValue("PRIMARY");
    CorpusPatient.put(l, TagFromName.BodyPartExamined, modality.equals("CT") ? "HEAD" : "CHEST");
    CorpusPatient.put(l, TagFromName.PixelSpacing, "0.5");
    l.get(TagFromName.PixelSpacing).addValue("0.25");
    CorpusPatient.put(l, TagFromName.WindowCenter, "40");
    CorpusPatient.put(l, TagFromName.WindowWidth, "400");
    CorpusPatient.put(l, TagFromName.RescaleIntercept, "-1024");
    CorpusPatient.put(l, TagFromName.RescaleSlope, "1");
    CorpusPatient.put(l, TagFromName.BurnedInAnnotation, modality.equals("XA") ? "YES" : "NO");
  }

  private static void jpegBaseline(Path dir, List<CorpusExpectation> out, CorpusPatient patient)
      throws IOException, DicomException {
    CorpusImage image = new CorpusImage(16, 16, 1, 8, 8, false, "MONOCHROME2");
    AttributeList l = patient.header("XA", XA, 2, 1);
    imageAttributes(l, "XA");
    image.addTo(l, 0, false);
    BufferedImage img = new BufferedImage(16, 16, BufferedImage.TYPE_BYTE_GRAY);
    for (int y = 0; y < 16; y++) {
      for (int x = 0; x < 16; x++) {
        img.getRaster().setSample(x, y, 0, (x * 16 + y) & 0xFF);
      }
    }
    ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
    ImageIO.write(img, "jpeg", jpeg);
    l.put(new OtherByteAttributeMultipleCompressedFrames(TagFromName.PixelData, new byte[][] {jpeg.toByteArray()}));
    copy(dir, "xa_jpeg_baseline_8u.dcm", encode(l, TransferSyntax.JPEGBaseline, Layout.PART10));
    out.add(CorpusExpectation.dicom("xa_jpeg_baseline_8u.dcm", ImageFormat.DICOM_PART10, "XA", patient,
        TransferSyntax.JPEGBaseline, image));
  }

  /** Encodes with PixelMed: Part 10, or a raw data set with or without the meta header. */
  static byte[] encode(AttributeList l, String ts, Layout layout) throws IOException, DicomException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    if (layout == Layout.RAW) {
      l.write(bytes, ts, false, true);
      return bytes.toByteArray();
    }
    FileMetaInformation.addFileMetaInformation(l, ts, "RADIOMESH");
    l.write(bytes, ts, true, true);
    byte[] b = bytes.toByteArray();
    return layout == Layout.RAW_WITH_META ? Arrays.copyOfRange(b, 132, b.length) : b;
  }

  /** Part 10 encoding in explicit VR little endian. */
  static byte[] part10(AttributeList l) throws IOException, DicomException {
    return encode(l, TransferSyntax.ExplicitVRLittleEndian, Layout.PART10);
  }

  static void copy(Path dir, String file, byte[] bytes) throws IOException {
    Files.write(dir.resolve(file), bytes);
  }

  static OtherByteAttribute privateBlob(int length) throws DicomException {
    OtherByteAttribute a = new OtherByteAttribute(new com.pixelmed.dicom.AttributeTag(0x0011, 0x1001));
    a.setValues(new byte[length]);
    return a;
  }
}
