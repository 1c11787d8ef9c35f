package org.radiomesh.synth;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pixelmed.dicom.DicomException;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.radiomesh.anatomy.DentitionSpec;
import org.radiomesh.anatomy.PatientParameters;
import org.radiomesh.anatomy.VirtualPatient;
import org.radiomesh.dicom.PanoramicDicomWriter;
import org.radiomesh.radiograph.DentexCoco;
import org.radiomesh.radiograph.PanoramicOptions;
import org.radiomesh.radiograph.PanoramicRadiograph;
import org.radiomesh.radiograph.PanoramicSimulator;
import org.radiomesh.radiograph.PatientRadiography;
import org.radiomesh.radiograph.XrayDetector;

/**
 * The panoramic modality of a case: the radiograph simulated along the focal trough of the patient's arches
 * ({@link PatientRadiography#trough}), teeth and lesions sampled finely, written as
 *
 * <ul>
 *   <li>{@code panoramic/panoramic.png}: 16-bit grey PNG holding the 12-bit detector values (0..4095, bright = more
 *       attenuation) unchanged;</li>
 *   <li>{@code panoramic/preview.png}: 8-bit grey preview (0..4095 mapped linearly to 0..255);</li>
 *   <li>{@code panoramic/panoramic.dcm}: DICOM DX For Presentation, modality PX ({@link PanoramicDicomWriter}, identity
 *       {@link DicomBytes#study});</li>
 *   <li>{@code panoramic/coco_enumeration.json} (a box for every imaged tooth) and
 *       {@code panoramic/coco_disease.json} (teeth with a DENTEX diagnosis, once per diagnosis): DENTEX-style COCO
 *       ({@link DentexCoco}), {@code file_name} {@code panoramic.png}, with a CC0 {@code licenses} entry.</li>
 * </ul>
 *
 * <p>The detector noise seed is the case's {@code "panoramic"} stream ({@link CaseSeeds#streamSeed}). Cost: dominated
 * by the simulator (sampling the volume and casting rays), 10–20 s per case on one core at the defaults.
 */
public final class PanoramicOutputs {
  private final SynthOptions options;

  public PanoramicOutputs(SynthOptions options) {
    this.options = options;
  }

  /** Margin around each tooth, implant and lesion of the boxes sampled finely ({@link PatientRadiography}), mm. */
  public static final double DETAIL_MARGIN_MM = 1.0;

  /** The simulator settings of {@code patient}, case seed {@code caseSeed}. */
  public PanoramicOptions simulatorOptions(VirtualPatient patient, long caseSeed) {
    return PanoramicOptions.builder().optPixelPitchMm(options.pixelPitchMm()).optVoxelMm(options.panoramicVoxelMm())
        .optNoise(options.panoramicNoise()).optSeed(CaseSeeds.streamSeed(caseSeed, "panoramic"))
        .optDetailBoxes(PatientRadiography.detailBoxes(patient, DETAIL_MARGIN_MM)).optThreads(options.threads())
        .build();
  }

  /** Simulates the radiograph of {@code patient} and writes its files; returns it (for the DICOM and the tests). */
  public PanoramicRadiograph write(VirtualPatient patient, DentitionSpec findings, CaseIdentity id, CaseSink sink)
      throws IOException {
    PanoramicOptions o = simulatorOptions(patient, id.seed());
    PanoramicRadiograph pano = PanoramicSimulator.simulate(patient, PatientRadiography.trough(patient), o);
    int w = pano.width();
    int h = pano.height();
    sink.write("panoramic/panoramic.png", PngBytes.grey16(pano.pixels(), w, h));
    sink.write("panoramic/preview.png", PngBytes.grey8(pano.pixels(), w, h, 0, XrayDetector.MAX_VALUE));
    try {
      sink.write("panoramic/panoramic.dcm", DicomBytes.encode(PanoramicDicomWriter.attributes(pano,
          DicomBytes.study(id))));
    } catch (DicomException e) {
      throw new IOException("cannot build the panoramic DICOM of " + id.caseId() + ": " + e.getMessage(), e);
    }
    for (DentexCoco.Layout layout : DentexCoco.Layout.values()) {
      ObjectNode coco = DentexCoco.build(List.of(new DentexCoco.Image("panoramic.png", w, h, pano.toothBoxes(),
          findings)), layout);
      licence(coco);
      String name = layout == DentexCoco.Layout.QUADRANT_ENUMERATION ? "coco_enumeration" : "coco_disease";
      sink.write("panoramic/" + name + ".json", StableJson.bytes(coco));
    }
    return pano;
  }

  /** The settings recorded in {@code parameters.json}. */
  public Map<String, Object> parameters(VirtualPatient patient, long caseSeed) {
    PatientParameters p = patient.parameters();
    PanoramicOptions o = simulatorOptions(patient, caseSeed);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("trough_width_mm", 0.5 * (p.upper().archWidthMm() + p.lower().archWidthMm()));
    m.put("trough_depth_mm", 0.5 * (p.upper().archDepthMm() + p.lower().archDepthMm()));
    m.put("trough_extension_mm", PatientRadiography.TROUGH_EXTENSION_MM);
    m.put("detail_margin_mm", DETAIL_MARGIN_MM);
    m.put("pixel_pitch_mm", o.pixelPitchMm());
    m.put("voxel_mm", o.voxelMm());
    m.put("block", o.block());
    m.put("tooth_block", o.toothBlock());
    m.put("source_to_detector_mm", o.sourceToDetectorMm());
    m.put("magnification_anterior", o.magnificationAnterior());
    m.put("magnification_posterior", o.magnificationPosterior());
    m.put("slit_width_mm", o.slitWidthMm());
    m.put("photons_per_pixel", o.detector().photonsPerPixel());
    m.put("electronic_noise", o.detector().electronicNoise());
    m.put("noise", o.detector().noise());
    m.put("noise_seed", o.detector().seed());
    m.put("kvp", o.kvp());
    m.put("tube_current_ma", o.tubeCurrentMa());
    m.put("exposure_time_s", o.exposureTimeS());
    return m;
  }

  private static void licence(ObjectNode coco) {
    ((ObjectNode) coco.get("info")).put("licence", Provenance.LICENCE_STATEMENT)
        .put("provenance", Provenance.PROVENANCE);
    ArrayNode licenses = coco.putArray("licenses");
    licenses.addObject().put("id", 1).put("name", Provenance.LICENCE)
        .put("url", "https://creativecommons.org/publicdomain/zero/1.0/");
    coco.get("images").forEach(i -> ((ObjectNode) i).put("license", 1));
  }
}
