package org.radiomesh.synth;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.radiomesh.anatomy.DentitionSpec;
import org.radiomesh.anatomy.PatientParameters;
import org.radiomesh.anatomy.VirtualPatient;
import org.radiomesh.radiograph.ArchCurve;
import org.radiomesh.radiograph.DentexCoco;
import org.radiomesh.radiograph.PanoramicOptions;
import org.radiomesh.radiograph.PanoramicRadiograph;
import org.radiomesh.radiograph.PanoramicSimulator;
import org.radiomesh.radiograph.XrayDetector;

/**
 * The panoramic modality of a case: the radiograph simulated along a focal trough fitted to the patient's arches
 * ({@link #trough}), written as
 *
 * <ul>
 *   <li>{@code panoramic/panoramic.png}: 16-bit grey PNG holding the 12-bit detector values (0..4095, bright = more
 *       attenuation) unchanged;</li>
 *   <li>{@code panoramic/preview.png}: 8-bit grey preview (0..4095 mapped linearly to 0..255);</li>
 *   <li>{@code panoramic/panoramic.dcm}: DICOM, modality PX ({@link PanoramicDicom});</li>
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

  /**
   * The focal trough's centre line: the beta arch (REFERENCE §3) with the mean of the upper and lower fitted widths and
   * depths, extended 15 mm past the second molars, placed in patient coordinates (its front at the origin, its ends
   * at y = depth).
   */
  public static ArchCurve trough(PatientParameters p) {
    double width = (p.upper().archWidthMm() + p.lower().archWidthMm()) / 2;
    double depth = (p.upper().archDepthMm() + p.lower().archDepthMm()) / 2;
    return ArchCurve.beta(width, depth).extended(15).inFrame(0, depth, 1, 0, 0, -1);
  }

  /** The simulator settings of a case with seed {@code caseSeed}. */
  public PanoramicOptions simulatorOptions(long caseSeed) {
    return PanoramicOptions.builder().optPixelPitchMm(options.pixelPitchMm()).optVoxelMm(options.panoramicVoxelMm())
        .optNoise(options.panoramicNoise()).optSeed(CaseSeeds.streamSeed(caseSeed, "panoramic")).optCentralRayZ(0)
        .optThreads(options.threads()).build();
  }

  /** Simulates the radiograph of {@code patient} and writes its files; returns it (for the DICOM and the tests). */
  public PanoramicRadiograph write(VirtualPatient patient, DentitionSpec findings, CaseIdentity id, CaseSink sink)
      throws IOException {
    PanoramicOptions o = simulatorOptions(id.seed());
    PanoramicRadiograph pano = PanoramicSimulator.simulate(patient, trough(patient.parameters()), o);
    int w = pano.width();
    int h = pano.height();
    sink.write("panoramic/panoramic.png", PngBytes.grey16(pano.pixels(), w, h));
    sink.write("panoramic/preview.png", PngBytes.grey8(pano.pixels(), w, h, 0, XrayDetector.MAX_VALUE));
    sink.write("panoramic/panoramic.dcm", PanoramicDicom.bytes(pano, id));
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
  public Map<String, Object> parameters(PatientParameters p, long caseSeed) {
    PanoramicOptions o = simulatorOptions(caseSeed);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("trough_width_mm", (p.upper().archWidthMm() + p.lower().archWidthMm()) / 2);
    m.put("trough_depth_mm", (p.upper().archDepthMm() + p.lower().archDepthMm()) / 2);
    m.put("trough_extension_mm", 15.0);
    m.put("central_ray_z_mm", 0.0);
    m.put("pixel_pitch_mm", o.pixelPitchMm());
    m.put("voxel_mm", o.voxelMm());
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
