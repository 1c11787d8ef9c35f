package org.radiomesh.benchmarks;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.radiomesh.anatomy.PlacedTooth;
import org.radiomesh.anatomy.VirtualPatient;
import org.radiomesh.benchmarks.ReconstructionCases.Case;
import org.radiomesh.mesh.MeshMeasures;
import org.radiomesh.mesh.TriangleMesh;
import org.radiomesh.metrics.MeshMetrics;
import org.radiomesh.metrics.MetricOptions;
import org.radiomesh.metrics.Normalization;
import org.radiomesh.metrics.PairMetrics;
import org.radiomesh.recon.AnatomyMultiviewGenerator;
import org.radiomesh.recon.CalibratedView;
import org.radiomesh.recon.CameraLayout;
import org.radiomesh.recon.MultiviewReconstructor;
import org.radiomesh.recon.MultiviewRequest;
import org.radiomesh.recon.MultiviewSubject;
import org.radiomesh.recon.Reconstruction;
import org.radiomesh.recon.ReconstructionOptions;
import org.radiomesh.render.CameraRing;
import org.radiomesh.spatial.KdTree;

/**
 * Reconstruction benchmark: renders the exact parametric anatomy meshes ({@link ParametricAnatomyMeshes}) of
 * {@link ReconstructionCases} with the anatomy engine (256 × 256 px, ring at ±20° elevation), reconstructs them with
 * {@link MultiviewReconstructor}, and scores each against its exact mesh with {@link MeshMetrics}.
 *
 * <p>Metric card: distances in mm (no normalisation), point-to-surface, 50 000 area-uniform samples per side seeded by
 * the case id, CD = mean d(P→G) + mean d(G→P), unsquared, both directions added; F-score standard (d ≤ r) at 0.1 mm,
 * 0.25 mm and 1 % of the exact mesh's bounding-box diagonal. Times are CPU seconds of the benchmark thread (one core),
 * after warm-up runs. Prints markdown tables; {@code --csv FILE} also writes one row per case and setting.
 *
 * <p>Usage: {@code ReconstructionBenchmark [--teeth N] [--patients P] [--sweep-every K] [--csv FILE] [--seed S]}.
 */
public final class ReconstructionBenchmark {
  static final double GT_SPACING = 0.08;

  /** A reconstruction setting: views = azimuths × 2 elevations, and the reconstruction options. */
  record Setting(String name, int azimuths, ReconstructionOptions options) {
    static Setting of(String name, int azimuths, int resolution, boolean cleanup, boolean depth) {
      ReconstructionOptions o = ReconstructionOptions.builder().resolution(resolution).useDepth(depth).build();
      return new Setting(name, azimuths, cleanup ? o : o.withoutCleanup());
    }

    /** The same for a jaw: every component of at least 200 faces is kept (teeth the grid separates). */
    Setting forArch() {
      return new Setting(name, azimuths, options.toBuilder().minComponentFaces(200).build());
    }
  }

  /** One scored reconstruction. */
  record Row(Case c, Setting s, double cd, double f01, double f025, double f1, double renderSeconds,
             Map<String, Double> seconds, int faces, boolean watertight, double labelAccuracy) {
    double reconSeconds() {
      return seconds.values().stream().mapToDouble(Double::doubleValue).sum();
    }
  }

  static final Setting DEFAULT = Setting.of("12 views, 128, clean-up", 6, 128, true, true);
  static final List<Setting> SWEEP = List.of(
      Setting.of("6 views", 3, 128, true, true),
      Setting.of("24 views", 12, 128, true, true),
      Setting.of("grid 64", 6, 64, true, true),
      Setting.of("grid 192", 6, 192, true, true),
      Setting.of("no clean-up", 6, 128, false, true),
      Setting.of("silhouettes only", 6, 128, true, false));
  static final List<Setting> ARCH = List.of(DEFAULT.forArch(), Setting.of("24 views, 192", 12, 192, true, true)
      .forArch(), Setting.of("24 views, 256", 12, 256, true, true).forArch());

  private ReconstructionBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> a = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      a.put(args[i], args[i + 1]);
    }
    long seed = Long.parseLong(a.getOrDefault("--seed", "20240601"));
    int teeth = Integer.parseInt(a.getOrDefault("--teeth", "1000"));
    int patients = Integer.parseInt(a.getOrDefault("--patients", "5"));
    int sweepEvery = Integer.parseInt(a.getOrDefault("--sweep-every", "1"));
    List<Case> cases = ReconstructionCases.singleTeeth(seed);
    cases = cases.subList(0, Math.min(teeth, cases.size()));
    List<Row> rows = new ArrayList<>();
    warmUp(cases.get(0));
    for (int i = 0; i < cases.size(); i++) {
      Case c = cases.get(i);
      VirtualPatient p = VirtualPatient.build(c.spec(), c.seed());
      PlacedTooth t = p.teeth().get(0);
      TriangleMesh gt = ParametricAnatomyMeshes.tooth(t, GT_SPACING);
      Map<Integer, Rendered> renders = new HashMap<>();
      rows.add(run(c, DEFAULT, gt, renders));
      if (i % sweepEvery == 0) {
        for (Setting s : SWEEP) {
          rows.add(run(c, s, gt, renders));
        }
      }
      System.err.printf(Locale.ROOT, "%s done (%d/%d)%n", c.id(), i + 1, cases.size());
    }
    for (Case c : ReconstructionCases.arches(seed, patients)) {
      VirtualPatient p = VirtualPatient.build(c.spec(), c.seed());
      TriangleMesh gt = ParametricAnatomyMeshes.arch(p, c.upper(), 0.1);
      Map<Integer, Rendered> renders = new HashMap<>();
      for (Setting s : ARCH) {
        rows.add(run(c, s, gt, renders));
      }
      System.err.printf(Locale.ROOT, "%s done%n", c.id());
    }
    ReconstructionReport.print(rows, System.out);
    if (a.containsKey("--csv")) {
      try (PrintStream out = new PrintStream(Files.newOutputStream(Path.of(a.get("--csv"))), true, "UTF-8")) {
        ReconstructionReport.csv(rows, out);
      }
    }
  }

  private static void warmUp(Case c) throws Exception {
    VirtualPatient p = VirtualPatient.build(c.spec(), c.seed());
    TriangleMesh gt = ParametricAnatomyMeshes.tooth(p.teeth().get(0), 0.2);
    Rendered r = render(gt, DEFAULT.azimuths());
    for (int i = 0; i < 5; i++) {
      new MultiviewReconstructor(DEFAULT.options()).reconstruct(r.views);
    }
  }

  /** Rendered views of one mesh and the CPU seconds it took. */
  record Rendered(List<CalibratedView> views, double seconds) {}

  static Rendered render(TriangleMesh gt, int azimuths) throws Exception {
    CameraRing ring = CameraRing.builder().azimuths(azimuths).elevations(20, -20).size(256, 256).build();
    MultiviewRequest req = MultiviewRequest.builder().id("bench").subject(MultiviewSubject.of(gt))
        .layout(new CameraLayout.Ring(ring)).build();
    long t0 = cpu();
    List<CalibratedView> views = AnatomyMultiviewGenerator.defaults().generate(req).calibratedViews();
    return new Rendered(views, (cpu() - t0) / 1e9);
  }

  private static Row run(Case c, Setting s, TriangleMesh gt, Map<Integer, Rendered> renders) throws Exception {
    Rendered r = renders.get(s.azimuths());
    if (r == null) {
      r = render(gt, s.azimuths());
      renders.put(s.azimuths(), r);
    }
    List<CalibratedView> views = r.views();
    Reconstruction rec = new MultiviewReconstructor(s.options()).reconstruct(views);
    TriangleMesh pred = rec.mesh();
    double diag = MeshMeasures.bounds(gt).diagonal();
    MetricOptions mo = MetricOptions.builder().normalization(Normalization.NONE).pointToSurface(true)
        .samples(50_000).thresholds(0.1, 0.25, 0.01 * diag).build();
    PairMetrics m = MeshMetrics.compare(pred, gt, mo, c.id());
    double[] f = m.fscore();
    double labels = c.arch() ? labelAccuracy(pred, gt) : Double.NaN;
    return new Row(c, s, m.chamfer(), f[0], f[1], f[2], r.seconds(), new LinkedHashMap<>(rec.seconds()),
        pred.faceCount(), MeshMeasures.isWatertight(pred), labels);
  }

  /** Share of reconstructed vertices whose label equals the label of the nearest exact-mesh vertex. */
  static double labelAccuracy(TriangleMesh pred, TriangleMesh gt) {
    if (!pred.hasLabels()) {
      return 0;
    }
    KdTree tree = KdTree.build(gt.xyz());
    int right = 0;
    float[] p = pred.xyz();
    for (int v = 0; v < pred.vertexCount(); v++) {
      int nearest = tree.nearest(p[3 * v], p[3 * v + 1], p[3 * v + 2]).index();
      right += gt.labels()[nearest] == pred.labels()[v] ? 1 : 0;
    }
    return (double) right / pred.vertexCount();
  }

  static long cpu() {
    ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    return bean.getCurrentThreadCpuTime();
  }
}
