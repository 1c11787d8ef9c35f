package org.radiomesh.mesh;

/**
 * Measures of a triangle mesh, in its own units: surface area (units²), signed volume (units³), bounds, degenerate
 * faces, edge topology and connected components, each on its own or all at once with {@link #stats}.
 *
 * <p>Conventions: sums are accumulated in double precision. The signed volume is Σ v0·(v1 × v2) / 6 over the faces
 * (divergence theorem, relative to the origin): for a closed surface it is the enclosed volume, positive when the
 * faces wind counter-clockwise seen from outside and negative when they are all flipped; for an open surface it
 * depends on the origin. A face is degenerate when it repeats a vertex index or its area is exactly zero (collinear
 * corners). Components are the classes of faces that share a vertex (transitively); vertices used by no face, such as
 * the points of a point cloud, are not components and are counted separately as unreferenced vertices.
 *
 * <p>Cost: area, volume, bounds and degenerate count O(F) or O(V); components O(F α(V)) with union-find; edge topology
 * O(F log F) ({@link EdgeTopology}).
 *
 * <pre>{@code
 * MeshStats s = MeshMeasures.stats(mesh);
 * if (!s.watertight()) { ... }
 * }</pre>
 */
public final class MeshMeasures {
  private MeshMeasures() {}

  /** The sum of the triangle areas. */
  public static double surfaceArea(TriangleMesh mesh) {
    float[] p = mesh.xyz();
    int[] f = mesh.faces();
    double sum = 0;
    for (int i = 0; i < f.length; i += 3) {
      sum += Math.sqrt(crossSquared(p, 3 * f[i], 3 * f[i + 1], 3 * f[i + 2]));
    }
    return sum / 2;
  }

  /** Σ v0·(v1 × v2) / 6: the enclosed volume of a closed, outward-oriented surface; negative when inward. */
  public static double signedVolume(TriangleMesh mesh) {
    float[] p = mesh.xyz();
    int[] f = mesh.faces();
    double sum = 0;
    for (int i = 0; i < f.length; i += 3) {
      int a = 3 * f[i];
      int b = 3 * f[i + 1];
      int c = 3 * f[i + 2];
      double cx = (double) p[b + 1] * p[c + 2] - (double) p[b + 2] * p[c + 1];
      double cy = (double) p[b + 2] * p[c] - (double) p[b] * p[c + 2];
      double cz = (double) p[b] * p[c + 1] - (double) p[b + 1] * p[c];
      sum += p[a] * cx + p[a + 1] * cy + p[a + 2] * cz;
    }
    return sum / 6;
  }

  /** The axis-aligned bounds of all vertices (used by faces or not); {@link BoundingBox#EMPTY} for no vertices. */
  public static BoundingBox bounds(TriangleMesh mesh) {
    return BoundingBox.of(mesh.xyz());
  }

  /** The faces that repeat a vertex index or have exactly zero area. */
  public static int degenerateFaceCount(TriangleMesh mesh) {
    float[] p = mesh.xyz();
    int[] f = mesh.faces();
    int count = 0;
    for (int i = 0; i < f.length; i += 3) {
      int a = f[i];
      int b = f[i + 1];
      int c = f[i + 2];
      if (a == b || b == c || a == c || crossSquared(p, 3 * a, 3 * b, 3 * c) == 0) {
        count++;
      }
    }
    return count;
  }

  /** True when no undirected edge is shared by more than two faces ({@link EdgeTopology}); true for no faces. */
  public static boolean isEdgeManifold(TriangleMesh mesh) {
    return EdgeTopology.of(mesh).isEdgeManifold();
  }

  /** True when every edge is shared by exactly two oppositely oriented faces; false for no faces. */
  public static boolean isWatertight(TriangleMesh mesh) {
    return EdgeTopology.of(mesh).isWatertight();
  }

  /** The number of classes of faces connected through shared vertices; 0 for a point cloud. */
  public static int componentCount(TriangleMesh mesh) {
    return components(mesh)[0];
  }

  /** Everything above at once, computing the edge topology once. */
  public static MeshStats stats(TriangleMesh mesh) {
    EdgeTopology edges = EdgeTopology.of(mesh);
    int[] components = components(mesh);
    return new MeshStats(mesh.vertexCount(), mesh.faceCount(), surfaceArea(mesh), signedVolume(mesh), bounds(mesh),
        degenerateFaceCount(mesh), edges.isEdgeManifold(), edges.isWatertight(), components[0], components[1],
        edges);
  }

  /** {component count, unreferenced vertex count}, by union-find (union by size, path halving). */
  private static int[] components(TriangleMesh mesh) {
    int n = mesh.vertexCount();
    int[] parent = new int[n];
    int[] size = new int[n];
    for (int v = 0; v < n; v++) {
      parent[v] = v;
    }
    int[] f = mesh.faces();
    for (int i = 0; i < f.length; i += 3) {
      size[f[i]] |= 1;
      size[f[i + 1]] |= 1;
      size[f[i + 2]] |= 1;
    }
    for (int i = 0; i < f.length; i += 3) {
      union(parent, size, f[i], f[i + 1]);
      union(parent, size, f[i], f[i + 2]);
    }
    int roots = 0;
    int unreferenced = 0;
    for (int v = 0; v < n; v++) {
      if (size[v] == 0) {
        unreferenced++;
      } else if (parent[v] == v) {
        roots++;
      }
    }
    return new int[] {roots, unreferenced};
  }

  private static int find(int[] parent, int v) {
    while (parent[v] != v) {
      parent[v] = parent[parent[v]];
      v = parent[v];
    }
    return v;
  }

  /** Joins the sets of a and b; {@code size} is 1 for every vertex used by a face before the first union. */
  private static void union(int[] parent, int[] size, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra == rb) {
      return;
    }
    if (size[ra] < size[rb]) {
      int t = ra;
      ra = rb;
      rb = t;
    }
    parent[rb] = ra;
    size[ra] += size[rb];
  }

  /** |(b − a) × (c − a)|², in double; exactly 0 for collinear float corners of moderate range. */
  private static double crossSquared(float[] p, int a, int b, int c) {
    double ux = (double) p[b] - p[a];
    double uy = (double) p[b + 1] - p[a + 1];
    double uz = (double) p[b + 2] - p[a + 2];
    double vx = (double) p[c] - p[a];
    double vy = (double) p[c + 1] - p[a + 1];
    double vz = (double) p[c + 2] - p[a + 2];
    double x = uy * vz - uz * vy;
    double y = uz * vx - ux * vz;
    double z = ux * vy - uy * vx;
    return x * x + y * y + z * z;
  }
}
