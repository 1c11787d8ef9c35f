package org.radiomesh.surface;

import static org.radiomesh.surface.MarchingCubesTable.AMBIGUOUS_FACES;
import static org.radiomesh.surface.MarchingCubesTable.CENTROID_LOOPS;
import static org.radiomesh.surface.MarchingCubesTable.EDGE_MASK;
import static org.radiomesh.surface.MarchingCubesTable.FACE;
import static org.radiomesh.surface.MarchingCubesTable.FIRST_ENTRY;
import static org.radiomesh.surface.MarchingCubesTable.TRIANGLES;

import org.radiomesh.mesh.FloatArrayList;
import org.radiomesh.mesh.IntArrayList;
import org.radiomesh.mesh.TriangleMesh;

/**
 * Marching cubes: the iso-surface {@code value = iso} of a {@link ScalarGrid} as an indexed, watertight, consistently
 * oriented triangle mesh.
 *
 * <p>Conventions:
 * <ul>
 *   <li>Inside is {@code value > iso} (compared in float); the surface separates inside from outside and its triangles
 *       are counter-clockwise seen from outside, so face normals point from high values to low values. For a signed
 *       distance field (negative inside) pass the negated field, or use iso on a density.</li>
 *   <li>With {@link Options#closeBorders()} (the default) the grid is treated as padded by one layer of outside
 *       samples, so a solid that touches the grid border is closed by a flat cap lying on the border plane; without it,
 *       surfaces end open at the border, as scikit-image's {@code marching_cubes} does.</li>
 *   <li>Vertices lie on grid edges, linearly interpolated, one per crossed edge (indexed, welded by construction).
 *       Ambiguous faces are resolved by the asymptotic decider, computed identically by both cubes sharing the face;
 *       with the face-consistent table of {@link MarchingCubesTable} the output is closed and edge-manifold (every
 *       edge in exactly two triangles, with opposite orientations) whenever the inside is bounded by the (padded)
 *       grid. A few ambiguous configurations add one vertex at the centroid of a loop.</li>
 *   <li>NaN and −∞ samples are outside, +∞ inside; a crossing next to a non-finite sample sits on the inside end.</li>
 *   <li>Labels (optional, one int per sample): each vertex takes the label of the nearer end of its edge, or of its
 *       inside end ({@link LabelRule}). Normals (optional): the negated, interpolated central-difference gradient,
 *       unit length, pointing outward.</li>
 * </ul>
 *
 * <p>Cost: O(nx·ny·nz) time with a small constant (a precomputed 4-bit code per grid square, table lookups), plus
 * O(triangles); memory O(nx·ny) besides the output. Single-threaded; instances are immutable and thread-safe.
 *
 * <pre>{@code
 * TriangleMesh sphere = MarchingCubes.surface(ScalarGrid.unit(density, 64, 64, 64), 0.5);
 * }</pre>
 */
public final class MarchingCubes {

  /** How a vertex chooses its label from the two ends of its edge. */
  public enum LabelRule { NEAREST, INSIDE }

  private final Options options;

  public MarchingCubes(Options options) {
    this.options = options;
  }

  /** The closed iso-surface of {@code grid} at {@code iso}, default options. */
  public static TriangleMesh surface(ScalarGrid grid, double iso) {
    return new MarchingCubes(Options.defaults()).extract(grid, null, iso);
  }

  /** The iso-surface at {@code iso}, no labels. */
  public TriangleMesh extract(ScalarGrid grid, double iso) {
    return extract(grid, null, iso);
  }

  /**
   * The iso-surface at {@code iso}, with per-vertex labels from {@code labels} (same layout as the grid's values) when
   * it is not null.
   */
  public TriangleMesh extract(ScalarGrid grid, int[] labels, double iso) {
    if (labels != null && labels.length != grid.values().length) {
      throw new IllegalArgumentException("label grid has " + labels.length + " samples, expected "
          + grid.values().length);
    }
    if (Double.isNaN(iso)) {
      throw new IllegalArgumentException("iso level is NaN");
    }
    return new Run(grid, labels, (float) iso).mesh();
  }

  /** One extraction: padded planes, rolling edge caches and growing output arrays. */
  private final class Run {
    private final ScalarGrid g;
    private final int[] labelGrid;
    private final float level;
    private final int px;
    private final int py;
    private final int pz;
    private final FloatArrayList xyz;
    private final IntArrayList faces;
    private final IntArrayList labels;
    private final FloatArrayList normals;
    private float[] plane0;
    private float[] plane1;
    private byte[] sq0;
    private byte[] sq1;
    private int[] xe0;
    private int[] xe1;
    private int[] ye0;
    private int[] ye1;
    private final int[] ze;
    private final int[] vid = new int[16];

    Run(ScalarGrid g, int[] labelGrid, float level) {
      this.g = g;
      this.labelGrid = labelGrid;
      this.level = level;
      px = g.nx() + 2;
      py = g.ny() + 2;
      pz = g.nz() + 2;
      int guess = Math.max(1024, 4 * (g.nx() * g.ny() + g.ny() * g.nz() + g.nx() * g.nz()));
      xyz = new FloatArrayList(3 * guess);
      faces = new IntArrayList(6 * guess);
      labels = labelGrid == null ? null : new IntArrayList(guess);
      normals = options.normals() ? new FloatArrayList(3 * guess) : null;
      int n = px * py;
      plane0 = new float[n];
      plane1 = new float[n];
      sq0 = new byte[n];
      sq1 = new byte[n];
      xe0 = filled(n);
      xe1 = filled(n);
      ye0 = filled(n);
      ye1 = filled(n);
      ze = filled(n);
    }

    private int[] filled(int n) {
      int[] a = new int[n];
      java.util.Arrays.fill(a, -1);
      return a;
    }

    TriangleMesh mesh() {
      boolean close = options.closeBorders();
      int lo = close ? 0 : 1;
      int hiX = close ? px - 2 : px - 3;
      int hiY = close ? py - 2 : py - 3;
      int hiZ = close ? pz - 2 : pz - 3;
      loadPlane(lo, plane1, sq1);
      int prevStart = 0;
      for (int k = lo; k <= hiZ; k++) {
        swapPlanes();
        loadPlane(k + 1, plane1, sq1);
        int start = xyz.size() / 3;
        for (int j = lo; j <= hiY; j++) {
          int row = j * px;
          for (int i = lo; i <= hiX; i++) {
            int b = row + i;
            int cubeCase = sq0[b] | (sq1[b] << 4);
            if (cubeCase != 0 && cubeCase != 255) {
              cube(cubeCase, i, j, k, b, prevStart, start);
            }
          }
        }
        prevStart = start;
      }
      TriangleMesh.Builder builder = TriangleMesh.builder().xyz(xyz.toArray()).faces(faces.toArray());
      if (labels != null) {
        builder.labels(labels.toArray());
      }
      if (normals != null) {
        float[] n = normals.toArray();
        VertexNormals.fillDegenerate(builder.build(), n);
        builder.normals(n);
      }
      return builder.build();
    }

    private void swapPlanes() {
      float[] p = plane0;
      plane0 = plane1;
      plane1 = p;
      byte[] s = sq0;
      sq0 = sq1;
      sq1 = s;
      int[] a = xe0;
      xe0 = xe1;
      xe1 = a;
      a = ye0;
      ye0 = ye1;
      ye1 = a;
    }

    /** Fills padded plane k (k = 0 and k = nz + 1 are padding) and its square codes. */
    private void loadPlane(int k, float[] plane, byte[] sq) {
      java.util.Arrays.fill(plane, Float.NEGATIVE_INFINITY);
      if (k >= 1 && k <= g.nz()) {
        int nx = g.nx();
        float[] v = g.values();
        int src = (k - 1) * nx * g.ny();
        for (int y = 0; y < g.ny(); y++, src += nx) {
          System.arraycopy(v, src, plane, (y + 1) * px + 1, nx);
        }
      }
      float lv = level;
      for (int j = 0; j < py - 1; j++) {
        int row = j * px;
        int below = plane[row] > lv ? 1 : 0;
        int above = plane[row + px] > lv ? 1 : 0;
        for (int i = 0; i < px - 1; i++) {
          int b = row + i;
          int belowNext = plane[b + 1] > lv ? 1 : 0;
          int aboveNext = plane[b + px + 1] > lv ? 1 : 0;
          sq[b] = (byte) (below | belowNext << 1 | aboveNext << 2 | above << 3);
          below = belowNext;
          above = aboveNext;
        }
      }
    }

    private void cube(int cubeCase, int i, int j, int k, int b, int prevStart, int start) {
      int entry = FIRST_ENTRY[cubeCase];
      int[] amb = AMBIGUOUS_FACES[cubeCase];
      for (int a = 0; a < amb.length; a++) {
        if (insideConnected(cubeCase, amb[a], b)) {
          entry += 1 << a;
        }
      }
      int mask = EDGE_MASK[entry];
      int[] v = vid;
      int k1 = k + 1;
      if ((mask & 0x001) != 0) v[0] = vertex(xe0, b, prevStart, 0, k, plane0, plane0);
      if ((mask & 0x002) != 0) v[1] = vertex(xe0, b + px, prevStart, 0, k, plane0, plane0);
      if ((mask & 0x004) != 0) v[2] = vertex(ye0, b + 1, prevStart, 1, k, plane0, plane0);
      if ((mask & 0x008) != 0) v[3] = vertex(ye0, b, prevStart, 1, k, plane0, plane0);
      if ((mask & 0x010) != 0) v[4] = vertex(xe1, b, start, 0, k1, plane1, plane1);
      if ((mask & 0x020) != 0) v[5] = vertex(xe1, b + px, start, 0, k1, plane1, plane1);
      if ((mask & 0x040) != 0) v[6] = vertex(ye1, b + 1, start, 1, k1, plane1, plane1);
      if ((mask & 0x080) != 0) v[7] = vertex(ye1, b, start, 1, k1, plane1, plane1);
      if ((mask & 0x100) != 0) v[8] = vertex(ze, b, start, 2, k, plane0, plane1);
      if ((mask & 0x200) != 0) v[9] = vertex(ze, b + 1, start, 2, k, plane0, plane1);
      if ((mask & 0x400) != 0) v[10] = vertex(ze, b + px, start, 2, k, plane0, plane1);
      if ((mask & 0x800) != 0) v[11] = vertex(ze, b + px + 1, start, 2, k, plane0, plane1);
      int[][] fans = CENTROID_LOOPS[entry];
      if (fans != null) {
        for (int f = 0; f < fans.length; f++) {
          v[12 + f] = centroid(fans[f]);
        }
      }
      int[] t = TRIANGLES[entry];
      for (int e : t) {
        faces.add(v[e]);
      }
    }

    /** A new vertex at the mean of the loop's vertices, with the label of its first vertex and the mean normal. */
    private int centroid(int[] loop) {
      float x = 0;
      float y = 0;
      float z = 0;
      for (int e : loop) {
        int p = 3 * vid[e];
        x += xyz.get(p);
        y += xyz.get(p + 1);
        z += xyz.get(p + 2);
      }
      int id = xyz.size() / 3;
      xyz.add3(x / loop.length, y / loop.length, z / loop.length);
      if (labels != null) {
        labels.add(labels.get(vid[loop[0]]));
      }
      if (normals != null) {
        float nx = 0;
        float ny = 0;
        float nz = 0;
        for (int e : loop) {
          int p = 3 * vid[e];
          nx += normals.get(p);
          ny += normals.get(p + 1);
          nz += normals.get(p + 2);
        }
        float len = (float) Math.sqrt(nx * nx + ny * ny + nz * nz);
        normals.add3(len > 0 ? nx / len : 0, len > 0 ? ny / len : 0, len > 0 ? nz / len : 0);
      }
      return id;
    }

    /** Asymptotic decider on one face: are its two inside corners joined by the bilinear interpolant? */
    private boolean insideConnected(int cubeCase, int face, int b) {
      int[] q = FACE[face];
      boolean firstInside = (cubeCase >> q[0] & 1) != 0;
      double a = corner(q[firstInside ? 0 : 1], b) - level;
      double c = corner(q[firstInside ? 2 : 3], b) - level;
      double p = corner(q[firstInside ? 1 : 0], b) - level;
      double d = corner(q[firstInside ? 3 : 2], b) - level;
      // Saddle value (ac - pd) / (a + c - p - d) with a positive denominator: joined when it lies inside.
      return a * c > p * d;
    }

    private double corner(int c, int b) {
      float[] plane = c < 4 ? plane0 : plane1;
      return switch (c & 3) {
        case 0 -> plane[b];
        case 1 -> plane[b + 1];
        case 2 -> plane[b + px + 1];
        default -> plane[b + px];
      };
    }

    /**
     * The vertex on the edge along {@code axis} from padded sample {@code pa} of plane k (in {@code planeA}); the other
     * end is the next sample along x or y in the same plane, or sample pa of {@code planeB} (plane k + 1) along z.
     * Created once: the id is cached at slot pa and valid when at least {@code validFrom}.
     */
    private int vertex(int[] cache, int pa, int validFrom, int axis, int k, float[] planeA, float[] planeB) {
      int id = cache[pa];
      if (id >= validFrom) {
        return id;
      }
      int i = pa % px;
      int j = pa / px;
      float va = planeA[pa];
      float vb = axis == 0 ? planeA[pa + 1] : axis == 1 ? planeA[pa + px] : planeB[pa];
      boolean aInside = va > level;
      float t = (level - va) / (vb - va);
      if (!(t >= 0 && t <= 1)) {
        t = aInside ? 0 : 1;
      }
      id = xyz.size() / 3;
      float fx = i - 1;
      float fy = j - 1;
      float fz = k - 1;
      switch (axis) {
        case 0 -> fx += t;
        case 1 -> fy += t;
        default -> fz += t;
      }
      xyz.add3((float) (g.ox() + fx * g.sx()), (float) (g.oy() + fy * g.sy()), (float) (g.oz() + fz * g.sz()));
      if (labels != null || normals != null) {
        attributes(axis, i - 1, j - 1, k - 1, t, aInside);
      }
      cache[pa] = id;
      return id;
    }

    /** Label and normal of a new vertex on the edge from grid sample (x, y, z) along axis, at fraction t. */
    private void attributes(int axis, int x, int y, int z, float t, boolean aInside) {
      int x1 = axis == 0 ? x + 1 : x;
      int y1 = axis == 1 ? y + 1 : y;
      int z1 = axis == 2 ? z + 1 : z;
      boolean aIn = x >= 0 && y >= 0 && z >= 0;
      boolean bIn = x1 < g.nx() && y1 < g.ny() && z1 < g.nz();
      if (labels != null) {
        boolean useA = options.labelRule() == LabelRule.INSIDE ? aInside : t < 0.5f;
        useA = bIn ? (aIn && useA) : true;
        labels.add(useA ? labelGrid[g.index(x, y, z)] : labelGrid[g.index(x1, y1, z1)]);
      }
      if (normals != null) {
        float[] ga = aIn ? VertexNormals.gradient(g, x, y, z) : VertexNormals.gradient(g, x1, y1, z1);
        float[] gb = bIn ? VertexNormals.gradient(g, x1, y1, z1) : ga;
        float nx = -((1 - t) * ga[0] + t * gb[0]);
        float ny = -((1 - t) * ga[1] + t * gb[1]);
        float nz = -((1 - t) * ga[2] + t * gb[2]);
        float len = (float) Math.sqrt(nx * nx + ny * ny + nz * nz);
        if (len > 0 && Float.isFinite(len)) {
          normals.add3(nx / len, ny / len, nz / len);
        } else {
          normals.add3(0, 0, 0);
        }
      }
    }
  }

  /**
   * Options: {@code closeBorders} (default true), {@code normals} (default false), {@code labelRule} (default
   * {@link LabelRule#NEAREST}).
   */
  public record Options(boolean closeBorders, boolean normals, LabelRule labelRule) {
    public Options {
      if (labelRule == null) {
        throw new IllegalArgumentException("label rule is required");
      }
    }

    public static Options defaults() {
      return builder().build();
    }

    public static Builder builder() {
      return new Builder();
    }

    /** Builder of {@link Options}. */
    public static final class Builder {
      private boolean closeBorders = true;
      private boolean normals;
      private LabelRule labelRule = LabelRule.NEAREST;

      private Builder() {}

      public Builder closeBorders(boolean close) {
        this.closeBorders = close;
        return this;
      }

      public Builder normals(boolean normals) {
        this.normals = normals;
        return this;
      }

      public Builder labelRule(LabelRule rule) {
        this.labelRule = rule;
        return this;
      }

      public Options build() {
        return new Options(closeBorders, normals, labelRule);
      }
    }
  }
}
