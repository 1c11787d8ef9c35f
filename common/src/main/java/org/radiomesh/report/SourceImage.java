package org.radiomesh.report;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.TagFromName;
import java.io.ByteArrayInputStream;
import java.util.Objects;
import org.radiomesh.dicom.CatalogLimits;
import org.radiomesh.dicom.DeidOptions;
import org.radiomesh.dicom.DicomCatalogRow;
import org.radiomesh.dicom.DicomHeaderReader;
import org.radiomesh.dicom.QuarantineException;
import org.radiomesh.dicom.ImageFormat;

/**
 * The identity of an image a report is about: its id and, for DICOM, the study, series, SOP class and instance and
 * patient it belongs to (all null for PNG or JPEG). Immutable.
 *
 * @param imageId the catalog's {@code image_id}, or the SOP Instance UID, or a file name
 * @param studyId Study Instance UID, or null
 * @param modality Modality, or {@value DicomCatalogRow#RASTER_MODALITY} for PNG/JPEG
 * @param sopClassUid SOP Class UID, or null
 * @param sopInstanceUid SOP Instance UID, or null
 * @param seriesInstanceUid Series Instance UID, or null
 * @param patientId Patient ID, or null
 */
public record SourceImage(String imageId, String studyId, String modality, String sopClassUid, String sopInstanceUid,
    String seriesInstanceUid, String patientId) {

  public SourceImage {
    Objects.requireNonNull(imageId, "image id");
  }

  /**
   * The identity of an image file read whole: for DICOM its header (read with PixelMed up to the pixel data, no
   * de-identification), the image id being the SOP Instance UID; for other formats {@code name} as the image id and
   * modality {@value DicomCatalogRow#RASTER_MODALITY}. O(header bytes).
   *
   * @throws QuarantineException when a DICOM header cannot be read
   */
  public static SourceImage ofFile(byte[] bytes, String name) throws QuarantineException {
    if (!ImageFormat.detect(bytes, bytes.length).isDicom()) {
      return new SourceImage(name, null, DicomCatalogRow.RASTER_MODALITY, null, null, null, null);
    }
    AttributeList a = new DicomHeaderReader(CatalogLimits.defaults(), DeidOptions.none())
        .read(new ByteArrayInputStream(bytes), name, bytes.length).attributes();
    String sop = Attribute.getSingleStringValueOrNull(a, TagFromName.SOPInstanceUID);
    return new SourceImage(sop == null ? name : sop, Attribute.getSingleStringValueOrNull(a, TagFromName.StudyInstanceUID),
        Attribute.getSingleStringValueOrNull(a, TagFromName.Modality),
        Attribute.getSingleStringValueOrNull(a, TagFromName.SOPClassUID), sop,
        Attribute.getSingleStringValueOrNull(a, TagFromName.SeriesInstanceUID),
        Attribute.getSingleStringValueOrNull(a, TagFromName.PatientID));
  }
}
