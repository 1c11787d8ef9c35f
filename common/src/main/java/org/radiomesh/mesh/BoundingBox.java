package org.radiomesh.mesh;

/**
 * An axis-aligned box in mesh units, min and max corners inclusive. The empty box ({@link #EMPTY}, the bounds of no
 * points) has min = +∞ and max = −∞ on every axis, so that it is the neutral element of {@link #union}; test it with
 * {@link #isEmpty()} before reading sizes. O(1) per operation.
 */
public record BoundingBox(double minX, double minY, double minZ, double maxX, double maxY, double maxZ) {

  /** The bounds of no points. */
  public static final BoundingBox EMPTY = new BoundingBox(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
      Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY);

  /** The bounds of the points in {@code xyz} (x0, y0, z0, x1, ...), {@link #EMPTY} when there are none. O(n). */
  public static BoundingBox of(float[] xyz) {
    if (xyz.length == 0) {
      return EMPTY;
    }
    float minX = Float.POSITIVE_INFINITY;
    float minY = Float.POSITIVE_INFINITY;
    float minZ = Float.POSITIVE_INFINITY;
    float maxX = Float.NEGATIVE_INFINITY;
    float maxY = Float.NEGATIVE_INFINITY;
    float maxZ = Float.NEGATIVE_INFINITY;
    for (int i = 0; i + 2 < xyz.length; i += 3) {
      float x = xyz[i];
      float y = xyz[i + 1];
      float z = xyz[i + 2];
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      minZ = Math.min(minZ, z);
      maxX = Math.max(maxX, x);
      maxY = Math.max(maxY, y);
      maxZ = Math.max(maxZ, z);
    }
    return new BoundingBox(minX, minY, minZ, maxX, maxY, maxZ);
  }

  /** True for the bounds of no points. */
  public boolean isEmpty() {
    return minX > maxX || minY > maxY || minZ > maxZ;
  }

  /** The smallest box holding both. */
  public BoundingBox union(BoundingBox o) {
    return new BoundingBox(Math.min(minX, o.minX), Math.min(minY, o.minY), Math.min(minZ, o.minZ),
        Math.max(maxX, o.maxX), Math.max(maxY, o.maxY), Math.max(maxZ, o.maxZ));
  }

  public double sizeX() {
    return maxX - minX;
  }

  public double sizeY() {
    return maxY - minY;
  }

  public double sizeZ() {
    return maxZ - minZ;
  }

  /** The length of the main diagonal. */
  public double diagonal() {
    return Math.sqrt(sizeX() * sizeX() + sizeY() * sizeY() + sizeZ() * sizeZ());
  }

  /** The longest of the three sides (Mesh R-CNN scales meshes so that this is 10). */
  public double longestSide() {
    return Math.max(sizeX(), Math.max(sizeY(), sizeZ()));
  }

  /** {centre x, centre y, centre z}. */
  public double[] center() {
    return new double[] {(minX + maxX) / 2, (minY + maxY) / 2, (minZ + maxZ) / 2};
  }

  /** {minX, minY, minZ, maxX, maxY, maxZ}. */
  public double[] toArray() {
    return new double[] {minX, minY, minZ, maxX, maxY, maxZ};
  }
}
