package org.radiomesh.imaging.series;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.DicomInputStream;
import com.pixelmed.dicom.TagFromName;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import org.radiomesh.dicom.ImageFormat;
import org.radiomesh.imaging.PixelDecodeException;
import org.radiomesh.imaging.PixelDecodeException.Reason;

/**
 * Which series a DICOM file belongs to, read from its header alone (PixelMed, stopping at Pixel Data), to group files
 * into series before their pixels are decoded. The bytes may be only the head of the file: parsing stops quietly where
 * they end, and the result is valid as long as groups 0008 and 0020 were complete. Cost O(header).
 *
 * @param source file name or URI
 * @param seriesInstanceUid Series Instance UID (0020,000E)
 * @param sopInstanceUid SOP Instance UID (0008,0018), or null
 * @param modality Modality (0008,0060), or null
 */
public record SeriesMember(String source, String seriesInstanceUid, String sopInstanceUid, String modality)
    implements Serializable {

  /**
   * @throws PixelDecodeException NOT_AN_IMAGE for non-DICOM bytes, MALFORMED_HEADER when the header does not parse or
   *     has no Series Instance UID
   */
  public static SeriesMember read(byte[] bytes, int length, String source) throws PixelDecodeException {
    if (!ImageFormat.detect(bytes, length).isDicom()) {
      throw new PixelDecodeException(Reason.NOT_AN_IMAGE, source, 0, "a DICOM file (preamble + DICM or a raw data"
          + " set)");
    }
    AttributeList list = new AttributeList();
    try {
      list.read(new DicomInputStream(new ByteArrayInputStream(bytes, 0, length)), TagFromName.PixelData);
    } catch (IOException | DicomException | RuntimeException e) {
      if (list.get(TagFromName.SeriesInstanceUID) == null) {
        throw new PixelDecodeException(Reason.MALFORMED_HEADER, source, -1, "a DICOM header that PixelMed can parse"
            + " up to Series Instance UID", e);
      }
    }
    String series = Attribute.getSingleStringValueOrNull(list, TagFromName.SeriesInstanceUID);
    if (series == null || series.isBlank()) {
      throw new PixelDecodeException(Reason.MALFORMED_HEADER, source, -1, "a Series Instance UID (0020,000E)");
    }
    return new SeriesMember(source, series.trim(),
        Attribute.getSingleStringValueOrNull(list, TagFromName.SOPInstanceUID),
        Attribute.getSingleStringValueOrNull(list, TagFromName.Modality));
  }
}
