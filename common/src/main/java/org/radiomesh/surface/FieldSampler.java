package org.radiomesh.surface;

import java.util.Arrays;

/**
 * Samples an {@link ImplicitField} on a regular grid covering a box, for {@link MarchingCubes}, evaluating the field
 * only near its zero level when the field has a known Lipschitz bound.
 *
 * <p>Hierarchical narrow band: the field is evaluated on the corners of blocks of {@code block}³ voxels (a power of
 * two); a block whose corner values all have the same sign and exceed its half diagonal times {@code lipschitz} in
 * absolute value cannot hold the zero level, so its samples are filled by trilinear interpolation of its corners (same
 * sign, no crossing for marching cubes); any other block is split into eight halves whose new corners are evaluated,
 * down to single voxels. Only samples within a few voxels of the surface are evaluated. With {@code block = 1} every
 * sample is evaluated (use that for fields without a Lipschitz bound, such as indicators).
 *
 * <p>Conventions: the grid's first sample is at the box minimum, spacing {@code h} on all axes, and the grid spans at
 * least the box: each axis is rounded up to a whole number of blocks. Samples where the field returns NaN stay NaN
 * (outside, for marching cubes). Single-threaded; the field is called from the calling thread only.
 *
 * <p>Cost: O(N / block³ + S) field evaluations, N samples and S samples within about 4 voxels of the surface;
 * memory 4N bytes.
 */
public final class FieldSampler {
  private final int block;
  private final double lipschitz;

  /**
   * @param block block edge in voxels, a power of two (1 = evaluate everything; 8 is a good default)
   * @param lipschitz assumed Lipschitz bound of the field (1 for an exact distance; larger is safer and slower)
   */
  public FieldSampler(int block, double lipschitz) {
    if (block < 1 || Integer.bitCount(block) != 1) {
      throw new IllegalArgumentException("block " + block + ", expected a power of two >= 1");
    }
    if (!(lipschitz > 0)) {
      throw new IllegalArgumentException("lipschitz bound " + lipschitz + ", expected > 0");
    }
    this.block = block;
    this.lipschitz = lipschitz;
  }

  /** A sampler with 8-voxel blocks and a Lipschitz bound of 1.5. */
  public static FieldSampler defaults() {
    return new FieldSampler(8, 1.5);
  }

  /**
   * The field sampled with spacing {@code h} over the box {minX, minY, minZ, maxX, maxY, maxZ}.
   */
  public ScalarGrid sample(ImplicitField f, double[] box, double h) {
    if (!(h > 0)) {
      throw new IllegalArgumentException("voxel size " + h + ", expected > 0");
    }
    int nx = cells(box[3] - box[0], h) + 1;
    int ny = cells(box[4] - box[1], h) + 1;
    int nz = cells(box[5] - box[2], h) + 1;
    if ((long) nx * ny * nz > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("grid " + nx + "x" + ny + "x" + nz + " too large for voxel size " + h);
    }
    float[] v = new float[nx * ny * nz];
    Run run = new Run(f, v, nx, ny, h, box[0], box[1], box[2]);
    if (block == 1) {
      for (int z = 0, i = 0; z < nz; z++) {
        for (int y = 0; y < ny; y++) {
          for (int x = 0; x < nx; x++, i++) {
            v[i] = (float) f.value(box[0] + x * h, box[1] + y * h, box[2] + z * h);
          }
        }
      }
    } else {
      Arrays.fill(v, Float.NaN);
      run.evaluated = new boolean[v.length];
      for (int z = 0; z < nz - 1; z += block) {
        for (int y = 0; y < ny - 1; y += block) {
          for (int x = 0; x < nx - 1; x += block) {
            run.refine(x, y, z, block);
          }
        }
      }
    }
    return new ScalarGrid(v, nx, ny, nz, h, h, h, box[0], box[1], box[2]);
  }

  private int cells(double extent, double h) {
    int n = Math.max(1, (int) Math.ceil(extent / h - 1e-9));
    return (n + block - 1) / block * block;
  }

  /** One sampling pass: the grid, which samples were evaluated, and the recursive refinement. */
  private final class Run {
    private final ImplicitField f;
    private final float[] v;
    private final int nx;
    private final int nxy;
    private final double h;
    private final double ox;
    private final double oy;
    private final double oz;
    private boolean[] evaluated;

    Run(ImplicitField f, float[] v, int nx, int ny, double h, double ox, double oy, double oz) {
      this.f = f;
      this.v = v;
      this.nx = nx;
      this.nxy = nx * ny;
      this.h = h;
      this.ox = ox;
      this.oy = oy;
      this.oz = oz;
    }

    private float at(int x, int y, int z) {
      int i = x + nx * y + nxy * z;
      if (!evaluated[i]) {
        v[i] = (float) f.value(ox + x * h, oy + y * h, oz + z * h);
        evaluated[i] = true;
      }
      return v[i];
    }

    void refine(int x0, int y0, int z0, int b) {
      float c000 = at(x0, y0, z0);
      float c100 = at(x0 + b, y0, z0);
      float c010 = at(x0, y0 + b, z0);
      float c110 = at(x0 + b, y0 + b, z0);
      float c001 = at(x0, y0, z0 + b);
      float c101 = at(x0 + b, y0, z0 + b);
      float c011 = at(x0, y0 + b, z0 + b);
      float c111 = at(x0 + b, y0 + b, z0 + b);
      if (b == 1) {
        return;
      }
      float lo = Math.min(Math.min(Math.min(c000, c100), Math.min(c010, c110)),
          Math.min(Math.min(c001, c101), Math.min(c011, c111)));
      float hi = Math.max(Math.max(Math.max(c000, c100), Math.max(c010, c110)),
          Math.max(Math.max(c001, c101), Math.max(c011, c111)));
      double margin = lipschitz * 0.5 * Math.sqrt(3) * b * h;
      // Every point of the block lies within half a diagonal of a corner: no sign change is possible.
      if (lo > margin || hi < -margin) {
        interpolate(x0, y0, z0, b, c000, c100, c010, c110, c001, c101, c011, c111);
        return;
      }
      int s = b / 2;
      for (int k = 0; k < 8; k++) {
        refine(x0 + ((k & 1) == 0 ? 0 : s), y0 + ((k & 2) == 0 ? 0 : s), z0 + ((k & 4) == 0 ? 0 : s), s);
      }
    }

    private void interpolate(int x0, int y0, int z0, int b, float c000, float c100, float c010, float c110,
                             float c001, float c101, float c011, float c111) {
      for (int z = 0; z <= b; z++) {
        float tz = (float) z / b;
        for (int y = 0; y <= b; y++) {
          float ty = (float) y / b;
          int row = x0 + nx * (y0 + y) + nxy * (z0 + z);
          for (int x = 0; x <= b; x++) {
            if (evaluated[row + x]) {
              continue;
            }
            float tx = (float) x / b;
            float a = c000 + tx * (c100 - c000);
            float bb = c010 + tx * (c110 - c010);
            float c = c001 + tx * (c101 - c001);
            float d = c011 + tx * (c111 - c011);
            float e = a + ty * (bb - a);
            float g = c + ty * (d - c);
            v[row + x] = e + tz * (g - e);
          }
        }
      }
    }
  }
}
