package org.radiomesh.benchmarks;

import java.io.IOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.radiomesh.anatomy.DentitionSpec;
import org.radiomesh.anatomy.PatientMesher;
import org.radiomesh.anatomy.ToothNumber;
import org.radiomesh.anatomy.ToothSpec;
import org.radiomesh.anatomy.VirtualPatient;
import org.radiomesh.anatomy.records.ReportSpecException;
import org.radiomesh.anatomy.records.ReportSpecOptions;
import org.radiomesh.anatomy.records.ReportSpecs;
import org.radiomesh.mesh.TriangleMesh;
import org.radiomesh.metrics.MeshMetrics;
import org.radiomesh.metrics.MetricOptions;
import org.radiomesh.metrics.Normalization;
import org.radiomesh.metrics.PairMetrics;
import org.radiomesh.model.findings.FindingsInput;
import org.radiomesh.model.findings.FindingsModel;
import org.radiomesh.model.findings.FindingsPredictor;
import org.radiomesh.model.findings.FindingsReporter;
import org.radiomesh.report.ReportFinding;
import org.radiomesh.report.SourceImage;
import org.radiomesh.report.StructuredReport;
import org.radiomesh.report.eval.GroundTruthFindings;
import org.radiomesh.synth.CaseFindings;
import org.radiomesh.synth.CaseGenerator;
import org.radiomesh.synth.CaseIdentity;
import org.radiomesh.synth.PanoramicOutputs;
import org.radiomesh.synth.StableJson;
import org.radiomesh.synth.SynthOptions;

/**
 * One synthetic case of {@link PanoramicToDentitionBenchmark}, in memory: the case's dentition and virtual patient
 * ({@link CaseGenerator#dentition}, {@link VirtualPatient#build} with the case seed, as {@code radiomesh synth} makes
 * them), its panoramic radiograph and DICOM ({@link PanoramicOutputs}, 0.5 mm pitch and voxel, as the findings model's
 * training and evaluation data), the findings model's report of that DICOM, the report's spec
 * ({@link ReportSpecs}), the oracle spec (the ground-truth findings through the same converter), a sound dentition
 * (no findings) as a baseline, full-arch meshes
 * ({@link PatientMesher#arch}, 0.3 mm) of each spec on a given anatomy, and their scores per jaw against the case's
 * own arches.
 *
 * <p>Metric card ({@link #metricOptions}): millimetres, no normalisation and no alignment (every mesh is in patient
 * coordinates, origin on the midline at the front of the arch on the occlusal plane), point-to-surface distances from
 * area-uniform samples seeded by case and jaw; CD = mean d(pred→GT) + mean d(GT→pred), unsquared, both directions
 * added; standard F-score (d ≤ r) at 0.1, 0.25, 0.5, 1 mm and 1 % of the GT arch's bounding-box diagonal.
 *
 * <p>Cost per case on one core: radiograph a few seconds, report well under a second, 10 arch meshes a few seconds
 * each, 8 comparisons O(n log n) for n samples.
 */
final class PanoramicDentitionCase {
  /** The fixed thresholds in mm; a fifth, 1 % of the GT bounding-box diagonal, is added per jaw. */
  static final double[] THRESHOLDS_MM = {0.1, 0.25, 0.5, 1.0};
  static final String[] JAWS = {"upper", "lower"};

  /** Which spec is meshed on which anatomy. */
  enum Variant {
    /** The report's spec on the default anatomy (the {@code direct} generator's draw for the anatomy seed). */
    REPORT_DEFAULT_ANATOMY,
    /** The ground-truth findings' spec on the same default anatomy: the geometry prior alone. */
    ORACLE_DEFAULT_ANATOMY,
    /** No findings at all (32 sound teeth) on the default anatomy: what the report adds over knowing nothing. */
    SOUND_DEFAULT_ANATOMY,
    /** The report's spec on the case's own anatomy (its seed): the report's errors alone. */
    REPORT_OWN_ANATOMY
  }

  /** The scores of one case. */
  record Result(String caseId, long caseSeed, DentitionSpec truth, DentitionSpec reportSpec,
                DentitionSpec reportSpecAtHalf, DentitionSpec oracleSpec, List<ReportFinding> reportFindings,
                Map<Variant, PairMetrics[]> metrics, double[] diagonalMm, Map<String, Double> seconds) {}

  private static final SynthOptions SYNTH = SynthOptions.builder().optPixelPitchMm(0.5).optPanoramicVoxelMm(0.5)
      .optThreads(1).build();
  /** Every finding the model reported counts: its decision thresholds (0.125–0.5) were applied already. */
  static final ReportSpecOptions ALL_FINDINGS = ReportSpecOptions.builder().optMinConfidence(0).build();

  private PanoramicDentitionCase() {}

  /**
   * Runs case {@code index} of {@code masterSeed}.
   *
   * @param anatomySeed the seed of the default anatomy both the report and the oracle spec are meshed on
   * @param samples area-uniform samples per mesh for the metrics
   */
  static Result run(long masterSeed, long index, long anatomySeed, int samples, FindingsModel model,
                    FindingsPredictor predictor) throws IOException, ReportSpecException {
    Map<String, Double> seconds = new HashMap<>();
    long t0 = System.nanoTime();
    CaseIdentity id = CaseIdentity.of(masterSeed, index);
    DentitionSpec truth = CaseGenerator.dentition(id.seed());
    VirtualPatient patient = VirtualPatient.build(truth, id.seed());
    Map<String, byte[]> files = new HashMap<>();
    new PanoramicOutputs(SYNTH).write(patient, truth, id, files::put);
    byte[] dicom = files.get("panoramic/panoramic.dcm");
    long t1 = lap(seconds, "radiograph", t0);

    String source = id.caseId() + "/panoramic/panoramic.dcm";
    StructuredReport report = new FindingsReporter(model).report(List.of(SourceImage.ofFile(dicom, source)),
        List.of(FindingsInput.encode(dicom, source, model.inputOptions())), predictor).get(0);
    DentitionSpec reportSpec = ReportSpecs.toSpec(report, ALL_FINDINGS);
    DentitionSpec reportSpecAtHalf = ReportSpecs.toSpec(report, ReportSpecOptions.defaults());
    byte[] truthJson = StableJson.bytes(new CaseFindings(id.caseId(), truth).toJson());
    List<ReportFinding> truthFindings = GroundTruthFindings.parse(truthJson, id.caseId() + "/findings.json")
        .findings();
    DentitionSpec oracleSpec = ReportSpecs.toSpec(StructuredReport.of(id.caseId(), null, "PX", null, null, null,
        truthFindings), ReportSpecOptions.defaults());
    long t2 = lap(seconds, "report_and_specs", t1);

    PatientMesher mesher = new PatientMesher(new PatientMesher.Options(SYNTH.toothVoxelMm(), SYNTH.boneVoxelMm(),
        SYNTH.archVoxelMm(), SYNTH.toothVoxelMm()));
    TriangleMesh[] gt = arches(mesher, patient, id.caseId());
    Map<Variant, TriangleMesh[]> meshes = new EnumMap<>(Variant.class);
    meshes.put(Variant.REPORT_DEFAULT_ANATOMY, arches(mesher, VirtualPatient.build(reportSpec, anatomySeed),
        id.caseId()));
    meshes.put(Variant.ORACLE_DEFAULT_ANATOMY, arches(mesher, VirtualPatient.build(oracleSpec, anatomySeed),
        id.caseId()));
    meshes.put(Variant.SOUND_DEFAULT_ANATOMY, arches(mesher, VirtualPatient.build(sound(), anatomySeed),
        id.caseId()));
    meshes.put(Variant.REPORT_OWN_ANATOMY, arches(mesher, VirtualPatient.build(reportSpec, id.seed()),
        id.caseId()));
    long t3 = lap(seconds, "meshes", t2);

    double[] diagonal = new double[2];
    Map<Variant, PairMetrics[]> metrics = new EnumMap<>(Variant.class);
    for (Variant v : Variant.values()) {
      metrics.put(v, new PairMetrics[2]);
    }
    for (int jaw = 0; jaw < 2; jaw++) {
      diagonal[jaw] = diagonal(gt[jaw]);
      MetricOptions o = metricOptions(samples, diagonal[jaw]);
      for (Variant v : Variant.values()) {
        metrics.get(v)[jaw] = MeshMetrics.compare(meshes.get(v)[jaw], gt[jaw], o, id.caseId() + "/" + JAWS[jaw]);
      }
    }
    lap(seconds, "metrics", t3);
    return new Result(id.caseId(), id.seed(), truth, reportSpec, reportSpecAtHalf, oracleSpec, report.findings(),
        metrics, diagonal, seconds);
  }

  /** All 32 permanent teeth, sound. */
  static DentitionSpec sound() {
    return new DentitionSpec(ToothNumber.all().stream().map(t -> ToothSpec.sound(t.fdi())).toList());
  }

  /** The metric card of a jaw whose GT bounding-box diagonal is {@code diagonalMm} (see the class comment). */
  static MetricOptions metricOptions(int samples, double diagonalMm) {
    double[] t = java.util.Arrays.copyOf(THRESHOLDS_MM, THRESHOLDS_MM.length + 1);
    t[THRESHOLDS_MM.length] = 0.01 * diagonalMm;
    return MetricOptions.builder().samples(samples).thresholds(t).normalization(Normalization.NONE)
        .pointToSurface(true).withNormals(false).threads(1).build();
  }

  /** Upper and lower full-arch meshes of {@code patient}, as {@code MeshOutputs} writes them. */
  private static TriangleMesh[] arches(PatientMesher mesher, VirtualPatient patient, String caseId) {
    return new TriangleMesh[] {mesher.arch(patient, true, caseId).mesh(), mesher.arch(patient, false, caseId).mesh()};
  }

  /** Diagonal of the axis-aligned bounding box of the vertices, mm. O(vertices). */
  static double diagonal(TriangleMesh mesh) {
    float[] p = mesh.xyz();
    double[] lo = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
    double[] hi = {-Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
    for (int i = 0; i < p.length; i++) {
      lo[i % 3] = Math.min(lo[i % 3], p[i]);
      hi[i % 3] = Math.max(hi[i % 3], p[i]);
    }
    return Math.sqrt(sq(hi[0] - lo[0]) + sq(hi[1] - lo[1]) + sq(hi[2] - lo[2]));
  }

  private static double sq(double v) {
    return v * v;
  }

  private static long lap(Map<String, Double> seconds, String stage, long since) {
    long now = System.nanoTime();
    seconds.put(stage, (now - since) / 1e9);
    return now;
  }
}
