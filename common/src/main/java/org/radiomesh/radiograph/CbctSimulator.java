package org.radiomesh.radiograph;

import org.radiomesh.anatomy.Material;
import org.radiomesh.anatomy.MaterialField;

/**
 * Simulates a CBCT volume of a {@link MaterialField}: each voxel holds the CT number ({@link Material#hounsfield()})
 * of the material at its sub-voxel sample points, averaged (partial-volume antialiasing), plus optional Gaussian noise.
 * It does not reconstruct from projections, so there are no cone-beam or metal artefacts.
 *
 * <p>Conventions: see {@link CbctVolume}; the grid starts at the bounds' minimum corner and has ceil(size / voxel)
 * voxels per axis. Values are rounded to whole HU and clamped to [−1024, 32767]. Noise for slice k comes from a stream
 * derived from (seed, k); the result does not depend on the thread count. Cost: the field is sampled slab by slab
 * (8 output slices at a time, bounding memory to a few MB) through {@link MaterialVolume} at voxel / supersampling,
 * then O(voxels × supersampling³) to average.
 *
 * <pre>{@code
 * CbctVolume ct = CbctSimulator.simulate(patient, CbctOptions.defaults());
 * }</pre>
 */
public final class CbctSimulator {
  private static final int SLAB = 8;

  private CbctSimulator() {}

  /** Simulates the volume over {@code options.bounds()}, else the field's bounds. */
  public static CbctVolume simulate(MaterialField field, CbctOptions options) {
    double[] b = options.bounds() != null ? options.bounds() : field.bounds();
    double v = options.voxelMm();
    long nxl = Math.max(1, (long) Math.ceil((b[3] - b[0]) / v));
    long nyl = Math.max(1, (long) Math.ceil((b[4] - b[1]) / v));
    long nzl = Math.max(1, (long) Math.ceil((b[5] - b[2]) / v));
    if (nxl * nyl * nzl > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("CBCT of " + nxl + "×" + nyl + "×" + nzl + " voxels is too large");
    }
    int nx = (int) nxl;
    int ny = (int) nyl;
    int nz = (int) nzl;
    int ss = options.supersampling();
    short[] hu = new short[nx * ny * nz];
    int[] table = new int[Material.values().length];
    for (Material m : Material.values()) {
      table[m.code()] = m.hounsfield();
    }
    VolumeSampling sampling = options.sampling();
    double inverse = 1.0 / (ss * ss * ss);
    for (int k0 = 0; k0 < nz; k0 += SLAB) {
      int k1 = Math.min(nz, k0 + SLAB);
      double[] origin = {b[0], b[1], b[2] + k0 * v};
      MaterialVolume sub = MaterialVolume.sample(field, origin, nx * ss, ny * ss, (k1 - k0) * ss, sampling);
      byte[] codes = sub.materialCodes();
      for (int k = k0; k < k1; k++) {
        NoiseSource noise = NoiseSource.forStream(options.seed(), k);
        for (int j = 0; j < ny; j++) {
          for (int i = 0; i < nx; i++) {
            long sum = 0;
            for (int dj = 0; dj < ss; dj++) {
              for (int di = 0; di < ss; di++) {
                int base = sub.index(i * ss + di, j * ss + dj, (k - k0) * ss);
                for (int dk = 0; dk < ss; dk++) {
                  sum += table[codes[base + dk]];
                }
              }
            }
            double value = sum * inverse;
            if (options.noiseHu() > 0) {
              value += options.noiseHu() * noise.nextGaussian();
            }
            hu[(k * ny + j) * nx + i] = (short) Math.max(-1024, Math.min(Short.MAX_VALUE, Math.round(value)));
          }
        }
      }
    }
    return new CbctVolume(nx, ny, nz, new double[] {b[0], b[1], b[2]}, v, hu, options);
  }
}
