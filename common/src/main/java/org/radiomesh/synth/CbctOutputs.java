package org.radiomesh.synth;

import com.pixelmed.dicom.DicomException;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.radiomesh.anatomy.VirtualPatient;
import org.radiomesh.dicom.CbctDicomSeriesWriter;
import org.radiomesh.dicom.SyntheticStudy;
import org.radiomesh.radiograph.CbctOptions;
import org.radiomesh.radiograph.CbctSimulator;
import org.radiomesh.radiograph.CbctVolume;
import org.radiomesh.radiograph.PatientRadiography;

/**
 * The CBCT modality of a case: the patient's CT numbers ({@link CbctSimulator}, teeth and lesions sampled finely)
 * written as a DICOM CT Image series ({@link CbctDicomSeriesWriter}), one file per axial slice, {@code cbct/CT0001.dcm}
 * upwards from the lowest slice. Patient coordinates are DICOM's LPS (x to the patient's left, y posterior, z
 * superior), so the volume's geometry goes to DICOM unchanged. The noise seed is the case's {@code "cbct"} stream.
 * Cost: the simulator (tens of seconds per case at 0.4 mm on one core), then O(voxels) to encode; about 2 bytes per
 * voxel on disk.
 */
public final class CbctOutputs {
  private final SynthOptions options;

  public CbctOutputs(SynthOptions options) {
    this.options = options;
  }

  /** The simulator settings of {@code patient}, case seed {@code caseSeed}. */
  public CbctOptions simulatorOptions(VirtualPatient patient, long caseSeed) {
    return CbctOptions.builder().optVoxelMm(options.cbctVoxelMm()).optSupersampling(options.cbctSupersampling())
        .optNoiseHu(options.cbctNoiseHu()).optSeed(CaseSeeds.streamSeed(caseSeed, "cbct"))
        .optDetailBoxes(PatientRadiography.detailBoxes(patient, PanoramicOutputs.DETAIL_MARGIN_MM))
        .optThreads(options.threads()).build();
  }

  /** The settings recorded in {@code parameters.json}. */
  public Map<String, Object> parameters(VirtualPatient patient, long caseSeed) {
    CbctOptions o = simulatorOptions(patient, caseSeed);
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
    CbctVolume ct = CbctSimulator.simulate(patient, simulatorOptions(patient, id.seed()));
    SyntheticStudy study = DicomBytes.study(id);
    for (int k = 0; k < ct.nz(); k++) {
      try {
        sink.write(String.format(Locale.ROOT, "cbct/CT%04d.dcm", k + 1),
            DicomBytes.encode(CbctDicomSeriesWriter.slice(ct, study, k)));
      } catch (DicomException e) {
        throw new IOException("cannot build CBCT slice " + (k + 1) + " of " + id.caseId() + ": " + e.getMessage(), e);
      }
    }
    return ct;
  }
}
