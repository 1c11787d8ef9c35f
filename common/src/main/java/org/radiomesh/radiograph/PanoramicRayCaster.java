package org.radiomesh.radiograph;

import org.radiomesh.anatomy.Material;

/**
 * Casts the internal rays of a {@link PanoramicGeometry} through a {@link MaterialVolume} and returns, per internal
 * pixel, the line integral Σ μ·l with the depth-dependent horizontal blur of the focal trough applied.
 *
 * <p>Method (curved reformation with depth-dependent blur, the second route of REFERENCE §4): each internal column's
 * fan is marched in steps of half a voxel along the beam, nearest-voxel lookup, μ from {@link Material#mu()} (1/mm).
 * Each step's μ·l goes to the blur class of its depth: classes are blur widths B(n) (see
 * {@link PanoramicGeometry#blurMm}) on a √2 ladder starting at one internal column; each class's row is then box
 * filtered horizontally with its width and the classes are summed. This smooths the line integral (log domain)
 * rather than the transmitted intensity, which agrees with shift-and-add of intensities to first order in the
 * variation of the blurred part across its blur width; the blur width of a step is off by at most a factor 2^¼ from
 * B(n).
 *
 * <p>Order of work: column by column, step by step along the beam, then over the rows whose rays cross that step's
 * voxel column inside its non-air z range; the volume is z-fastest, so this reads contiguous memory and skips air.
 * Tooth boxes: a step inside tooth t within {@code labelDepthMm} of the trough extends t's box of internal pixels.
 * Cost: O(columns × rows × steps per ray) lookups (fewer in air) plus O(columns × rows × classes) for the blur;
 * memory O(columns × steps + classes × columns × rows) floats. {@link #castColumn} may run concurrently for distinct
 * columns on distinct {@link ColumnState}s, then {@link #blurRow} concurrently for distinct rows.
 */
final class PanoramicRayCaster {
  private static final int TEETH = 49;
  private final PanoramicGeometry geometry;
  private final MaterialVolume volume;
  private final float[] mu;
  private final int columns;
  private final int rows;
  private final int classes;
  private final double step;
  /** Per column and step: the xy voxel column (j·nx + i), the blur class, the height factor (a + n)/a, in-trough. */
  private final int[][] cells;
  private final byte[][] blurClass;
  private final float[][] heightFactor;
  private final boolean[][] inTrough;
  private final double[] sourceToTrough;
  /** Per class and column: half width of the box filter, in internal columns. */
  private final double[][] halfWidth;
  /** Per xy voxel column: the z range [lo, hi) holding all its non-air voxels, and whether any voxel is a tooth. */
  private final int[] cellLo;
  private final int[] cellHi;
  private final boolean[] cellTooth;
  /** Per class: line integrals before blurring, row-major over internal pixels; null while no step fell in it. */
  private final float[][] classIntegrals;

  PanoramicRayCaster(PanoramicGeometry geometry, MaterialVolume volume) {
    this.geometry = geometry;
    this.volume = volume;
    this.mu = new float[Material.values().length];
    for (Material m : Material.values()) {
      mu[m.code()] = (float) m.mu();
    }
    PanoramicOptions o = geometry.options();
    this.columns = geometry.internalColumns();
    this.rows = geometry.internalRows();
    this.step = 0.5 * volume.voxelMm();
    double spacing = geometry.spacing();
    double firstEdge = spacing * Math.min(o.magnificationAnterior(), o.magnificationPosterior());
    this.classes = 2 + (int) Math.ceil(2 * log2(o.maxBlurMm() / firstEdge));
    this.classIntegrals = new float[classes][];
    this.cells = new int[columns][];
    this.blurClass = new byte[columns][];
    this.heightFactor = new float[columns][];
    this.inTrough = new boolean[columns][];
    this.sourceToTrough = new double[columns];
    this.halfWidth = new double[classes][columns];
    int nx = volume.nx();
    int ny = volume.ny();
    int nz = volume.nz();
    this.cellLo = new int[nx * ny];
    this.cellHi = new int[nx * ny];
    this.cellTooth = new boolean[nx * ny];
    byte[] materials = volume.materialCodes();
    byte[] teeth = volume.toothNumbers();
    for (int cell = 0; cell < nx * ny; cell++) {
      int lo = nz;
      int hi = 0;
      for (int k = 0, base = cell * nz; k < nz; k++) {
        if (materials[base + k] != 0) {
          lo = Math.min(lo, k);
          hi = k + 1;
        }
        cellTooth[cell] |= teeth[base + k] != 0;
      }
      cellLo[cell] = lo;
      cellHi[cell] = hi;
    }
    double[] origin = volume.origin();
    double v = volume.voxelMm();
    double[] box = {origin[0], origin[1], origin[0] + nx * v, origin[1] + ny * v};
    for (int c = 0; c < columns; c++) {
      double s = geometry.internalArcLength(c);
      double[] p = geometry.arch().point(s);
      double[] n = geometry.arch().normal(s);
      double a = geometry.sourceToTroughMm(s);
      double m = geometry.magnification(s);
      double radius = geometry.rotationRadiusMm(s);
      sourceToTrough[c] = a;
      for (int k = 1; k < classes; k++) {
        halfWidth[k][c] = 0.5 * firstEdge * StrictMath.pow(2, (k - 0.5) / 2) / (m * spacing);
      }
      double[] range = clip(p, n, box, -a + 1, Double.POSITIVE_INFINITY);
      int steps = range == null ? 0 : (int) Math.floor((range[1] - range[0]) / step);
      int kept = 0;
      int[] cellOf = new int[steps];
      byte[] cls = new byte[steps];
      float[] hf = new float[steps];
      boolean[] trough = new boolean[steps];
      for (int k = 0; k < steps; k++) {
        double depth = range[0] + (k + 0.5) * step;
        int ix = clamp((int) Math.floor((p[0] + depth * n[0] - origin[0]) / v), nx);
        int iy = clamp((int) Math.floor((p[1] + depth * n[1] - origin[1]) / v), ny);
        int cell = iy * nx + ix;
        if (cellLo[cell] >= cellHi[cell]) {
          continue;
        }
        double blur = geometry.blurMm(a, radius, depth);
        int cl = blur < firstEdge ? 0 : 1 + (int) Math.floor(2 * log2(blur / firstEdge));
        cellOf[kept] = cell;
        cls[kept] = (byte) Math.min(classes - 1, cl);
        hf[kept] = (float) ((a + depth) / a);
        trough[kept] = Math.abs(depth) <= o.labelDepthMm();
        kept++;
      }
      cells[c] = java.util.Arrays.copyOf(cellOf, kept);
      blurClass[c] = java.util.Arrays.copyOf(cls, kept);
      heightFactor[c] = java.util.Arrays.copyOf(hf, kept);
      inTrough[c] = java.util.Arrays.copyOf(trough, kept);
      for (int k = 0; k < kept; k++) {
        if (classIntegrals[cls[k]] == null) {
          classIntegrals[cls[k]] = new float[rows * columns];
        }
      }
    }
  }

  /** Per-thread scratch of the column pass: per-class sums along one column's rays, and tooth boxes. */
  final class ColumnState {
    final float[][] sums = new float[classes][rows];
    /** For FDI t: {minColumn, maxColumn, minRow, maxRow} at 4t..4t+3; minColumn = MAX_VALUE while empty. */
    final int[] boxes = new int[4 * TEETH];

    ColumnState() {
      for (int t = 0; t < TEETH; t++) {
        boxes[4 * t] = Integer.MAX_VALUE;
        boxes[4 * t + 2] = Integer.MAX_VALUE;
        boxes[4 * t + 1] = Integer.MIN_VALUE;
        boxes[4 * t + 3] = Integer.MIN_VALUE;
      }
    }
  }

  ColumnState newColumnState() {
    return new ColumnState();
  }

  /** Integrates every ray of internal column {@code c}, by blur class, into the class integrals. */
  void castColumn(int c, ColumnState state) {
    byte[] materials = volume.materialCodes();
    byte[] teeth = volume.toothNumbers();
    int nz = volume.nz();
    double zc = geometry.centralRayZ();
    double invVoxel = 1 / volume.voxelMm();
    double zBase = (zc - volume.origin()[2]) * invVoxel;
    double dz0 = (geometry.internalZ(0) - zc) * invVoxel;
    double rowStep = geometry.spacing() * invVoxel;
    int[] cellOf = cells[c];
    byte[] cls = blurClass[c];
    float[] hf = heightFactor[c];
    boolean[] trough = inTrough[c];
    float[][] sums = state.sums;
    for (int k = 0; k < cellOf.length; k++) {
      int cell = cellOf[k];
      int lo = cellLo[cell];
      int hi = cellHi[cell];
      // Row r's ray is at voxel height fz = a − r·b here; keep the rows with lo <= fz < hi.
      double a = zBase + hf[k] * dz0;
      double b = hf[k] * rowStep;
      int first = Math.max(0, (int) Math.floor((a - hi) / b));
      int last = Math.min(rows - 1, (int) Math.floor((a - lo) / b));
      float[] sum = sums[cls[k]];
      int base = cell * nz;
      for (int r = first; r <= last; r++) {
        double fz = a - r * b;
        if (fz < lo || fz >= hi) {
          continue;
        }
        sum[r] += mu[materials[base + (int) fz]];
      }
      if (trough[k] && cellTooth[cell]) {
        for (int r = first; r <= last; r++) {
          double fz = a - r * b;
          if (fz >= lo && fz < hi && teeth[base + (int) fz] != 0) {
            extend(state.boxes, teeth[base + (int) fz], c, r);
          }
        }
      }
    }
    double a = sourceToTrough[c];
    for (int cl = 0; cl < classes; cl++) {
      float[] target = classIntegrals[cl];
      if (target == null) {
        continue;
      }
      float[] sum = sums[cl];
      for (int r = 0; r < rows; r++) {
        double slope = (geometry.internalZ(r) - zc) / a;
        target[r * columns + c] = (float) (sum[r] * step * Math.sqrt(1 + slope * slope));
        sum[r] = 0;
      }
    }
  }

  /** Sums the class integrals of internal row {@code r}, each box-filtered by its blur, into out[r·columns ..]. */
  void blurRow(int r, double[] prefix, float[] out) {
    int base = r * columns;
    java.util.Arrays.fill(out, base, base + columns, 0f);
    for (int cl = 0; cl < classes; cl++) {
      float[] integrals = classIntegrals[cl];
      if (integrals == null) {
        continue;
      }
      if (cl == 0) {
        for (int c = 0; c < columns; c++) {
          out[base + c] += integrals[base + c];
        }
        continue;
      }
      double[] half = halfWidth[cl];
      prefix[0] = 0;
      for (int c = 0; c < columns; c++) {
        prefix[c + 1] = prefix[c] + integrals[base + c];
      }
      for (int c = 0; c < columns; c++) {
        double lo = Math.max(0, c + 0.5 - half[c]);
        double hi = Math.min(columns, c + 0.5 + half[c]);
        double sum = prefixAt(prefix, integrals, base, hi) - prefixAt(prefix, integrals, base, lo);
        out[base + c] += (float) (sum / (hi - lo));
      }
    }
  }

  private double prefixAt(double[] prefix, float[] row, int base, double x) {
    int i = (int) x;
    return i >= columns ? prefix[columns] : prefix[i] + (x - i) * row[base + i];
  }

  private static void extend(int[] boxes, int tooth, int c, int r) {
    int b = 4 * tooth;
    boxes[b] = Math.min(boxes[b], c);
    boxes[b + 1] = Math.max(boxes[b + 1], c);
    boxes[b + 2] = Math.min(boxes[b + 2], r);
    boxes[b + 3] = Math.max(boxes[b + 3], r);
  }

  /** The range of n with p + n·dir inside the 2D box {minX, minY, maxX, maxY}, within [lo, hi]; null if empty. */
  private static double[] clip(double[] p, double[] dir, double[] box, double lo, double hi) {
    for (int axis = 0; axis < 2; axis++) {
      if (Math.abs(dir[axis]) < 1e-12) {
        if (p[axis] < box[axis] || p[axis] > box[axis + 2]) {
          return null;
        }
        continue;
      }
      double t1 = (box[axis] - p[axis]) / dir[axis];
      double t2 = (box[axis + 2] - p[axis]) / dir[axis];
      lo = Math.max(lo, Math.min(t1, t2));
      hi = Math.min(hi, Math.max(t1, t2));
    }
    return hi > lo ? new double[] {lo, hi} : null;
  }

  private static int clamp(int i, int n) {
    return Math.max(0, Math.min(n - 1, i));
  }

  private static double log2(double x) {
    return StrictMath.log(x) / StrictMath.log(2);
  }
}
