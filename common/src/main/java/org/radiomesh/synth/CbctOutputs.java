package org.radiomesh.synth;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.SOPClass;
import com.pixelmed.dicom.TagFromName;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.radiomesh.anatomy.VirtualPatient;
import org.radiomesh.radiograph.CbctOptions;
import org.radiomesh.radiograph.CbctSimulator;
import org.radiomesh.radiograph.CbctVolume;

/**
 * The CBCT modality of a case: the patient's CT numbers ({@link CbctSimulator}) written as a DICOM CT Image series,
 * one file per axial slice, {@code cbct/slice-0000.dcm} upwards from the lowest slice.
 *
 * <p>Geometry: patient coordinates are DICOM's LPS (x to the patient's left, y posterior, z superior), so Image
 * Orientation (Patient) is 1\0\0\0\1\0, Image Position (Patient) the centre of the slice's first voxel, Pixel Spacing
 * and Slice Thickness the voxel size; values are signed 16-bit HU with identity rescale (Rescale Type HU). One Frame of
 * Reference per case. The noise seed is the case's {@code "cbct"} stream. Cost: the simulator (tens of seconds per case
 * at 0.4 mm on one core), then O(voxels) to encode; size about 2 bytes per voxel.
 */
public final class CbctOutputs {
  private final SynthOptions options;

  public CbctOutputs(SynthOptions options) {
    this.options = options;
  }

  /** The simulator settings of a case with seed {@code caseSeed}. */
  public CbctOptions simulatorOptions(long caseSeed) {
    return CbctOptions.builder().optVoxelMm(options.cbctVoxelMm()).optSupersampling(options.cbctSupersampling())
        .optNoiseHu(options.cbctNoiseHu()).optSeed(CaseSeeds.streamSeed(caseSeed, "cbct"))
        .optThreads(options.threads()).build();
  }

  /** The settings recorded in {@code parameters.json}. */
  public Map<String, Object> parameters(long caseSeed) {
    CbctOptions o = simulatorOptions(caseSeed);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("voxel_mm", o.voxelMm());
    m.put("supersampling", o.supersampling());
    m.put("noise_hu", o.noiseHu());
    m.put("noise_seed", o.seed());
    m.put("kvp", o.kvp());
    m.put("tube_current_ma", o.tubeCurrentMa());
    m.put("exposure_time_s", o.exposureTimeS());
    return m;
  }

  /** Simulates the volume of {@code patient} and writes its slices; returns the volume. */
  public CbctVolume write(VirtualPatient patient, CaseIdentity id, CaseSink sink) throws IOException {
    CbctVolume ct = CbctSimulator.simulate(patient, simulatorOptions(id.seed()));
    for (int k = 0; k < ct.nz(); k++) {
      sink.write(String.format(Locale.ROOT, "cbct/slice-%04d.dcm", k), slice(ct, k, id));
    }
    return ct;
  }

  /** Slice {@code k} of {@code ct} as a DICOM CT image. */
  static byte[] slice(CbctVolume ct, int k, CaseIdentity id) throws IOException {
    try {
      AttributeList l = SyntheticDicom.base(id, SOPClass.CTImageStorage, SyntheticDicom.uid(id, "ct-" + k), "CT",
          "series-ct", 2, "Synthetic CBCT");
      CbctOptions o = ct.options();
      double v = ct.voxelMm();
      double[] origin = ct.origin();
      double z = origin[2] + (k + 0.5) * v;
      SyntheticDicom.put(l, TagFromName.ImageType, "DERIVED", "SECONDARY", "AXIAL");
      SyntheticDicom.put(l, TagFromName.InstanceNumber, Integer.toString(k + 1));
      SyntheticDicom.put(l, TagFromName.AcquisitionNumber, "1");
      SyntheticDicom.put(l, TagFromName.FrameOfReferenceUID, SyntheticDicom.uid(id, "frame-of-reference"));
      SyntheticDicom.put(l, TagFromName.PositionReferenceIndicator);
      SyntheticDicom.put(l, TagFromName.BodyPartExamined, "JAW");
      SyntheticDicom.put(l, TagFromName.ImageOrientationPatient, "1", "0", "0", "0", "1", "0");
      SyntheticDicom.put(l, TagFromName.ImagePositionPatient, SyntheticDicom.ds(origin[0] + 0.5 * v),
          SyntheticDicom.ds(origin[1] + 0.5 * v), SyntheticDicom.ds(z));
      SyntheticDicom.put(l, TagFromName.SliceLocation, SyntheticDicom.ds(z));
      SyntheticDicom.put(l, TagFromName.SliceThickness, SyntheticDicom.ds(v));
      SyntheticDicom.put(l, TagFromName.PixelSpacing, SyntheticDicom.ds(v), SyntheticDicom.ds(v));
      SyntheticDicom.pixels(l, ct.slice(k), ct.ny(), ct.nx(), 16, true);
      SyntheticDicom.put(l, TagFromName.RescaleIntercept, "0");
      SyntheticDicom.put(l, TagFromName.RescaleSlope, "1");
      SyntheticDicom.put(l, TagFromName.RescaleType, "HU");
      SyntheticDicom.put(l, TagFromName.WindowCenter, "500");
      SyntheticDicom.put(l, TagFromName.WindowWidth, "3000");
      SyntheticDicom.acquisition(l, o.kvp(), o.tubeCurrentMa(), o.exposureTimeS());
      return SyntheticDicom.bytes(l);
    } catch (DicomException e) {
      throw new IOException("cannot build CBCT slice " + k + " of " + id.caseId() + ": " + e.getMessage(), e);
    }
  }
}
