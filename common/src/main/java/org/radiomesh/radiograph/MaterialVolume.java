package org.radiomesh.radiograph;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.IntStream;
import org.radiomesh.anatomy.Material;
import org.radiomesh.anatomy.MaterialField;

/**
 * A {@link MaterialField} sampled on a regular voxel grid: one material code and one FDI tooth number per voxel, the
 * input of the ray casters and of the CBCT volume. Sampling is adaptive, because {@link MaterialField#materialAt} is
 * the expensive part of a simulation.
 *
 * <p>Conventions: millimetres; voxel (i, j, k) is the cube of side {@link #voxelMm()} whose centre is
 * {@code origin + (i + ½, j + ½, k + ½)·voxel}, and holds the field's values at that centre. Arrays are indexed
 * {@code (j·nx + i)·nz + k}: z fastest, so that a vertical column of voxels is contiguous (the panoramic caster reads
 * along z; see {@link #index}). Material codes are {@link Material#code()}; tooth 0 means "no tooth".
 *
 * <p>Adaptive sampling (an octree over the grid): cells of {@code block} voxels per axis (a power of two) are read at
 * their 8 corner voxels; a cell whose corners agree (material and tooth) is filled with that value, any other cell is
 * split in 8 and its children treated alike, down to single voxels. Cells inside one tooth are split down to
 * {@code toothBlock} voxels whatever their corners say, so that canals, lesions and fillings are found at that finer
 * spacing, and so are cells in the caller's detail boxes (for example the teeth's bounds, so that root tips between
 * coarse lattice points are found); optionally air/soft-tissue cells are not refined (see {@link VolumeSampling}).
 * {@code toothAt} is only asked where the material can belong to a tooth (not air, soft tissue, bone or a periapical
 * lesion).
 *
 * <p>Accuracy: a structure holding a corner of its cell's lattice is found, which every structure wider than
 * √3 × block voxels (√3 × toothBlock inside teeth and detail boxes) in every direction does; thinner ones lying
 * wholly between lattice points (slivers, the thin wedge where two surfaces meet at a sharp angle) can be missed or
 * thinned, and a surface bulging into a cell between its corners can be off by one voxel. On random sphere phantoms fewer than 1 voxel in
 * 10⁴ differs from reading every voxel, each within one voxel of a surface ({@code MaterialVolumeTest}). With
 * block = 1 every voxel is read. Cost: O(N/block³ + S) field reads for N voxels and S voxels near material boundaries
 * (plus N/toothBlock³ inside teeth and detail boxes); memory 2 bytes per voxel. The result does not depend on the thread count.
 *
 * <pre>{@code
 * MaterialVolume v = MaterialVolume.sample(patient, patient.bounds(), new VolumeSampling(0.25, 4, 2, true, 1));
 * }</pre>
 */
public final class MaterialVolume {
  /** Materials that are never part of a tooth, so {@code toothAt} is not asked there. */
  private static final boolean[] TOOTH_TISSUE = new boolean[Material.values().length];
  private static final int AIR = Material.AIR.code();
  private static final int SOFT_TISSUE = Material.SOFT_TISSUE.code();
  /** Flag bit on a tooth byte while sampling: the voxel has been read from the field (FDI numbers are below 64). */
  private static final int KNOWN = 0x80;

  static {
    for (Material m : Material.values()) {
      TOOTH_TISSUE[m.code()] = !(m == Material.AIR || m == Material.SOFT_TISSUE || m == Material.BONE
          || m == Material.PERIAPICAL_LESION);
    }
  }

  private final int nx;
  private final int ny;
  private final int nz;
  private final double[] origin;
  private final double voxelMm;
  private final byte[] materials;
  private final byte[] teeth;
  private final long fieldReads;

  private MaterialVolume(Sampler s) {
    this.nx = s.nx;
    this.ny = s.ny;
    this.nz = s.nz;
    this.origin = s.origin;
    this.voxelMm = s.voxel;
    this.materials = s.materials;
    this.teeth = s.teeth;
    this.fieldReads = s.reads.sum();
  }

  /**
   * Samples {@code field} over the box {@code bounds} ({minX, minY, minZ, maxX, maxY, maxZ}, mm; usually
   * {@code field.bounds()}) as {@code sampling} says.
   */
  public static MaterialVolume sample(MaterialField field, double[] bounds, VolumeSampling sampling) {
    if (bounds.length != 6 || !(bounds[3] > bounds[0] && bounds[4] > bounds[1] && bounds[5] > bounds[2])) {
      throw new IllegalArgumentException("bounds " + java.util.Arrays.toString(bounds)
          + ", expected {minX, minY, minZ, maxX, maxY, maxZ} with max > min");
    }
    double voxelMm = sampling.voxelMm();
    long nx = Math.max(1, (long) Math.ceil((bounds[3] - bounds[0]) / voxelMm));
    long ny = Math.max(1, (long) Math.ceil((bounds[4] - bounds[1]) / voxelMm));
    long nz = Math.max(1, (long) Math.ceil((bounds[5] - bounds[2]) / voxelMm));
    if (nx * ny * nz > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("volume of " + nx + "×" + ny + "×" + nz
          + " voxels is too large; raise voxelMm");
    }
    return sample(field, new double[] {bounds[0], bounds[1], bounds[2]}, (int) nx, (int) ny, (int) nz, sampling);
  }

  /**
   * Samples {@code field} on the grid of nx × ny × nz voxels of {@code sampling.voxelMm()} whose minimum corner is
   * {@code origin} ({x, y, z}, mm).
   */
  public static MaterialVolume sample(MaterialField field, double[] origin, int nx, int ny, int nz,
      VolumeSampling sampling) {
    if (origin.length != 3 || nx < 1 || ny < 1 || nz < 1 || (long) nx * ny * nz > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("grid " + nx + "×" + ny + "×" + nz + " at " + java.util.Arrays.toString(
          origin) + ", expected a 3D origin and 1 <= voxels < 2^31");
    }
    Sampler s = new Sampler(field, nx, ny, nz, origin.clone(), sampling);
    int block = sampling.block();
    int threads = sampling.threads();
    int slabs = (nz + block - 1) / block;
    // A voxel ends up exact if any cell read it (as a corner), else with its own leaf cell's fill value, whatever the
    // order: fills skip read voxels and reads overwrite fills. Slabs touch only their neighbours' boundary planes, so
    // even slabs run together, then odd ones, and no voxel is filled and read at the same time.
    run(threads, (slabs + 1) / 2, k -> s.slab(2 * k));
    run(threads, slabs / 2, k -> s.slab(2 * k + 1));
    for (int i = 0; i < s.teeth.length; i++) {
      s.teeth[i] &= ~KNOWN;
    }
    return new MaterialVolume(s);
  }

  private static void run(int threads, int count, java.util.function.IntConsumer body) {
    if (threads == 1) {
      for (int i = 0; i < count; i++) {
        body.accept(i);
      }
      return;
    }
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      pool.submit(() -> IntStream.range(0, count).parallel().forEach(body)).join();
    } finally {
      pool.shutdown();
    }
  }

  /** Octree sampling state over the voxel arrays. */
  private static final class Sampler {
    final MaterialField field;
    final int nx, ny, nz, block, toothBlock;
    final boolean coarseSoftTissue;
    /** Detail boxes in voxel index space: {i0, j0, k0, i1, j1, k1} inclusive, per box. */
    final int[] detail;
    final double[] origin;
    final double voxel;
    final byte[] materials, teeth;
    final LongAdder reads = new LongAdder();

    Sampler(MaterialField field, int nx, int ny, int nz, double[] origin, VolumeSampling sampling) {
      this.field = field;
      this.nx = nx;
      this.ny = ny;
      this.nz = nz;
      this.origin = origin;
      this.voxel = sampling.voxelMm();
      this.block = sampling.block();
      this.toothBlock = sampling.toothBlock();
      this.coarseSoftTissue = sampling.coarseSoftTissue();
      double[] boxes = sampling.detailBoxes();
      this.detail = new int[boxes.length];
      for (int b = 0; b < boxes.length; b += 6) {
        // Voxels whose centres may lie in the box, widened by one voxel so that its boundary is refined too.
        for (int a = 0; a < 3; a++) {
          int n = a == 0 ? nx : a == 1 ? ny : nz;
          detail[b + a] = clampIndex((int) Math.floor((boxes[b + a] - origin[a]) / voxel - 0.5) - 1, n);
          detail[b + a + 3] = clampIndex((int) Math.ceil((boxes[b + a + 3] - origin[a]) / voxel - 0.5) + 1, n);
        }
      }
      this.materials = new byte[nx * ny * nz];
      this.teeth = new byte[nx * ny * nz];
    }

    static int clampIndex(int i, int n) {
      return Math.max(-1, Math.min(n, i));
    }

    void slab(int bk) {
      // Corner values per octree level, reused: no allocation per cell.
      int[][] corners = new int[Integer.numberOfTrailingZeros(block) + 1][8];
      int[] near = new int[detail.length / 6];
      for (int j = 0; j < ny; j += block) {
        for (int i = 0; i < nx; i += block) {
          int count = 0;
          for (int b = 0; b < detail.length; b += 6) {
            if (overlaps(b, i, j, bk * block, block)) {
              near[count++] = b;
            }
          }
          cell(i, j, bk * block, block, corners, near, count);
        }
      }
    }

    /** Whether the cell of {@code size} voxels at (i0, j0, k0) overlaps detail box {@code b} (its offset). */
    boolean overlaps(int b, int i0, int j0, int k0, int size) {
      return i0 <= detail[b + 3] && i0 + size - 1 >= detail[b] && j0 <= detail[b + 4] && j0 + size - 1 >= detail[b + 1]
          && k0 <= detail[b + 5] && k0 + size - 1 >= detail[b + 2];
    }

    /** Reads the corners of the cell of {@code size} voxels per axis at (i0, j0, k0), then fills it or splits it. */
    void cell(int i0, int j0, int k0, int size, int[][] scratch, int[] near, int nearCount) {
      if (size == 1) {
        read(i0, j0, k0);
        return;
      }
      int i1 = Math.min(i0 + size, nx - 1);
      int j1 = Math.min(j0 + size, ny - 1);
      int k1 = Math.min(k0 + size, nz - 1);
      int[] corners = scratch[Integer.numberOfTrailingZeros(size)];
      boolean uniform = true;
      boolean airOrSoft = true;
      for (int c = 0; c < 8; c++) {
        corners[c] = read((c & 1) == 0 ? i0 : i1, (c & 2) == 0 ? j0 : j1, (c & 4) == 0 ? k0 : k1);
        uniform &= corners[c] == corners[0];
        int m = corners[c] >> 8;
        airOrSoft &= m == AIR || m == SOFT_TISSUE;
      }
      boolean detailed = false;
      if (size > toothBlock) {
        detailed = uniform && (corners[0] & 0x7F) != 0;
        for (int n = 0; n < nearCount && !detailed; n++) {
          detailed = overlaps(near[n], i0, j0, k0, size);
        }
      }
      if (!detailed && (uniform || (airOrSoft && coarseSoftTissue))) {
        fill(i0, j0, k0, size, corners);
        return;
      }
      int half = size / 2;
      for (int c = 0; c < 8; c++) {
        int ci = i0 + ((c & 1) == 0 ? 0 : half);
        int cj = j0 + ((c & 2) == 0 ? 0 : half);
        int ck = k0 + ((c & 4) == 0 ? 0 : half);
        if (ci < nx && cj < ny && ck < nz) {
          cell(ci, cj, ck, half, scratch, near, nearCount);
        }
      }
    }

    /** Material code and tooth number of a voxel as (material << 8) | tooth, reading the field once per voxel. */
    int read(int i, int j, int k) {
      int index = (j * nx + i) * nz + k;
      if ((teeth[index] & KNOWN) == 0) {
        reads.increment();
        byte m = (byte) field.materialAt(x(i), y(j), z(k)).code();
        int fdi = 0;
        if (TOOTH_TISSUE[m]) {
          reads.increment();
          fdi = field.toothAt(x(i), y(j), z(k));
          if (fdi != 0 && (fdi < 11 || fdi > 48)) {
            throw new IllegalStateException("material field returned tooth " + fdi + " at (" + x(i) + ", " + y(j)
                + ", " + z(k) + ") mm, expected 0 or an FDI number 11..48");
          }
        }
        materials[index] = m;
        teeth[index] = (byte) (fdi | KNOWN);
      }
      return (materials[index] << 8) | (teeth[index] & 0x7F);
    }

    /** Fills the cell's unread voxels with the value of their nearest corner (all equal in a uniform cell). */
    void fill(int i0, int j0, int k0, int size, int[] corners) {
      int half = size / 2;
      for (int j = j0; j < Math.min(j0 + size, ny); j++) {
        for (int i = i0; i < Math.min(i0 + size, nx); i++) {
          int column = (j * nx + i) * nz;
          int cornerIj = (i - i0 < half ? 0 : 1) | (j - j0 < half ? 0 : 2);
          for (int k = k0; k < Math.min(k0 + size, nz); k++) {
            if ((teeth[column + k] & KNOWN) == 0) {
              int value = corners[cornerIj | (k - k0 < half ? 0 : 4)];
              materials[column + k] = (byte) (value >> 8);
              teeth[column + k] = (byte) (value & 0x7F);
            }
          }
        }
      }
    }

    double x(int i) {
      return origin[0] + (i + 0.5) * voxel;
    }

    double y(int j) {
      return origin[1] + (j + 0.5) * voxel;
    }

    double z(int k) {
      return origin[2] + (k + 0.5) * voxel;
    }
  }

  public int nx() {
    return nx;
  }

  public int ny() {
    return ny;
  }

  public int nz() {
    return nz;
  }

  /** The grid's minimum corner {x, y, z} in mm (a copy). */
  public double[] origin() {
    return origin.clone();
  }

  public double voxelMm() {
    return voxelMm;
  }

  /** The array index of voxel (i, j, k): {@code (j·nx + i)·nz + k}. */
  public int index(int i, int j, int k) {
    return (j * nx + i) * nz + k;
  }

  /** Material codes, indexed by {@link #index}. The array itself, for kernels: do not modify. */
  public byte[] materialCodes() {
    return materials;
  }

  /** FDI tooth numbers (0 = none), indexed by {@link #index}. The array itself: do not modify. */
  public byte[] toothNumbers() {
    return teeth;
  }

  public Material material(int i, int j, int k) {
    return Material.ofCode(materials[index(i, j, k)]);
  }

  public int tooth(int i, int j, int k) {
    return teeth[index(i, j, k)];
  }

  /** How many {@code materialAt} and {@code toothAt} calls the sampling made, together. */
  public long fieldReads() {
    return fieldReads;
  }
}
