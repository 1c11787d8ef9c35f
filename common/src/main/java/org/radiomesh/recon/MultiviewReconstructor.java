package org.radiomesh.recon;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.radiomesh.mesh.TriangleMesh;
import org.radiomesh.recon.ReconstructionException.Reason;
import org.radiomesh.surface.HoleFilling;
import org.radiomesh.surface.MarchingCubes;
import org.radiomesh.surface.MeshComponents;
import org.radiomesh.surface.QuadricDecimation;
import org.radiomesh.surface.ScalarGrid;
import org.radiomesh.surface.TaubinSmoothing;

/**
 * Reconstructs a watertight mesh, in millimetres, from K calibrated views: silhouettes, and depth maps where present.
 *
 * <p>Steps (each timed in {@link Reconstruction#seconds()}, CPU time of the calling thread):
 * <ol>
 *   <li>volume: the box that the views' silhouette pyramids bound ({@link FrustumIntersection}; errors name a view whose
 *       frustum misses the others), tightened by a coarse visual hull (48 samples along the longest axis) and, when
 *       every view has depth, by the back-projected depth pixels (3 % margin), then a
 *       grid of {@link ReconstructionOptions#resolution()} samples along its longest axis, cubic voxels, 2-voxel
 *       margin;</li>
 *   <li>fusion: visual hull with smooth per-view silhouette distances, plus TSDF fusion of the depth maps
 *       ({@link VolumeFusion}), a field in mm, positive inside;</li>
 *   <li>marching cubes at 0 with closed borders ({@link MarchingCubes}: closed, oriented, edge-manifold);</li>
 *   <li>clean-up: components ({@link MeshComponents}), hole filling ({@link HoleFilling}), Taubin smoothing
 *       ({@link TaubinSmoothing}), quadric decimation ({@link QuadricDecimation}, topology-preserving);</li>
 *   <li>labels: majority vote of the label maps where each vertex is visible ({@link LabelTransfer}, tolerance two
 *       voxels).</li>
 * </ol>
 *
 * <p>Cost: O(N·K) for the fusion of N voxels and K views (the dominant step: N ≈ resolution³ times the volume's
 * aspect ratios), O(N) for marching cubes, O(F log F) for the clean-up of F faces, O(K·(F + pixels)) for labels.
 * Deterministic: the same views and options give the same mesh. Single-threaded; an instance is immutable and
 * thread-safe.
 *
 * <pre>{@code
 * Reconstruction r = MultiviewReconstructor.defaults().reconstruct(views);
 * MeshFiles.write(r.mesh(), Path.of("tooth.ply"));
 * }</pre>
 */
public final class MultiviewReconstructor {
  private static final int COARSE_RESOLUTION = 48;
  private static final int MARGIN = 2;

  private final ReconstructionOptions options;

  public MultiviewReconstructor(ReconstructionOptions options) {
    if (options == null) {
      throw new IllegalArgumentException("options are required");
    }
    this.options = options;
  }

  public static MultiviewReconstructor defaults() {
    return new MultiviewReconstructor(ReconstructionOptions.defaults());
  }

  public ReconstructionOptions options() {
    return options;
  }

  /**
   * The reconstructed surface.
   *
   * @throws ReconstructionException fewer than two views or a duplicate name; a view whose frustum misses the others
   *     ({@code NO_OVERLAP}, naming it); views that bound no finite volume; or a fused volume with no surface
   */
  public Reconstruction reconstruct(List<CalibratedView> views) throws ReconstructionException {
    Map<String, Double> seconds = new LinkedHashMap<>();
    long t0 = now();
    List<ProjectedView> projected = prepare(views);
    double[] frustumBox = FrustumIntersection.box(projected);
    double[] box = tighten(projected, frustumBox);
    if (options.useDepth()) {
      box = clipToDepth(projected, box);
    }
    double longest = Math.max(box[3] - box[0], Math.max(box[4] - box[1], box[5] - box[2]));
    double h = longest / (options.resolution() - 1 - 2 * MARGIN);
    int[] n = new int[3];
    double[] origin = new double[3];
    for (int a = 0; a < 3; a++) {
      n[a] = (int) Math.ceil((box[a + 3] - box[a]) / h - 1e-9) + 1 + 2 * MARGIN;
      origin[a] = 0.5 * (box[a] + box[a + 3]) - 0.5 * (n[a] - 1) * h;
    }
    long t1 = lap(seconds, "volume", t0);
    ScalarGrid grid = new VolumeFusion(projected, options.truncationVoxels() * h, options.useDepth(), 4 * h)
        .fuse(n[0], n[1], n[2], h, origin);
    long t2 = lap(seconds, "fusion", t1);
    TriangleMesh mesh = new MarchingCubes(MarchingCubes.Options.defaults()).extract(grid, 0);
    if (mesh.faceCount() == 0) {
      throw new ReconstructionException(Reason.EMPTY_RESULT, null, "the fused volume of " + views.size()
          + " views holds no surface");
    }
    int rawFaces = mesh.faceCount();
    long t3 = lap(seconds, "marching_cubes", t2);
    mesh = options.minComponentFaces() == 0 ? MeshComponents.largest(mesh)
        : MeshComponents.withAtLeast(mesh, options.minComponentFaces());
    long t4 = lap(seconds, "components", t3);
    int holes = 0;
    if (options.fillHoles()) {
      HoleFilling.Result filled = HoleFilling.fill(mesh, options.maxHoleEdges());
      mesh = filled.mesh();
      holes = filled.filled();
    }
    long t5 = lap(seconds, "holes", t4);
    if (options.smoothingIterations() > 0) {
      mesh = TaubinSmoothing.smooth(mesh, TaubinSmoothing.Options.builder()
          .iterations(options.smoothingIterations()).build());
    }
    long t6 = lap(seconds, "smoothing", t5);
    if (options.targetFaces() > 0 && mesh.faceCount() > options.targetFaces()) {
      mesh = QuadricDecimation.decimate(mesh, QuadricDecimation.Options.target(options.targetFaces())).mesh();
    }
    long t7 = lap(seconds, "decimation", t6);
    if (options.transferLabels()) {
      int[] labels = LabelTransfer.transfer(mesh, views, 2 * h);
      if (labels != null) {
        mesh = mesh.toBuilder().labels(labels).build();
      }
    }
    lap(seconds, "labels", t7);
    double[] gridBox = {origin[0], origin[1], origin[2],
        origin[0] + (n[0] - 1) * h, origin[1] + (n[1] - 1) * h, origin[2] + (n[2] - 1) * h};
    return new Reconstruction(mesh, gridBox, n, h, rawFaces, holes, seconds);
  }

  private static List<ProjectedView> prepare(List<CalibratedView> views) throws ReconstructionException {
    if (views == null || views.size() < 2) {
      throw new ReconstructionException(Reason.TOO_FEW_VIEWS, null, "reconstruction needs at least 2 views, got "
          + (views == null ? 0 : views.size()));
    }
    Set<String> names = new HashSet<>();
    List<ProjectedView> out = new ArrayList<>(views.size());
    for (CalibratedView v : views) {
      if (!names.add(v.name())) {
        throw new ReconstructionException(Reason.DUPLICATE_VIEW, v.name(), "view name '" + v.name()
            + "' is used twice");
      }
      out.add(new ProjectedView(v));
    }
    return out;
  }

  /**
   * The bounding box of a coarse visual hull inside {@code box}, widened by one coarse voxel: a voxel is kept when its
   * hull value is at least −1.5 half-diagonals, so thin parts between samples are not lost.
   */
  private static double[] tighten(List<ProjectedView> views, double[] box) throws ReconstructionException {
    double longest = Math.max(box[3] - box[0], Math.max(box[4] - box[1], box[5] - box[2]));
    double h = longest / (COARSE_RESOLUTION - 1);
    int[] n = new int[3];
    for (int a = 0; a < 3; a++) {
      n[a] = (int) Math.ceil((box[a + 3] - box[a]) / h - 1e-9) + 1;
    }
    double[] origin = {box[0], box[1], box[2]};
    double keep = -1.5 * h * Math.sqrt(3) / 2;
    double[] out = hullBounds(new VolumeFusion(views, h, false, 4 * h).fuse(n[0], n[1], n[2], h, origin), keep);
    if (out == null) {
      for (int skip = 0; skip < views.size(); skip++) {
        List<ProjectedView> others = new ArrayList<>(views);
        others.remove(skip);
        if (hullBounds(new VolumeFusion(others, h, false, 4 * h).fuse(n[0], n[1], n[2], h, origin), keep) != null) {
          String name = views.get(skip).name;
          throw new ReconstructionException(Reason.NO_OVERLAP, name, "view '" + name + "': no point projects inside"
              + " its silhouette and every other view's (check its calibration and mask)");
        }
      }
      throw new ReconstructionException(Reason.NO_OVERLAP, null, "no point projects inside every silhouette of the "
          + views.size() + " views");
    }
    for (int a = 0; a < 3; a++) {
      out[a] = Math.max(box[a], out[a] - h);
      out[a + 3] = Math.min(box[a + 3], out[a + 3] + h);
    }
    return out;
  }

  /**
   * When every view has a depth map, {@code box} cut to the bounds of the back-projected depth pixels widened by 3 %
   * of their longest side: the surface the views see, which a hull of few views can overestimate by far (a flat
   * object seen from low elevations); unchanged otherwise.
   */
  private static double[] clipToDepth(List<ProjectedView> views, double[] box) {
    double[] b = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
    for (ProjectedView v : views) {
      if (v.depth == null) {
        return box;
      }
      for (int i = 0; i < v.depth.length; i++) {
        double z = v.depth[i];
        if (z != Double.POSITIVE_INFINITY) {
          double xc = (i % v.width - v.cx) / v.fx * z - v.t[0];
          double yc = (i / v.width - v.cy) / v.fy * z - v.t[1];
          double zc = z - v.t[2];
          double[] r = v.r;
          double[] p = {r[0] * xc + r[3] * yc + r[6] * zc, r[1] * xc + r[4] * yc + r[7] * zc,
              r[2] * xc + r[5] * yc + r[8] * zc};
          for (int a = 0; a < 3; a++) {
            b[a] = Math.min(b[a], p[a]);
            b[a + 3] = Math.max(b[a + 3], p[a]);
          }
        }
      }
    }
    if (b[0] > b[3]) {
      return box;
    }
    double pad = 0.03 * Math.max(b[3] - b[0], Math.max(b[4] - b[1], b[5] - b[2]));
    double[] out = new double[6];
    for (int a = 0; a < 3; a++) {
      out[a] = Math.max(box[a], b[a] - pad);
      out[a + 3] = Math.min(box[a + 3], b[a + 3] + pad);
      if (out[a] >= out[a + 3]) {
        return box;
      }
    }
    return out;
  }

  private static double[] hullBounds(ScalarGrid g, double keep) {
    double[] b = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
    boolean any = false;
    float[] v = g.values();
    for (int k = 0, i = 0; k < g.nz(); k++) {
      for (int j = 0; j < g.ny(); j++) {
        for (int x = 0; x < g.nx(); x++, i++) {
          if (v[i] >= keep) {
            any = true;
            double[] p = {g.ox() + x * g.sx(), g.oy() + j * g.sy(), g.oz() + k * g.sz()};
            for (int a = 0; a < 3; a++) {
              b[a] = Math.min(b[a], p[a]);
              b[a + 3] = Math.max(b[a + 3], p[a]);
            }
          }
        }
      }
    }
    return any ? b : null;
  }

  private static long lap(Map<String, Double> seconds, String step, long since) {
    long now = now();
    seconds.put(step, (now - since) / 1e9);
    return now;
  }

  /** CPU time of this thread in ns where the JVM measures it (the time on one core), else wall-clock time. */
  private static long now() {
    ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    return bean.isCurrentThreadCpuTimeSupported() ? bean.getCurrentThreadCpuTime() : System.nanoTime();
  }
}
