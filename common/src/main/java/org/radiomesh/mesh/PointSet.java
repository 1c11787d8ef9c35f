package org.radiomesh.mesh;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A set of 3D points with optional unit normals, on primitive arrays: what {@link SurfaceSampler} produces and what
 * the metrics compare. {@code xyz} holds x0, y0, z0, x1, ...; {@code normals}, if not null, has the same length.
 * Units are those of the source mesh (millimetres in radiomesh) or, after normalisation, the normalised units.
 *
 * <p>Like {@link TriangleMesh} it owns the arrays it is given: callers must not change them afterwards. Equality
 * compares array contents.
 */
public record PointSet(float[] xyz, float[] normals) implements Serializable {

  /** Checks the array lengths. */
  public PointSet {
    if (xyz == null || xyz.length % 3 != 0) {
      throw new IllegalArgumentException("xyz must be xyz triples, got "
          + (xyz == null ? "null" : xyz.length + " floats"));
    }
    if (normals != null && normals.length != xyz.length) {
      throw new IllegalArgumentException("normals length " + normals.length + ", expected " + xyz.length);
    }
  }

  /** The vertices of a mesh or point cloud (and its vertex normals if it has them), arrays shared, not copied. */
  public static PointSet of(TriangleMesh mesh) {
    return new PointSet(mesh.xyz(), mesh.normals());
  }

  public int size() {
    return xyz.length / 3;
  }

  public boolean hasNormals() {
    return normals != null;
  }

  /** This point set without normals. */
  public PointSet withoutNormals() {
    return normals == null ? this : new PointSet(xyz, null);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PointSet p && Arrays.equals(xyz, p.xyz) && Arrays.equals(normals, p.normals);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(xyz) + Arrays.hashCode(normals);
  }

  @Override
  public String toString() {
    return "PointSet[points=" + size() + ", normals=" + hasNormals() + "]";
  }
}
