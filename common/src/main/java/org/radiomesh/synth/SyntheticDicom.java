package org.radiomesh.synth;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.DecimalStringAttribute;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.FileMetaInformation;
import com.pixelmed.dicom.IntegerStringAttribute;
import com.pixelmed.dicom.OtherWordAttribute;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.TransferSyntax;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * What every DICOM file of a synthetic case shares, written with PixelMed: deterministic UIDs, the synthetic patient,
 * study, series and equipment, and the file encoding (Explicit VR Little Endian with a file meta header).
 *
 * <p>UIDs: {@code 2.25.} followed by the decimal value of a 128-bit UUID (ITU-T X.667, the UID form that needs no
 * registered root) whose bits are the first 16 bytes of SHA-256("radiomesh synth/" + master seed + "/" + case index
 * + "/" + part), with the UUID version set to 8 (custom) and the RFC 4122 variant: the radiomesh namespace plus a
 * deterministic suffix per case and part, at most 44 characters.
 *
 * <p>Synthetic identity: patient name {@code SYNTHETIC^CASE-000042}, patient id the case id, sex O, no birth date,
 * Patient Identity Removed YES with a method text saying there never was a real patient, patient and image comments
 * naming the generator, the seeds and the licence. Dates and times are the fixed placeholders 20000101 / 000000 (no
 * clock is read, so files are byte-identical across runs). O(pixels) per file.
 */
final class SyntheticDicom {
  /** Fixed placeholder date of every study, series and content. */
  static final String DATE = "20000101";
  /** Fixed placeholder time. */
  static final String TIME = "000000";
  /** Pixel Intensity Relationship Sign (0028,1041), absent from PixelMed's TagFromName. */
  static final AttributeTag PIXEL_INTENSITY_RELATIONSHIP_SIGN = new AttributeTag(0x0028, 0x1041);
  /** Detector Type (0018,7004). */
  static final AttributeTag DETECTOR_TYPE = new AttributeTag(0x0018, 0x7004);
  /** Pixel Intensity Relationship (0028,1040). */
  static final AttributeTag PIXEL_INTENSITY_RELATIONSHIP = new AttributeTag(0x0028, 0x1040);
  /** KVP (0018,0060). */
  static final AttributeTag KVP = new AttributeTag(0x0018, 0x0060);
  /** Exposure Time (0018,1150), ms. */
  static final AttributeTag EXPOSURE_TIME = new AttributeTag(0x0018, 0x1150);
  /** X-Ray Tube Current (0018,1151), mA. */
  static final AttributeTag TUBE_CURRENT = new AttributeTag(0x0018, 0x1151);

  private SyntheticDicom() {}

  /** The UID of {@code part} ("study", "series-px", "ct-12", ...) of case {@code id}. */
  static String uid(CaseIdentity id, String part) {
    byte[] h;
    try {
      h = MessageDigest.getInstance("SHA-256").digest(("radiomesh synth/" + id.masterSeed() + "/" + id.index() + "/"
          + part).getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
    byte[] uuid = new byte[16];
    System.arraycopy(h, 0, uuid, 0, 16);
    uuid[6] = (byte) ((uuid[6] & 0x0F) | 0x80);
    uuid[8] = (byte) ((uuid[8] & 0x3F) | 0x80);
    return "2.25." + new BigInteger(1, uuid);
  }

  /**
   * A new attribute list with the SOP common, patient, study, series, equipment and synthetic-marking attributes.
   *
   * @param series the series part name, for its UID ("series-px", "series-ct")
   */
  static AttributeList base(CaseIdentity id, String sopClass, String sopInstance, String modality, String series,
                            int seriesNumber, String seriesDescription) throws DicomException {
    AttributeList l = new AttributeList();
    put(l, TagFromName.SpecificCharacterSet, "ISO_IR 100");
    put(l, TagFromName.SOPClassUID, sopClass);
    put(l, TagFromName.SOPInstanceUID, sopInstance);
    put(l, TagFromName.PatientName, "SYNTHETIC^" + id.caseId().toUpperCase(java.util.Locale.ROOT));
    put(l, TagFromName.PatientID, id.caseId());
    put(l, TagFromName.PatientBirthDate);
    put(l, TagFromName.PatientSex, "O");
    put(l, TagFromName.PatientComments, "Synthetic patient made by " + Provenance.GENERATOR + " (master seed "
        + id.masterSeed() + ", case seed " + id.seed() + "); not a real person. Licence " + Provenance.LICENCE + ".");
    put(l, TagFromName.PatientIdentityRemoved, "YES");
    put(l, TagFromName.DeidentificationMethod, "synthetic data: no real patient");
    put(l, TagFromName.StudyInstanceUID, uid(id, "study"));
    put(l, TagFromName.StudyDate, DATE);
    put(l, TagFromName.StudyTime, TIME);
    put(l, TagFromName.ReferringPhysicianName);
    put(l, TagFromName.StudyID, "1");
    put(l, TagFromName.AccessionNumber);
    put(l, TagFromName.StudyDescription, "Synthetic dental imaging");
    put(l, TagFromName.Modality, modality);
    put(l, TagFromName.SeriesInstanceUID, uid(id, series));
    put(l, TagFromName.SeriesNumber, Integer.toString(seriesNumber));
    put(l, TagFromName.SeriesDate, DATE);
    put(l, TagFromName.SeriesTime, TIME);
    put(l, TagFromName.SeriesDescription, seriesDescription);
    put(l, TagFromName.ContentDate, DATE);
    put(l, TagFromName.ContentTime, TIME);
    put(l, TagFromName.Manufacturer, "radiomesh");
    put(l, TagFromName.ManufacturerModelName, Provenance.GENERATOR);
    put(l, TagFromName.SoftwareVersions, "format " + Provenance.FORMAT_VERSION);
    put(l, TagFromName.InstitutionName, "radiomesh synthetic data");
    put(l, TagFromName.ImageComments, "synthetic image, " + Provenance.LICENCE_STATEMENT);
    put(l, TagFromName.BurnedInAnnotation, "NO");
    put(l, TagFromName.LossyImageCompression, "00");
    return l;
  }

  /** Puts a new attribute of the dictionary's VR with {@code values} (none: present but empty, DICOM type 2). */
  static void put(AttributeList l, AttributeTag tag, String... values) throws DicomException {
    Attribute a = l.putNewAttribute(tag);
    for (String v : values) {
      a.addValue(v);
    }
  }

  /** Puts {@code a} (an attribute of an explicit VR, for tags PixelMed's dictionary lacks) with {@code values}. */
  static void put(AttributeList l, Attribute a, String... values) throws DicomException {
    for (String v : values) {
      a.addValue(v);
    }
    l.put(a);
  }

  /** KVP, tube current (mA) and exposure time (s, written in ms) of the acquisition. */
  static void acquisition(AttributeList l, double kvp, double tubeCurrentMa, double exposureTimeS)
      throws DicomException {
    put(l, new DecimalStringAttribute(KVP), ds(kvp));
    put(l, new IntegerStringAttribute(TUBE_CURRENT), Long.toString(Math.round(tubeCurrentMa)));
    put(l, new IntegerStringAttribute(EXPOSURE_TIME), Long.toString(Math.round(exposureTimeS * 1000)));
  }

  /** Sets the grey-scale image pixel attributes and the pixel data (16 bits allocated). */
  static void pixels(AttributeList l, short[] pixels, int rows, int columns, int bitsStored, boolean signed)
      throws DicomException {
    put(l, TagFromName.SamplesPerPixel, "1");
    put(l, TagFromName.PhotometricInterpretation, "MONOCHROME2");
    put(l, TagFromName.Rows, Integer.toString(rows));
    put(l, TagFromName.Columns, Integer.toString(columns));
    put(l, TagFromName.BitsAllocated, "16");
    put(l, TagFromName.BitsStored, Integer.toString(bitsStored));
    put(l, TagFromName.HighBit, Integer.toString(bitsStored - 1));
    put(l, TagFromName.PixelRepresentation, signed ? "1" : "0");
    OtherWordAttribute data = new OtherWordAttribute(TagFromName.PixelData);
    data.setValues(pixels);
    l.put(data);
  }

  /** A DICOM decimal string (at most 16 characters) of {@code v}, independent of locale and JVM. */
  static String ds(double v) {
    String s = StableJson.decimal(v);
    if (s.length() > 16) {
      s = new java.math.BigDecimal(s).round(new java.math.MathContext(s.startsWith("-") ? 14 : 15)).toPlainString();
    }
    return s;
  }

  /** The list as a DICOM Part 10 file (preamble, meta header, Explicit VR Little Endian). */
  static byte[] bytes(AttributeList l) throws IOException {
    try {
      FileMetaInformation.addFileMetaInformation(l, TransferSyntax.ExplicitVRLittleEndian, "RADIOMESH");
      ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
      l.write(out, TransferSyntax.ExplicitVRLittleEndian, true, true);
      return out.toByteArray();
    } catch (DicomException e) {
      throw new IOException("cannot encode DICOM " + l.get(TagFromName.SOPInstanceUID) + ": " + e.getMessage(), e);
    }
  }
}
