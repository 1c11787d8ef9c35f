package org.radiomesh.dicom;

import static org.radiomesh.dicom.DicomAttributes.put;
import static org.radiomesh.dicom.DicomAttributes.putDecimals;
import static org.radiomesh.dicom.DicomAttributes.putInts;
import static org.radiomesh.dicom.DicomAttributes.tag;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.CodedSequenceItem;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.OtherWordAttribute;
import com.pixelmed.dicom.SOPClass;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.TagFromName;
import java.io.IOException;
import java.nio.file.Path;
import org.radiomesh.radiograph.PanoramicOptions;
import org.radiomesh.radiograph.PanoramicRadiograph;

/**
 * Writes a simulated panoramic radiograph as a DICOM Digital X-Ray Image, For Presentation
 * (1.2.840.10008.5.1.4.1.1.1.1), modality PX, Explicit VR Little Endian, with PixelMed.
 *
 * <p>Pixels: 16 bits allocated, 12 stored (high bit 11), unsigned, MONOCHROME2, bright = more attenuation, so Pixel
 * Intensity Relationship LOG with sign −1 (higher values, less X-ray intensity); Presentation LUT Shape IDENTITY,
 * window centre 2048 / width 4096. Geometry: Imager Pixel Spacing = the detector pitch; Pixel Spacing = pitch / mean
 * magnification with calibration type GEOMETRY (the true magnification varies along the arch, see
 * {@link org.radiomesh.radiograph.PanoramicGeometry}); Estimated Radiographic Magnification Factor = mean
 * magnification; Distance Source to Detector and to Patient (the trough, at the mean magnification). Acquisition:
 * KVP, X-Ray Tube Current (mA), Exposure Time (ms), Exposure (mAs) from the options. Anatomy: Body Part Examined
 * "JAW" (the PS3.16 Annex L defined term for the jaw region) with Anatomic Region Sequence (SCT 661005 "Jaw region"),
 * Image Laterality U, Patient Orientation L\F (columns run to the patient's left, rows to the feet). Burned In
 * Annotation and Recognizable Visual Features NO. Identity and UIDs: {@link SyntheticStudy}; series "panoramic",
 * instance 1. The same inputs give byte-identical files. O(pixels).
 */
public final class PanoramicDicomWriter {
  /** Series name used for UIDs. */
  public static final String SERIES = "panoramic";
  static final AttributeTag KVP = tag(0x0018, 0x0060);
  static final AttributeTag EXPOSURE_TIME = tag(0x0018, 0x1150);
  static final AttributeTag TUBE_CURRENT = tag(0x0018, 0x1151);
  static final AttributeTag EXPOSURE = tag(0x0018, 0x1152);
  static final AttributeTag BODY_PART_EXAMINED = tag(0x0018, 0x0015);
  static final AttributeTag DETECTOR_TYPE = tag(0x0018, 0x7004);
  static final AttributeTag PIXEL_INTENSITY_RELATIONSHIP = tag(0x0028, 0x1040);
  static final AttributeTag PIXEL_INTENSITY_RELATIONSHIP_SIGN = tag(0x0028, 0x1041);

  private PanoramicDicomWriter() {}

  /**
   * Writes {@code pano} to {@code file}.
   *
   * @throws IOException if the file cannot be written or PixelMed rejects a value; the message names the file
   */
  public static void write(PanoramicRadiograph pano, SyntheticStudy study, Path file) throws IOException {
    try {
      DicomFiles.write(attributes(pano, study), file);
    } catch (DicomException e) {
      throw new IOException("cannot write panoramic DICOM " + file + ": " + e.getMessage(), e);
    }
  }

  /** The complete data set (without file meta information) that {@link #write} stores. */
  public static AttributeList attributes(PanoramicRadiograph pano, SyntheticStudy study) throws DicomException {
    PanoramicOptions o = pano.options();
    double magnification = pano.geometry().meanMagnification();
    AttributeList list = new AttributeList();
    put(list, TagFromName.SOPClassUID, SOPClass.DigitalXRayImageStorageForPresentation);
    put(list, TagFromName.SOPInstanceUID, study.sopInstanceUid(SERIES, 1));
    study.addPatientAndStudy(list);
    put(list, TagFromName.Modality, "PX");
    put(list, TagFromName.SeriesInstanceUID, study.seriesInstanceUid(SERIES));
    putInts(list, TagFromName.SeriesNumber, 1);
    put(list, TagFromName.SeriesDescription, "Panoramic radiograph (synthetic)");
    put(list, TagFromName.PresentationIntentType, "FOR PRESENTATION");
    put(list, TagFromName.ManufacturerModelName, "radiomesh panoramic simulator");
    putInts(list, TagFromName.InstanceNumber, 1);
    put(list, TagFromName.PatientOrientation, "L", "F");
    put(list, TagFromName.ContentDate, study.studyDate());
    put(list, TagFromName.ContentTime, study.studyTime());
    put(list, TagFromName.ImageType, "ORIGINAL", "PRIMARY");
    put(list, TagFromName.ImageComments, "SYNTHETIC: simulated panoramic radiograph, not a real patient");
    put(list, TagFromName.BurnedInAnnotation, "NO");
    put(list, TagFromName.RecognizableVisualFeatures, "NO");
    put(list, TagFromName.LossyImageCompression, "00");
    putInts(list, TagFromName.SamplesPerPixel, 1);
    put(list, TagFromName.PhotometricInterpretation, "MONOCHROME2");
    putInts(list, TagFromName.Rows, pano.height());
    putInts(list, TagFromName.Columns, pano.width());
    putInts(list, TagFromName.BitsAllocated, 16);
    putInts(list, TagFromName.BitsStored, 12);
    putInts(list, TagFromName.HighBit, 11);
    putInts(list, TagFromName.PixelRepresentation, 0);
    put(list, PIXEL_INTENSITY_RELATIONSHIP, "LOG");
    putInts(list, PIXEL_INTENSITY_RELATIONSHIP_SIGN, -1);
    put(list, TagFromName.RescaleIntercept, "0");
    put(list, TagFromName.RescaleSlope, "1");
    put(list, TagFromName.RescaleType, "US");
    put(list, TagFromName.PresentationLUTShape, "IDENTITY");
    put(list, TagFromName.WindowCenter, "2048");
    put(list, TagFromName.WindowWidth, "4096");
    put(list, TagFromName.ImageLaterality, "U");
    put(list, BODY_PART_EXAMINED, "JAW");
    CodedSequenceItem.putSingleCodedSequenceItem(list, TagFromName.AnatomicRegionSequence, "661005", "SCT",
        "Jaw region");
    putDecimals(list, TagFromName.ImagerPixelSpacing, o.pixelPitchMm(), o.pixelPitchMm());
    putDecimals(list, TagFromName.PixelSpacing, o.pixelPitchMm() / magnification, o.pixelPitchMm() / magnification);
    put(list, TagFromName.PixelSpacingCalibrationType, "GEOMETRY");
    put(list, TagFromName.PixelSpacingCalibrationDescription, "At the focal trough, mean magnification");
    put(list, DETECTOR_TYPE, "SCINTILLATOR");
    putDecimals(list, TagFromName.DistanceSourceToDetector, o.sourceToDetectorMm());
    putDecimals(list, TagFromName.DistanceSourceToPatient, o.sourceToDetectorMm() / magnification);
    putDecimals(list, TagFromName.EstimatedRadiographicMagnificationFactor, magnification);
    putDecimals(list, KVP, o.kvp());
    putInts(list, TUBE_CURRENT, (int) Math.round(o.tubeCurrentMa()));
    putInts(list, EXPOSURE_TIME, (int) Math.round(o.exposureTimeS() * 1000));
    putInts(list, EXPOSURE, (int) Math.round(o.tubeCurrentMa() * o.exposureTimeS()));
    list.put(new SequenceAttribute(TagFromName.AcquisitionContextSequence));
    OtherWordAttribute pixels = new OtherWordAttribute(TagFromName.PixelData);
    pixels.setValues(pano.pixels());
    list.put(pixels);
    return list;
  }
}
