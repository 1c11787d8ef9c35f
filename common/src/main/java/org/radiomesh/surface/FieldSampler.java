package org.radiomesh.surface;

/**
 * Samples an {@link ImplicitField} on a regular grid covering a box, for {@link MarchingCubes}.
 *
 * <p>With a block size {@code b > 1} the sampler first evaluates the field on the corners of b×b×b-voxel blocks; a block
 * whose corner values all exceed (in absolute value, same sign) the block's half diagonal times {@code lipschitz}
 * cannot hold the surface of a field with that Lipschitz bound, so its samples are filled by trilinear interpolation of
 * the corners (same sign everywhere, no crossing) instead of being evaluated. Only blocks near the surface are
 * evaluated in full. With {@code b = 1} every sample is evaluated.
 *
 * <p>Conventions: the grid's first sample is at the box minimum; sample spacing is {@code h} on all axes; the grid
 * spans at least the box (rounded up to whole voxels). Cost: O(N / b³ + S) field evaluations, N samples, S samples in
 * blocks near the surface (O(area / h²) · b for smooth surfaces); memory 4N bytes.
 */
public final class FieldSampler {
  private final int block;
  private final double lipschitz;

  /**
   * @param block block edge in voxels (1 = evaluate everything; 4 is a good default)
   * @param lipschitz assumed Lipschitz bound of the field (1 for an exact distance; larger is safer and slower)
   */
  public FieldSampler(int block, double lipschitz) {
    if (block < 1) {
      throw new IllegalArgumentException("block " + block + ", expected >= 1");
    }
    if (!(lipschitz > 0)) {
      throw new IllegalArgumentException("lipschitz bound " + lipschitz + ", expected > 0");
    }
    this.block = block;
    this.lipschitz = lipschitz;
  }

  /** A sampler with 4-voxel blocks and a Lipschitz bound of 1.5. */
  public static FieldSampler defaults() {
    return new FieldSampler(4, 1.5);
  }

  /**
   * The field sampled with spacing {@code h} over the box {min, max} (6 values: minX, minY, minZ, maxX, maxY, maxZ).
   */
  public ScalarGrid sample(ImplicitField f, double[] box, double h) {
    if (!(h > 0)) {
      throw new IllegalArgumentException("voxel size " + h + ", expected > 0");
    }
    int nx = (int) Math.ceil((box[3] - box[0]) / h) + 1;
    int ny = (int) Math.ceil((box[4] - box[1]) / h) + 1;
    int nz = (int) Math.ceil((box[5] - box[2]) / h) + 1;
    if ((long) nx * ny * nz > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("grid " + nx + "x" + ny + "x" + nz + " too large for voxel size " + h);
    }
    float[] v = new float[nx * ny * nz];
    double ox = box[0];
    double oy = box[1];
    double oz = box[2];
    if (block == 1) {
      for (int z = 0, i = 0; z < nz; z++) {
        for (int y = 0; y < ny; y++) {
          for (int x = 0; x < nx; x++, i++) {
            v[i] = (float) f.value(ox + x * h, oy + y * h, oz + z * h);
          }
        }
      }
      return new ScalarGrid(v, nx, ny, nz, h, h, h, ox, oy, oz);
    }
    int bx = (nx - 2) / block + 2;
    int by = (ny - 2) / block + 2;
    int bz = (nz - 2) / block + 2;
    float[] c = new float[bx * by * bz];
    for (int k = 0, i = 0; k < bz; k++) {
      for (int j = 0; j < by; j++) {
        for (int q = 0; q < bx; q++, i++) {
          c[i] = (float) f.value(ox + q * block * h, oy + j * block * h, oz + k * block * h);
        }
      }
    }
    double margin = lipschitz * 0.5 * Math.sqrt(3) * block * h;
    for (int k = 0; k < bz - 1; k++) {
      for (int j = 0; j < by - 1; j++) {
        for (int q = 0; q < bx - 1; q++) {
          fillBlock(f, v, c, nx, ny, nz, bx, by, q, j, k, h, ox, oy, oz, margin);
        }
      }
    }
    return new ScalarGrid(v, nx, ny, nz, h, h, h, ox, oy, oz);
  }

  private void fillBlock(ImplicitField f, float[] v, float[] c, int nx, int ny, int nz, int bx, int by,
                         int q, int j, int k, double h, double ox, double oy, double oz, double margin) {
    int b = block;
    int c0 = q + bx * (j + by * k);
    float v000 = c[c0];
    float v100 = c[c0 + 1];
    float v010 = c[c0 + bx];
    float v110 = c[c0 + bx + 1];
    float v001 = c[c0 + bx * by];
    float v101 = c[c0 + bx * by + 1];
    float v011 = c[c0 + bx * by + bx];
    float v111 = c[c0 + bx * by + bx + 1];
    float lo = Math.min(Math.min(Math.min(v000, v100), Math.min(v010, v110)),
        Math.min(Math.min(v001, v101), Math.min(v011, v111)));
    float hi = Math.max(Math.max(Math.max(v000, v100), Math.max(v010, v110)),
        Math.max(Math.max(v001, v101), Math.max(v011, v111)));
    // Every block point is within half a diagonal of the block centre, hence of some corner: no sign change possible.
    boolean far = lo > margin || hi < -margin;
    int x0 = q * b;
    int y0 = j * b;
    int z0 = k * b;
    int x1 = Math.min(x0 + b, nx - 1);
    int y1 = Math.min(y0 + b, ny - 1);
    int z1 = Math.min(z0 + b, nz - 1);
    for (int z = z0; z <= z1; z++) {
      float tz = (float) (z - z0) / b;
      for (int y = y0; y <= y1; y++) {
        float ty = (float) (y - y0) / b;
        int row = nx * (y + ny * z);
        for (int x = x0; x <= x1; x++) {
          if (far) {
            float tx = (float) (x - x0) / b;
            float a = v000 + tx * (v100 - v000);
            float bb = v010 + tx * (v110 - v010);
            float cc = v001 + tx * (v101 - v001);
            float d = v011 + tx * (v111 - v011);
            float e = a + ty * (bb - a);
            float g = cc + ty * (d - cc);
            v[row + x] = e + tz * (g - e);
          } else {
            v[row + x] = (float) f.value(ox + x * h, oy + y * h, oz + z * h);
          }
        }
      }
    }
  }
}
