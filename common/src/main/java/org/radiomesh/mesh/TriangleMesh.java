package org.radiomesh.mesh;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An indexed triangle mesh on primitive arrays, in the units of its source (radiomesh writes millimetres).
 *
 * <p>Vertices are {@code xyz} (x0, y0, z0, x1, ...), triangles are {@code faces} (three vertex indices each, counter
 * clockwise seen from outside). Optional per-vertex attributes: {@code normals} (3 floats), {@code colors} (RGB in
 * [0, 1], 3 floats) and {@code labels} (one int, for example an FDI tooth number, 0 = none). Optional per-face
 * {@code faceGroups} index into {@code groupNames} (OBJ {@code o}/{@code g} groups). A mesh with vertices and no faces
 * is a point cloud.
 *
 * <p>The arrays are not copied: a mesh owns the arrays it is built with, and callers must not change them afterwards.
 * Accessors return the same arrays, for speed; treat them as read-only.
 *
 * <pre>{@code
 * TriangleMesh tri = TriangleMesh.builder().xyz(new float[] {0,0,0, 1,0,0, 0,1,0}).faces(new int[] {0,1,2}).build();
 * }</pre>
 */
public final class TriangleMesh {
  private final float[] xyz;
  private final int[] faces;
  private final float[] normals;
  private final float[] colors;
  private final int[] labels;
  private final int[] faceGroups;
  private final List<String> groupNames;

  private TriangleMesh(Builder b) {
    this.xyz = b.xyz;
    this.faces = b.faces;
    this.normals = b.normals;
    this.colors = b.colors;
    this.labels = b.labels;
    this.faceGroups = b.faceGroups;
    this.groupNames = List.copyOf(b.groupNames);
  }

  /** A mesh of the given vertices and triangles, no attributes. */
  public static TriangleMesh of(float[] xyz, int[] faces) {
    return builder().xyz(xyz).faces(faces).build();
  }

  /** A point cloud (no faces). */
  public static TriangleMesh pointCloud(float[] xyz) {
    return builder().xyz(xyz).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder preset with this mesh's arrays, to derive a mesh that differs in some of them. */
  public Builder toBuilder() {
    return new Builder().xyz(xyz).faces(faces).normals(normals).colors(colors).labels(labels)
        .faceGroups(faceGroups, groupNames);
  }

  public int vertexCount() {
    return xyz.length / 3;
  }

  public int faceCount() {
    return faces.length / 3;
  }

  /** True when the mesh has vertices but no faces. */
  public boolean isPointCloud() {
    return faces.length == 0;
  }

  public boolean isEmpty() {
    return xyz.length == 0;
  }

  public float[] xyz() {
    return xyz;
  }

  public int[] faces() {
    return faces;
  }

  /** Per-vertex unit normals, or null. */
  public float[] normals() {
    return normals;
  }

  /** Per-vertex RGB colours in [0, 1], or null. */
  public float[] colors() {
    return colors;
  }

  /** Per-vertex integer labels, or null. */
  public int[] labels() {
    return labels;
  }

  /** Per-face group index into {@link #groupNames()}, or null. */
  public int[] faceGroups() {
    return faceGroups;
  }

  public List<String> groupNames() {
    return groupNames;
  }

  public boolean hasNormals() {
    return normals != null;
  }

  public boolean hasColors() {
    return colors != null;
  }

  public boolean hasLabels() {
    return labels != null;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof TriangleMesh m)) {
      return false;
    }
    return Arrays.equals(xyz, m.xyz) && Arrays.equals(faces, m.faces) && Arrays.equals(normals, m.normals)
        && Arrays.equals(colors, m.colors) && Arrays.equals(labels, m.labels)
        && Arrays.equals(faceGroups, m.faceGroups) && groupNames.equals(m.groupNames);
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(xyz), Arrays.hashCode(faces), Arrays.hashCode(labels));
  }

  @Override
  public String toString() {
    return "TriangleMesh[vertices=" + vertexCount() + ", faces=" + faceCount() + "]";
  }

  /** Builder; {@code xyz} is required, everything else optional. Validated in {@link #build()}. */
  public static final class Builder {
    private float[] xyz;
    private int[] faces = new int[0];
    private float[] normals;
    private float[] colors;
    private int[] labels;
    private int[] faceGroups;
    private List<String> groupNames = List.of();

    private Builder() {}

    public Builder xyz(float[] xyz) {
      this.xyz = xyz;
      return this;
    }

    public Builder faces(int[] faces) {
      this.faces = faces == null ? new int[0] : faces;
      return this;
    }

    public Builder normals(float[] normals) {
      this.normals = normals;
      return this;
    }

    public Builder colors(float[] colors) {
      this.colors = colors;
      return this;
    }

    public Builder labels(int[] labels) {
      this.labels = labels;
      return this;
    }

    public Builder faceGroups(int[] faceGroups, List<String> groupNames) {
      this.faceGroups = faceGroups;
      this.groupNames = groupNames == null ? List.of() : groupNames;
      return this;
    }

    /**
     * Checks array lengths and face indices.
     *
     * @throws IllegalArgumentException naming the first inconsistent array or face
     */
    public TriangleMesh build() {
      if (xyz == null) {
        throw new IllegalArgumentException("xyz is required");
      }
      if (xyz.length % 3 != 0) {
        throw new IllegalArgumentException("xyz length " + xyz.length + " is not a multiple of 3");
      }
      if (faces.length % 3 != 0) {
        throw new IllegalArgumentException("faces length " + faces.length + " is not a multiple of 3");
      }
      int n = xyz.length / 3;
      for (int i = 0; i < faces.length; i++) {
        if (faces[i] < 0 || faces[i] >= n) {
          throw new IllegalArgumentException("face " + (i / 3) + " has vertex index " + faces[i]
              + ", expected 0.." + (n - 1));
        }
      }
      checkLength("normals", normals, 3 * n);
      checkLength("colors", colors, 3 * n);
      if (labels != null && labels.length != n) {
        throw new IllegalArgumentException("labels length " + labels.length + ", expected " + n);
      }
      if (faceGroups != null) {
        if (faceGroups.length != faces.length / 3) {
          throw new IllegalArgumentException("faceGroups length " + faceGroups.length + ", expected "
              + faces.length / 3);
        }
        for (int g : faceGroups) {
          if (g < 0 || g >= groupNames.size()) {
            throw new IllegalArgumentException("face group " + g + " has no name (" + groupNames.size() + " names)");
          }
        }
      }
      return new TriangleMesh(this);
    }

    private static void checkLength(String name, float[] a, int expected) {
      if (a != null && a.length != expected) {
        throw new IllegalArgumentException(name + " length " + a.length + ", expected " + expected);
      }
    }
  }

  /**
   * The meshes as one mesh: vertices and faces appended in order (face indices shifted), vertex labels kept where a
   * mesh has them and 0 where it has none; colours and normals are dropped. One mesh is returned as it is. O(total
   * size).
   *
   * @throws IllegalArgumentException when {@code meshes} is empty
   */
  public static TriangleMesh concat(List<TriangleMesh> meshes) {
    if (meshes.isEmpty()) {
      throw new IllegalArgumentException("no mesh to concatenate");
    }
    if (meshes.size() == 1) {
      return meshes.get(0);
    }
    int nv = 0;
    int nf = 0;
    for (TriangleMesh m : meshes) {
      nv += m.vertexCount();
      nf += m.faceCount();
    }
    float[] xyz = new float[3 * nv];
    int[] faces = new int[3 * nf];
    int[] labels = new int[nv];
    int v = 0;
    int f = 0;
    for (TriangleMesh m : meshes) {
      System.arraycopy(m.xyz(), 0, xyz, 3 * v, 3 * m.vertexCount());
      if (m.hasLabels()) {
        System.arraycopy(m.labels(), 0, labels, v, m.vertexCount());
      }
      int[] mf = m.faces();
      for (int i = 0; i < mf.length; i++) {
        faces[3 * f + i] = mf[i] + v;
      }
      v += m.vertexCount();
      f += m.faceCount();
    }
    return builder().xyz(xyz).faces(faces).labels(labels).build();
  }
}
