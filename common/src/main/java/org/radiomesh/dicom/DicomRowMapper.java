package org.radiomesh.dicom;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.TagFromName;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds a {@link DicomCatalogRow} from a (de-identified) {@link DicomHeader}: reads each typed column from its
 * attribute, leaving it null when the attribute is absent or its value does not parse. O(attributes read).
 */
final class DicomRowMapper {
  private DicomRowMapper() {}

  static DicomCatalogRow map(SourceFile file, DicomHeader h, String json, boolean deidentified)
      throws DicomException {
    AttributeList l = h.attributes();
    String sop = text(l, TagFromName.SOPInstanceUID);
    if (sop == null) {
      sop = text(l, TagFromName.MediaStorageSOPInstanceUID);
    }
    Integer frames = integer(l, TagFromName.NumberOfFrames);
    if (frames == null && h.hasPixelData()) {
      frames = 1;
    }
    String burned = text(l, TagFromName.BurnedInAnnotation);
    return new DicomCatalogRow(
        sop, file.path(), file.sizeBytes(), file.modificationTimeMillis(), h.headerDigest(), h.format().name(),
        text(l, TagFromName.Modality), text(l, TagFromName.PatientID), text(l, TagFromName.StudyInstanceUID),
        text(l, TagFromName.SeriesInstanceUID), sop, text(l, TagFromName.BodyPartExamined),
        DateShift.parse(text(l, TagFromName.StudyDate)), text(l, TagFromName.Manufacturer),
        text(l, TagFromName.ManufacturerModelName), integer(l, TagFromName.Rows), integer(l, TagFromName.Columns),
        frames, integer(l, TagFromName.SamplesPerPixel), integer(l, TagFromName.BitsAllocated),
        integer(l, TagFromName.BitsStored), integer(l, TagFromName.PixelRepresentation),
        text(l, TagFromName.PhotometricInterpretation), decimals(l, TagFromName.PixelSpacing),
        firstDecimal(l, TagFromName.WindowCenter), firstDecimal(l, TagFromName.WindowWidth),
        firstDecimal(l, TagFromName.RescaleSlope), firstDecimal(l, TagFromName.RescaleIntercept),
        h.transferSyntaxUid(), text(l, TagFromName.SOPClassUID), texts(l, TagFromName.ImageType),
        burned == null ? null : burned.equalsIgnoreCase("YES") ? Boolean.TRUE
            : burned.equalsIgnoreCase("NO") ? Boolean.FALSE : null,
        h.hasPixelData(), h.pixelDataLength() < 0 ? null : h.pixelDataLength(),
        h.decodedPixelBytes() < 0 ? null : h.decodedPixelBytes(), h.headerBytes(), deidentified, json);
  }

  /** The first value, trimmed; null when absent or empty. */
  static String text(AttributeList l, AttributeTag tag) {
    String v = Attribute.getSingleStringValueOrNull(l, tag);
    if (v == null) {
      return null;
    }
    v = v.trim();
    return v.isEmpty() ? null : v;
  }

  private static List<String> texts(AttributeList l, AttributeTag tag) throws DicomException {
    Attribute a = l.get(tag);
    if (a == null || a.getVM() == 0) {
      return null;
    }
    return Arrays.stream(a.getStringValues()).map(s -> s == null ? "" : s.trim()).toList();
  }

  private static Integer integer(AttributeList l, AttributeTag tag) {
    String v = text(l, tag);
    if (v == null) {
      return null;
    }
    try {
      return Integer.valueOf(v.startsWith("+") ? v.substring(1) : v);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Double firstDecimal(AttributeList l, AttributeTag tag) {
    String v = text(l, tag);
    return v == null ? null : parseDecimal(v);
  }

  private static List<Double> decimals(AttributeList l, AttributeTag tag) throws DicomException {
    Attribute a = l.get(tag);
    if (a == null || a.getVM() == 0) {
      return null;
    }
    List<Double> out = new ArrayList<>();
    for (String s : a.getStringValues()) {
      Double d = s == null ? null : parseDecimal(s.trim());
      if (d == null) {
        return null;
      }
      out.add(d);
    }
    return out;
  }

  private static Double parseDecimal(String v) {
    try {
      double d = Double.parseDouble(v);
      return Double.isFinite(d) ? d : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
