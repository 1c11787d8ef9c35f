package org.radiomesh.surface;

/**
 * A scalar field sampled on a regular grid: {@code values[x + nx * (y + ny * z)]} (x fastest) is the value at the
 * point {@code (ox + x·sx, oy + y·sy, oz + z·sz)}, in the grid's world units (radiomesh uses millimetres).
 *
 * <p>The values array is not copied; callers must not change it while a grid built on it is in use. Equality is
 * identity (grids are large; compare their arrays explicitly when needed).
 *
 * @param values nx·ny·nz samples, x fastest
 * @param nx number of samples along x (at least 1)
 * @param ny number of samples along y
 * @param nz number of samples along z
 * @param sx sample spacing along x (positive)
 * @param sy sample spacing along y
 * @param sz sample spacing along z
 * @param ox world x of sample (0, 0, 0)
 * @param oy world y of sample (0, 0, 0)
 * @param oz world z of sample (0, 0, 0)
 */
public record ScalarGrid(float[] values, int nx, int ny, int nz, double sx, double sy, double sz,
                         double ox, double oy, double oz) {

  public ScalarGrid {
    if (nx < 1 || ny < 1 || nz < 1) {
      throw new IllegalArgumentException("grid size " + nx + "x" + ny + "x" + nz + ", expected at least 1 each");
    }
    if ((long) nx * ny * nz != values.length) {
      throw new IllegalArgumentException("grid " + nx + "x" + ny + "x" + nz + " needs " + (long) nx * ny * nz
          + " values, got " + values.length);
    }
    if (!(sx > 0 && sy > 0 && sz > 0)) {
      throw new IllegalArgumentException("spacing " + sx + ", " + sy + ", " + sz + ": expected positive values");
    }
  }

  /** A grid with unit spacing and its first sample at the origin. */
  public static ScalarGrid unit(float[] values, int nx, int ny, int nz) {
    return new ScalarGrid(values, nx, ny, nz, 1, 1, 1, 0, 0, 0);
  }

  /** A grid with isotropic spacing {@code h} and its first sample at {@code origin} (x, y, z). */
  public static ScalarGrid of(float[] values, int nx, int ny, int nz, double h, double[] origin) {
    return new ScalarGrid(values, nx, ny, nz, h, h, h, origin[0], origin[1], origin[2]);
  }

  /** Index of sample (x, y, z) in {@link #values()}. */
  public int index(int x, int y, int z) {
    return x + nx * (y + ny * z);
  }

  public float value(int x, int y, int z) {
    return values[index(x, y, z)];
  }

  @Override
  public boolean equals(Object o) {
    return this == o;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }

  @Override
  public String toString() {
    return "ScalarGrid[" + nx + "x" + ny + "x" + nz + ", spacing " + sx + "," + sy + "," + sz + "]";
  }
}
