package org.radiomesh.dicom;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.CodedSequenceItem;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.OtherWordAttribute;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.TransferSyntax;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;

/** The corpus files that are not plain images: a structured report, broken and oversized files, PNG/JPEG/TIFF. */
final class CorpusDocuments {
  private CorpusDocuments() {}

  /** A Basic Text SR (no pixel data) whose content tree quotes the patient's name and study date. */
  static void basicTextSr(Path dir, List<CorpusExpectation> out, CorpusPatient patient)
      throws IOException, DicomException {
    AttributeList l = patient.header("SR", DicomTestCorpus.BASIC_TEXT_SR, 4, 1);
    CorpusPatient.put(l, TagFromName.ValueType, "CONTAINER");
    CorpusPatient.put(l, TagFromName.CompletionFlag, "COMPLETE");
    CorpusPatient.put(l, TagFromName.VerificationFlag, "UNVERIFIED");
    SequenceAttribute concept = new SequenceAttribute(TagFromName.ConceptNameCodeSequence);
    concept.addItem(new CodedSequenceItem("18748-4", "LN", "Diagnostic Imaging Report").getAttributeList());
    l.put(concept);
    SequenceAttribute content = new SequenceAttribute(TagFromName.ContentSequence);
    AttributeList text = new AttributeList();
    CorpusPatient.put(text, TagFromName.RelationshipType, "CONTAINS");
    CorpusPatient.put(text, TagFromName.ValueType, "TEXT");
    CorpusPatient.put(text, TagFromName.TextValue, "Seen " + patient.name() + " on " + patient.studyDate());
    content.addItem(text);
    l.put(content);
    DicomTestCorpus.copy(dir, "sr_basic_text.dcm", DicomTestCorpus.part10(l));
    out.add(CorpusExpectation.dicom("sr_basic_text.dcm", ImageFormat.DICOM_PART10, "SR", patient,
        TransferSyntax.ExplicitVRLittleEndian, null));
  }

  /** Files that must go to quarantine: empty, random, text, unsupported, oversized, incomplete, malformed. */
  static void brokenFiles(Path dir, List<CorpusExpectation> out, CorpusPatient patient, byte[] ct, long seed)
      throws IOException, DicomException {
    quarantine(dir, out, "empty.dcm", new byte[0], ReasonCode.EMPTY_FILE);
    byte[] random = new byte[4096];
    new Random(seed).nextBytes(random);
    quarantine(dir, out, "random.bin", random, ReasonCode.NOT_DICOM);
    quarantine(dir, out, "notes.txt", "Ward round notes\nnothing to see here\n".getBytes(StandardCharsets.UTF_8),
        ReasonCode.NOT_DICOM);

    String ts = TransferSyntax.ExplicitVRLittleEndian + "\0";
    String unknown = "1.2.999.1234567.8.9\0";
    String latin = new String(ct, StandardCharsets.ISO_8859_1);
    byte[] unsupported = latin.replaceFirst(java.util.regex.Pattern.quote(ts), unknown)
        .getBytes(StandardCharsets.ISO_8859_1);
    quarantine(dir, out, "unsupported_ts.dcm", unsupported, ReasonCode.UNSUPPORTED_TRANSFER_SYNTAX);

    AttributeList huge = patient.header("CT", DicomTestCorpus.CT, 1, 2);
    new CorpusImage(4096, 4096, 1000, 16, 16, false, "MONOCHROME2").addTo(huge, seed, false);
    OtherWordAttribute tiny = new OtherWordAttribute(TagFromName.PixelData);
    tiny.setValues(new short[4]);
    huge.put(tiny);
    quarantine(dir, out, "huge_pixels.dcm", DicomTestCorpus.part10(huge), ReasonCode.TOO_LARGE);

    AttributeList bigHeader = patient.header("CT", DicomTestCorpus.CT, 1, 3);
    bigHeader.put(DicomTestCorpus.privateBlob(100_000));
    quarantine(dir, out, "huge_header.dcm", DicomTestCorpus.part10(bigHeader), ReasonCode.TOO_LARGE);

    AttributeList noUid = patient.header("CT", DicomTestCorpus.CT, 1, 4);
    noUid.remove(TagFromName.SOPInstanceUID);
    new CorpusImage(4, 4, 1, 16, 16, false, "MONOCHROME2").addTo(noUid, seed, true);
    quarantine(dir, out, "no_sop_instance_uid.dcm",
        DicomTestCorpus.encode(noUid, TransferSyntax.ImplicitVRLittleEndian, DicomTestCorpus.Layout.RAW), ReasonCode.MISSING_ATTRIBUTE);

    AttributeList small = new AttributeList();
    CorpusPatient.put(small, TagFromName.SOPClassUID, DicomTestCorpus.CT);
    CorpusPatient.put(small, TagFromName.SOPInstanceUID, patient.instanceUid(1, 5));
    byte[] head = DicomTestCorpus.part10(small);
    byte[] badSequence = {0x08, 0x00, 0x40, 0x11, 'S', 'Q', 0, 0, 16, 0, 0, 0, 0x08, 0x00, 0x16, 0x00,
        'U', 'I', 4, 0, '1', '.', '2', 0};
    byte[] malformed = java.util.Arrays.copyOf(head, head.length + badSequence.length);
    System.arraycopy(badSequence, 0, malformed, head.length, badSequence.length);
    quarantine(dir, out, "malformed_sequence.dcm", malformed, ReasonCode.MALFORMED_HEADER);
  }

  /** A 16-bit PNG, an 8-bit JPEG and an 8-bit TIFF, all grey. */
  static void rasters(Path dir, List<CorpusExpectation> out, long seed) throws IOException {
    Random r = new Random(seed);
    raster(dir, out, "radiograph.png", "png", new BufferedImage(40, 30, BufferedImage.TYPE_USHORT_GRAY), r,
        ImageFormat.PNG, 16);
    raster(dir, out, "radiograph.jpg", "jpeg", new BufferedImage(32, 24, BufferedImage.TYPE_BYTE_GRAY), r,
        ImageFormat.JPEG, 8);
    raster(dir, out, "radiograph.tif", "tiff", new BufferedImage(20, 10, BufferedImage.TYPE_BYTE_GRAY), r,
        ImageFormat.TIFF, 8);
  }

  private static void raster(Path dir, List<CorpusExpectation> out, String file, String writer, BufferedImage img,
      Random r, ImageFormat format, int bits) throws IOException {
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        img.getRaster().setSample(x, y, 0, r.nextInt(1 << bits));
      }
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    if (!ImageIO.write(img, writer, bytes)) {
      throw new IOException("no ImageIO writer for " + writer);
    }
    DicomTestCorpus.copy(dir, file, bytes.toByteArray());
    out.add(CorpusExpectation.raster(file, format,
        new CorpusImage(img.getHeight(), img.getWidth(), 1, bits, bits, false, null)));
  }

  private static void quarantine(Path dir, List<CorpusExpectation> out, String file, byte[] bytes, ReasonCode reason)
      throws IOException {
    DicomTestCorpus.copy(dir, file, bytes);
    out.add(CorpusExpectation.quarantined(file, reason));
  }
}
