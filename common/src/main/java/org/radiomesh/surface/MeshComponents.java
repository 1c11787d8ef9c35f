package org.radiomesh.surface;

import org.radiomesh.mesh.TriangleMesh;

/**
 * Connected components of a triangle mesh and the sub-meshes made of some of them: the largest component, or the
 * components with at least a given number of faces (to drop the specks that marching cubes makes of noise).
 *
 * <p>Conventions: two faces are connected when they share a vertex index (transitively); vertices used by no face
 * belong to no component and are dropped from the sub-meshes. Sub-meshes keep vertex attributes (normals, colours,
 * labels) and face groups, renumber vertices in their original order and keep faces in theirs.
 *
 * <p>Cost: O(F α(V)) with union-find, O(V + F) to build a sub-mesh.
 */
public final class MeshComponents {
  private MeshComponents() {}

  /** Component index of each face, 0..k−1, numbered in order of each component's first face. */
  public static int[] faceComponents(TriangleMesh mesh) {
    int[] f = mesh.faces();
    int[] parent = new int[mesh.vertexCount()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int t = 0; t < f.length; t += 3) {
      union(parent, f[t], f[t + 1]);
      union(parent, f[t], f[t + 2]);
    }
    int[] id = new int[parent.length];
    java.util.Arrays.fill(id, -1);
    int[] comp = new int[f.length / 3];
    int k = 0;
    for (int t = 0; t < comp.length; t++) {
      int r = find(parent, f[3 * t]);
      if (id[r] < 0) {
        id[r] = k++;
      }
      comp[t] = id[r];
    }
    return comp;
  }

  /** Number of components (0 for a mesh without faces). */
  public static int count(TriangleMesh mesh) {
    int max = -1;
    for (int c : faceComponents(mesh)) {
      max = Math.max(max, c);
    }
    return max + 1;
  }

  /** The component with the most faces (the first of equals); an empty mesh for a mesh without faces. */
  public static TriangleMesh largest(TriangleMesh mesh) {
    int[] comp = faceComponents(mesh);
    int[] size = sizes(comp);
    int best = 0;
    for (int c = 1; c < size.length; c++) {
      if (size[c] > size[best]) {
        best = c;
      }
    }
    boolean[] keep = new boolean[comp.length];
    for (int t = 0; t < comp.length; t++) {
      keep[t] = comp[t] == best;
    }
    return keepFaces(mesh, keep);
  }

  /** The components with at least {@code minFaces} faces. */
  public static TriangleMesh withAtLeast(TriangleMesh mesh, int minFaces) {
    int[] comp = faceComponents(mesh);
    int[] size = sizes(comp);
    boolean[] keep = new boolean[comp.length];
    for (int t = 0; t < comp.length; t++) {
      keep[t] = size[comp[t]] >= minFaces;
    }
    return keepFaces(mesh, keep);
  }

  /** The sub-mesh of the faces with {@code keep[face]} set and the vertices they use. */
  public static TriangleMesh keepFaces(TriangleMesh mesh, boolean[] keep) {
    int[] f = mesh.faces();
    if (keep.length != f.length / 3) {
      throw new IllegalArgumentException("keep has " + keep.length + " entries, expected " + f.length / 3);
    }
    int[] map = new int[mesh.vertexCount()];
    java.util.Arrays.fill(map, -1);
    int faces = 0;
    for (int t = 0; t < keep.length; t++) {
      if (keep[t]) {
        faces++;
        for (int q = 0; q < 3; q++) {
          map[f[3 * t + q]] = 0;
        }
      }
    }
    int nv = 0;
    for (int v = 0; v < map.length; v++) {
      if (map[v] == 0) {
        map[v] = nv++;
      }
    }
    int[] nf = new int[3 * faces];
    int[] groups = mesh.faceGroups() == null ? null : new int[faces];
    for (int t = 0, o = 0; t < keep.length; t++) {
      if (keep[t]) {
        if (groups != null) {
          groups[o / 3] = mesh.faceGroups()[t];
        }
        for (int q = 0; q < 3; q++) {
          nf[o++] = map[f[3 * t + q]];
        }
      }
    }
    TriangleMesh.Builder b = TriangleMesh.builder().xyz(pick(mesh.xyz(), map, nv, 3)).faces(nf)
        .normals(pick(mesh.normals(), map, nv, 3)).colors(pick(mesh.colors(), map, nv, 3))
        .faceGroups(groups, mesh.groupNames());
    if (mesh.labels() != null) {
      int[] l = new int[nv];
      for (int v = 0; v < map.length; v++) {
        if (map[v] >= 0) {
          l[map[v]] = mesh.labels()[v];
        }
      }
      b.labels(l);
    }
    return b.build();
  }

  private static float[] pick(float[] a, int[] map, int nv, int width) {
    if (a == null) {
      return null;
    }
    float[] out = new float[nv * width];
    for (int v = 0; v < map.length; v++) {
      if (map[v] >= 0) {
        System.arraycopy(a, v * width, out, map[v] * width, width);
      }
    }
    return out;
  }

  private static int[] sizes(int[] comp) {
    int k = 0;
    for (int c : comp) {
      k = Math.max(k, c + 1);
    }
    int[] size = new int[k];
    for (int c : comp) {
      size[c]++;
    }
    return size;
  }

  private static int find(int[] parent, int v) {
    while (parent[v] != v) {
      parent[v] = parent[parent[v]];
      v = parent[v];
    }
    return v;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
