package org.radiomesh.dicom;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One cataloged image: the file facts, the typed attributes users filter on and the whole header as DICOM JSON. For
 * DICOM files every identifier is the de-identified value when de-identification is on (see
 * {@link BasicProfileDeidentifier}); PNG, JPEG and TIFF images fill only the file facts, {@code format},
 * {@code modality} = {@value #RASTER_MODALITY}, rows, columns, samples and bits, and have no JSON.
 *
 * <p>Nullable components are boxed and null when the header lacks the attribute; no value is ever made up.
 *
 * @param imageId the (de-identified) SOP Instance UID for DICOM; {@code content_hash} for other images. Stable across
 *     runs with the same key; two copies of one instance share it, the path tells them apart
 * @param path the file's path or URI
 * @param sizeBytes the file length in bytes
 * @param modificationTimeMillis the file's modification time, ms since the epoch
 * @param contentHash SHA-256 (HMAC-SHA256 under the de-identification key when it is on) of the bytes read: the
 *     header up to the pixel data's tag and length for DICOM, the whole file for PNG/JPEG/TIFF; lower-case hex
 * @param format the {@link ImageFormat} name
 * @param modality Modality (0008,0060), or {@value #RASTER_MODALITY} for PNG/JPEG/TIFF; null when absent
 * @param patientId Patient ID (0010,0020), a keyed pseudonym when de-identified
 * @param studyInstanceUid Study Instance UID (0020,000D)
 * @param seriesInstanceUid Series Instance UID (0020,000E)
 * @param sopInstanceUid SOP Instance UID (0008,0018)
 * @param bodyPartExamined Body Part Examined (0018,0015)
 * @param studyDate Study Date (0008,0020); shifted per patient with Retain Longitudinal, null when removed or absent
 * @param manufacturer Manufacturer (0008,0070)
 * @param manufacturerModelName Manufacturer's Model Name (0008,1090)
 * @param rows Rows (0028,0010), or the image height
 * @param columns Columns (0028,0011), or the image width
 * @param numberOfFrames Number of Frames (0028,0008); 1 when the attribute is absent but pixel data is present
 * @param samplesPerPixel Samples per Pixel (0028,0002), or the image's bands
 * @param bitsAllocated Bits Allocated (0028,0100), or the image's bits per sample
 * @param bitsStored Bits Stored (0028,0101), or the image's bits per sample
 * @param pixelRepresentation Pixel Representation (0028,0103): 0 unsigned, 1 two's complement
 * @param photometricInterpretation Photometric Interpretation (0028,0004)
 * @param pixelSpacing Pixel Spacing (0028,0030) in mm, [row spacing, column spacing]
 * @param windowCenter the first Window Center (0028,1050)
 * @param windowWidth the first Window Width (0028,1051)
 * @param rescaleSlope Rescale Slope (0028,1053)
 * @param rescaleIntercept Rescale Intercept (0028,1052)
 * @param transferSyntaxUid Transfer Syntax UID of the data set
 * @param sopClassUid SOP Class UID (0008,0016)
 * @param imageType Image Type (0008,0008) values
 * @param burnedInAnnotation Burned In Annotation (0028,0301): YES true, NO false, absent null (not reliable, PS3.15)
 * @param hasPixelData whether the data set has a pixel data element (always true for PNG/JPEG/TIFF)
 * @param pixelDataLength the pixel data element's declared length in bytes, null when undefined (encapsulated) or
 *     absent
 * @param decodedPixelBytes Rows·Columns·Frames·Samples·BitsAllocated/8, null when unknown
 * @param headerBytes bytes read to catalog the file
 * @param deidentified whether the basic profile was applied
 * @param headerJson the whole header as DICOM JSON ({@link DicomJsonWriter}), null for PNG/JPEG/TIFF
 */
public record DicomCatalogRow(
    String imageId,
    String path,
    long sizeBytes,
    long modificationTimeMillis,
    String contentHash,
    String format,
    String modality,
    String patientId,
    String studyInstanceUid,
    String seriesInstanceUid,
    String sopInstanceUid,
    String bodyPartExamined,
    LocalDate studyDate,
    String manufacturer,
    String manufacturerModelName,
    Integer rows,
    Integer columns,
    Integer numberOfFrames,
    Integer samplesPerPixel,
    Integer bitsAllocated,
    Integer bitsStored,
    Integer pixelRepresentation,
    String photometricInterpretation,
    List<Double> pixelSpacing,
    Double windowCenter,
    Double windowWidth,
    Double rescaleSlope,
    Double rescaleIntercept,
    String transferSyntaxUid,
    String sopClassUid,
    List<String> imageType,
    Boolean burnedInAnnotation,
    boolean hasPixelData,
    Long pixelDataLength,
    Long decodedPixelBytes,
    long headerBytes,
    boolean deidentified,
    String headerJson) implements Serializable {

  /** The modality value of PNG, JPEG and TIFF images, which carry no DICOM Modality. */
  public static final String RASTER_MODALITY = "XR-IMAGE";

  public DicomCatalogRow {
    pixelSpacing = pixelSpacing == null ? null : List.copyOf(pixelSpacing);
    imageType = imageType == null ? null : List.copyOf(imageType);
  }
}
