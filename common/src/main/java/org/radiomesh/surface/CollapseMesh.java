package org.radiomesh.surface;

import java.util.Arrays;
import org.radiomesh.mesh.TriangleMesh;

/**
 * The mutable mesh behind {@link QuadricDecimation}: positions and quadrics per vertex, faces with alive flags, and
 * per-vertex incident face lists (dead faces are skipped on reading and dropped when a list is rewritten). Package-
 * private; the checks and costs are documented on {@link QuadricDecimation}.
 */
final class CollapseMesh {
  private final TriangleMesh source;
  private final double[] pos;
  private final double[] quad;
  private final int[] faces;
  private final boolean[] faceAlive;
  private final boolean[] boundary;
  private final int[][] incident;
  private final int[] incidentCount;
  private final int[] mark;
  private int markStamp;
  final boolean[] alive;
  final boolean[] locked;
  final int[] stamp;
  int liveFaces;

  CollapseMesh(TriangleMesh mesh, boolean preserveBoundary) {
    source = mesh;
    int n = mesh.vertexCount();
    float[] xyz = mesh.xyz();
    pos = new double[3 * n];
    for (int i = 0; i < pos.length; i++) {
      pos[i] = xyz[i];
    }
    faces = mesh.faces().clone();
    int nf = faces.length / 3;
    faceAlive = new boolean[nf];
    Arrays.fill(faceAlive, true);
    liveFaces = nf;
    quad = new double[10 * n];
    incidentCount = new int[n];
    for (int v : faces) {
      incidentCount[v]++;
    }
    incident = new int[n][];
    alive = new boolean[n];
    for (int v = 0; v < n; v++) {
      incident[v] = new int[Math.max(incidentCount[v], 4)];
      alive[v] = incidentCount[v] > 0;
      incidentCount[v] = 0;
    }
    for (int t = 0; t < nf; t++) {
      for (int q = 0; q < 3; q++) {
        int v = faces[3 * t + q];
        incident[v][incidentCount[v]++] = t;
      }
      addFaceQuadric(t);
    }
    boundary = boundaryVertices(faces, n);
    locked = preserveBoundary ? boundary.clone() : new boolean[n];
    stamp = new int[n];
    mark = new int[n];
  }

  private void addFaceQuadric(int t) {
    int a = 3 * faces[3 * t];
    int b = 3 * faces[3 * t + 1];
    int c = 3 * faces[3 * t + 2];
    double[] n = normal(pos[a], pos[a + 1], pos[a + 2], pos[b], pos[b + 1], pos[b + 2], pos[c], pos[c + 1], pos[c + 2]);
    double len = Math.sqrt(n[0] * n[0] + n[1] * n[1] + n[2] * n[2]);
    if (len == 0) {
      return;
    }
    double nx = n[0] / len;
    double ny = n[1] / len;
    double nz = n[2] / len;
    double d = -(nx * pos[a] + ny * pos[a + 1] + nz * pos[a + 2]);
    for (int q = 0; q < 3; q++) {
      QuadricDecimation.addPlane(quad, 10 * faces[3 * t + q], nx, ny, nz, d, 0.5 * len);
    }
  }

  /** Whether an alive face traverses a → b. */
  boolean hasFace(int a, int b) {
    for (int k = 0; k < incidentCount[a]; k++) {
      int t = incident[a][k];
      if (faceAlive[t]) {
        for (int q = 0; q < 3; q++) {
          if (faces[3 * t + q] == a && faces[3 * t + (q + 1) % 3] == b) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The collapse position of edge (u, v), or null when neither end may move. */
  double[] target(int u, int v) {
    if (locked[u] && locked[v]) {
      return null;
    }
    if (locked[u] || locked[v]) {
      int k = 3 * (locked[u] ? u : v);
      return new double[] {pos[k], pos[k + 1], pos[k + 2]};
    }
    double[] pu = {pos[3 * u], pos[3 * u + 1], pos[3 * u + 2]};
    double[] pv = {pos[3 * v], pos[3 * v + 1], pos[3 * v + 2]};
    double[] mid = {(pu[0] + pv[0]) / 2, (pu[1] + pv[1]) / 2, (pu[2] + pv[2]) / 2};
    double[] p = QuadricDecimation.minimiser(quad, 10 * u, 10 * v);
    double len2 = dist2(pu, pv);
    if (p != null && Double.isFinite(p[0] + p[1] + p[2]) && dist2(p, mid) <= 4 * len2) {
      return p;
    }
    double[] best = mid;
    double bestCost = cost(u, v, mid);
    for (double[] c : new double[][] {pu, pv}) {
      double e = cost(u, v, c);
      if (e < bestCost) {
        best = c;
        bestCost = e;
      }
    }
    return best;
  }

  double cost(int u, int v, double[] p) {
    return QuadricDecimation.evaluate(quad, 10 * u, 10 * v, p[0], p[1], p[2]);
  }

  /** Link condition, valences and face orientations after moving u and v to p. */
  boolean canCollapse(int u, int v, double[] p) {
    markStamp += 4;
    int neighbour = markStamp;
    int common = markStamp + 1;
    int onlyV = markStamp + 2;
    int nu = 0;
    int shared = 0;
    int apexA = -1;
    int apexB = -1;
    for (int k = 0; k < incidentCount[u]; k++) {
      int t = incident[u][k];
      if (!faceAlive[t]) {
        continue;
      }
      boolean hasV = false;
      int other = -1;
      for (int q = 0; q < 3; q++) {
        int w = faces[3 * t + q];
        if (w == v) {
          hasV = true;
        } else if (w != u) {
          other = w;
        }
        if (w != u && mark[w] != neighbour) {
          mark[w] = neighbour;
          nu++;
        }
      }
      if (hasV) {
        shared++;
        if (apexA < 0) {
          apexA = other;
        } else {
          apexB = other;
        }
      }
    }
    if (shared == 0 || shared > 2 || (shared == 2 && boundary[u] && boundary[v])) {
      return false;
    }
    int nv = 0;
    int both = 0;
    for (int k = 0; k < incidentCount[v]; k++) {
      int t = incident[v][k];
      if (!faceAlive[t]) {
        continue;
      }
      for (int q = 0; q < 3; q++) {
        int w = faces[3 * t + q];
        if (w == v || mark[w] == common) {
          continue;
        }
        if (mark[w] == neighbour) {
          mark[w] = common;
          both++;
        } else if (mark[w] != onlyV) {
          mark[w] = onlyV;
          nv++;
        }
      }
    }
    nv += both;
    if (both != shared || nu + nv - both - 2 < 3) {
      return false;
    }
    if (valence(apexA) < (boundary[apexA] ? 3 : 4) || (apexB >= 0 && valence(apexB) < (boundary[apexB] ? 3 : 4))) {
      return false;
    }
    return keepsOrientation(u, v, p) && keepsOrientation(v, u, p);
  }

  private int valence(int w) {
    markStamp += 4;
    int n = 0;
    for (int k = 0; k < incidentCount[w]; k++) {
      int t = incident[w][k];
      if (faceAlive[t]) {
        for (int q = 0; q < 3; q++) {
          int x = faces[3 * t + q];
          if (x != w && mark[x] != markStamp) {
            mark[x] = markStamp;
            n++;
          }
        }
      }
    }
    return n;
  }

  /** No face of {@code a} without {@code b} turns its normal by more than ~78° or loses its area when a moves to p. */
  private boolean keepsOrientation(int a, int b, double[] p) {
    for (int k = 0; k < incidentCount[a]; k++) {
      int t = incident[a][k];
      if (!faceAlive[t]) {
        continue;
      }
      int i0 = faces[3 * t];
      int i1 = faces[3 * t + 1];
      int i2 = faces[3 * t + 2];
      if (i0 == b || i1 == b || i2 == b) {
        continue;
      }
      double[] before = normal(t, -1, null);
      double[] after = normal(t, a, p);
      double nb = Math.sqrt(dot(before, before));
      double na = Math.sqrt(dot(after, after));
      if (na <= 1e-12 * (nb + 1e-300) || dot(before, after) < 0.2 * na * nb) {
        return false;
      }
    }
    return true;
  }

  /** Unnormalised normal of face t, with vertex {@code moved} at p when moved ≥ 0. */
  private double[] normal(int t, int moved, double[] p) {
    double[][] c = new double[3][];
    for (int q = 0; q < 3; q++) {
      int w = faces[3 * t + q];
      c[q] = w == moved ? p : new double[] {pos[3 * w], pos[3 * w + 1], pos[3 * w + 2]};
    }
    return normal(c[0][0], c[0][1], c[0][2], c[1][0], c[1][1], c[1][2], c[2][0], c[2][1], c[2][2]);
  }

  /** Moves {@code kept} to p, merges {@code gone} into it and removes the faces on their edge. */
  void collapse(int kept, int gone, double[] p) {
    pos[3 * kept] = p[0];
    pos[3 * kept + 1] = p[1];
    pos[3 * kept + 2] = p[2];
    for (int i = 0; i < 10; i++) {
      quad[10 * kept + i] += quad[10 * gone + i];
    }
    alive[gone] = false;
    stamp[kept]++;
    stamp[gone]++;
    for (int k = 0; k < incidentCount[gone]; k++) {
      int t = incident[gone][k];
      if (!faceAlive[t]) {
        continue;
      }
      int at = -1;
      boolean hasKept = false;
      for (int q = 0; q < 3; q++) {
        hasKept |= faces[3 * t + q] == kept;
        if (faces[3 * t + q] == gone) {
          at = 3 * t + q;
        }
      }
      if (hasKept) {
        faceAlive[t] = false;
        liveFaces--;
      } else {
        faces[at] = kept;
        append(kept, t);
      }
    }
    int m = 0;
    int[] list = incident[kept];
    for (int k = 0; k < incidentCount[kept]; k++) {
      if (faceAlive[list[k]]) {
        list[m++] = list[k];
      }
    }
    incidentCount[kept] = m;
    incidentCount[gone] = 0;
  }

  private void append(int v, int t) {
    if (incidentCount[v] == incident[v].length) {
      incident[v] = Arrays.copyOf(incident[v], 2 * incident[v].length);
    }
    incident[v][incidentCount[v]++] = t;
  }

  /** The distinct neighbours of v over its alive faces. */
  int[] neighbours(int v) {
    markStamp += 4;
    int[] out = new int[2 * incidentCount[v]];
    int n = 0;
    for (int k = 0; k < incidentCount[v]; k++) {
      int t = incident[v][k];
      if (faceAlive[t]) {
        for (int q = 0; q < 3; q++) {
          int w = faces[3 * t + q];
          if (w != v && mark[w] != markStamp) {
            mark[w] = markStamp;
            out[n++] = w;
          }
        }
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** The alive faces and the vertices they use, renumbered in their original order, with attributes. */
  TriangleMesh toMesh() {
    int n = alive.length;
    int[] map = new int[n];
    Arrays.fill(map, -1);
    int nf = 0;
    for (int t = 0; t < faceAlive.length; t++) {
      if (faceAlive[t]) {
        nf++;
        for (int q = 0; q < 3; q++) {
          map[faces[3 * t + q]] = 0;
        }
      }
    }
    int nv = 0;
    for (int v = 0; v < n; v++) {
      if (map[v] == 0) {
        map[v] = nv++;
      }
    }
    float[] xyz = new float[3 * nv];
    int[] labels = source.hasLabels() ? new int[nv] : null;
    float[] colors = source.hasColors() ? new float[3 * nv] : null;
    for (int v = 0; v < n; v++) {
      int m = map[v];
      if (m >= 0) {
        for (int a = 0; a < 3; a++) {
          xyz[3 * m + a] = (float) pos[3 * v + a];
          if (colors != null) {
            colors[3 * m + a] = source.colors()[3 * v + a];
          }
        }
        if (labels != null) {
          labels[m] = source.labels()[v];
        }
      }
    }
    int[] out = new int[3 * nf];
    int[] groups = source.faceGroups() == null ? null : new int[nf];
    for (int t = 0, k = 0; t < faceAlive.length; t++) {
      if (faceAlive[t]) {
        if (groups != null) {
          groups[k / 3] = source.faceGroups()[t];
        }
        for (int q = 0; q < 3; q++) {
          out[k++] = map[faces[3 * t + q]];
        }
      }
    }
    TriangleMesh.Builder b = TriangleMesh.builder().xyz(xyz).faces(out).labels(labels).colors(colors)
        .faceGroups(groups, groups == null ? null : source.groupNames());
    TriangleMesh m = b.build();
    return source.hasNormals() ? b.normals(VertexNormals.areaWeighted(m)).build() : m;
  }

  private static boolean[] boundaryVertices(int[] f, int n) {
    long[] e = new long[f.length];
    for (int t = 0; t < f.length; t += 3) {
      for (int q = 0; q < 3; q++) {
        e[t + q] = ((long) f[t + q] << 32) | (f[t + (q + 1) % 3] & 0xffffffffL);
      }
    }
    long[] sorted = e.clone();
    Arrays.sort(sorted);
    boolean[] out = new boolean[n];
    for (long d : e) {
      int a = (int) (d >>> 32);
      int b = (int) d;
      if (Arrays.binarySearch(sorted, ((long) b << 32) | (a & 0xffffffffL)) < 0) {
        out[a] = true;
        out[b] = true;
      }
    }
    return out;
  }

  private static double[] normal(double ax, double ay, double az, double bx, double by, double bz, double cx,
      double cy, double cz) {
    double ux = bx - ax;
    double uy = by - ay;
    double uz = bz - az;
    double vx = cx - ax;
    double vy = cy - ay;
    double vz = cz - az;
    return new double[] {uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx};
  }

  private static double dot(double[] a, double[] b) {
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
  }

  private static double dist2(double[] a, double[] b) {
    double x = a[0] - b[0];
    double y = a[1] - b[1];
    double z = a[2] - b[2];
    return x * x + y * y + z * z;
  }
}
