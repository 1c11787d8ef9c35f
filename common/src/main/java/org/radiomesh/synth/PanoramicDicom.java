package org.radiomesh.synth;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.CodeStringAttribute;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.LongStringAttribute;
import com.pixelmed.dicom.SOPClass;
import com.pixelmed.dicom.SignedShortAttribute;
import com.pixelmed.dicom.TagFromName;
import java.io.IOException;
import org.radiomesh.radiograph.PanoramicOptions;
import org.radiomesh.radiograph.PanoramicRadiograph;

/**
 * A simulated panoramic radiograph as a DICOM Digital X-Ray Image (For Presentation) with modality PX, through
 * PixelMed: 12 bits stored in 16, MONOCHROME2 (bright = more attenuation, so Pixel Intensity Relationship Sign −1),
 * linear with identity rescale, Imager Pixel Spacing = the detector pitch, Estimated Radiographic Magnification Factor
 * = the mean magnification along the trough, KVP, tube current and exposure time from the simulator options, Patient
 * Orientation L\F (columns run from the patient's right to left, rows downwards), and the synthetic identity and
 * deterministic UIDs of {@link SyntheticDicom}. O(pixels).
 */
public final class PanoramicDicom {
  private PanoramicDicom() {}

  /** The DICOM file of {@code pano} for case {@code id}. */
  public static byte[] bytes(PanoramicRadiograph pano, CaseIdentity id) throws IOException {
    try {
      AttributeList l = SyntheticDicom.base(id, SOPClass.DigitalXRayImageStorageForPresentation,
          SyntheticDicom.uid(id, "px"), "PX", "series-px", 1, "Synthetic panoramic radiograph");
      PanoramicOptions o = pano.options();
      SyntheticDicom.put(l, TagFromName.PresentationIntentType, "FOR PRESENTATION");
      SyntheticDicom.put(l, TagFromName.ImageType, "DERIVED", "PRIMARY");
      SyntheticDicom.put(l, TagFromName.InstanceNumber, "1");
      SyntheticDicom.put(l, TagFromName.PatientOrientation, "L", "F");
      SyntheticDicom.put(l, TagFromName.BodyPartExamined, "JAW");
      SyntheticDicom.put(l, TagFromName.ImageLaterality, "B");
      SyntheticDicom.pixels(l, pano.pixels(), pano.height(), pano.width(), 12, false);
      SyntheticDicom.put(l, new CodeStringAttribute(SyntheticDicom.PIXEL_INTENSITY_RELATIONSHIP), "LIN");
      SyntheticDicom.put(l, new SignedShortAttribute(SyntheticDicom.PIXEL_INTENSITY_RELATIONSHIP_SIGN), "-1");
      SyntheticDicom.put(l, TagFromName.RescaleIntercept, "0");
      SyntheticDicom.put(l, TagFromName.RescaleSlope, "1");
      SyntheticDicom.put(l, TagFromName.RescaleType, "US");
      SyntheticDicom.put(l, TagFromName.PresentationLUTShape, "IDENTITY");
      SyntheticDicom.put(l, TagFromName.WindowCenter, "2048");
      SyntheticDicom.put(l, TagFromName.WindowWidth, "4096");
      String pitch = SyntheticDicom.ds(o.pixelPitchMm());
      SyntheticDicom.put(l, TagFromName.ImagerPixelSpacing, pitch, pitch);
      SyntheticDicom.put(l, TagFromName.EstimatedRadiographicMagnificationFactor,
          SyntheticDicom.ds(pano.geometry().meanMagnification()));
      SyntheticDicom.put(l, TagFromName.DistanceSourceToDetector, SyntheticDicom.ds(o.sourceToDetectorMm()));
      SyntheticDicom.put(l, new CodeStringAttribute(SyntheticDicom.DETECTOR_TYPE), "DIRECT");
      SyntheticDicom.acquisition(l, o.kvp(), o.tubeCurrentMa(), o.exposureTimeS());
      SyntheticDicom.put(l, new LongStringAttribute(new AttributeTag(0x0018, 0x1400)),
          "simulated panoramic radiograph (Beer-Lambert along a focal trough)");
      return SyntheticDicom.bytes(l);
    } catch (DicomException e) {
      throw new IOException("cannot build the panoramic DICOM of " + id.caseId() + ": " + e.getMessage(), e);
    }
  }
}
