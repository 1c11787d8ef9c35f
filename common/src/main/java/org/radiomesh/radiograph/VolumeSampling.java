package org.radiomesh.radiograph;

import java.util.Arrays;

/**
 * How {@link MaterialVolume#sample} reads a material field: voxel size, octree cell sizes, boxes where detail must
 * not be missed, and whether boundaries between air and soft tissue may be approximated. Immutable (arrays copied).
 *
 * @param voxelMm voxel edge in mm, &gt; 0
 * @param block top octree cell, in voxels (a power of two): structures wider than about √3·block voxels are always
 *     found
 * @param toothBlock largest cell left unsplit inside a tooth or a detail box (a power of two, ≤ block)
 * @param detailBoxes axis-aligned boxes {minX, minY, minZ, maxX, maxY, maxZ, ...} in mm (6 values each, may be
 *     empty) in which cells are split down to {@code toothBlock} whatever their corners say: give the teeth's bounds
 *     so that root tips and lesions that fit between coarse lattice points are found
 * @param coarseSoftTissue when true, a cell whose corners are all air or soft tissue (and that is not in a detail box)
 *     is not refined: each voxel takes its nearest corner's value (skin surfaces land within half a cell; harmless for
 *     radiographs, where soft tissue attenuates 0.018/mm, but visible as steps in a CT)
 * @param threads threads to sample on, ≥ 1 (the volume does not depend on it)
 */
public record VolumeSampling(double voxelMm, int block, int toothBlock, double[] detailBoxes,
    boolean coarseSoftTissue, int threads) {
  public VolumeSampling {
    if (!(voxelMm > 0 && Double.isFinite(voxelMm)) || Integer.bitCount(block) != 1
        || Integer.bitCount(toothBlock) != 1 || toothBlock > block || threads < 1) {
      throw new IllegalArgumentException("voxel " + voxelMm + " mm, block " + block + ", tooth block " + toothBlock
          + ", threads " + threads + ", expected voxel > 0, powers of two toothBlock <= block, threads >= 1");
    }
    detailBoxes = detailBoxes == null ? new double[0] : detailBoxes.clone();
    if (detailBoxes.length % 6 != 0) {
      throw new IllegalArgumentException(detailBoxes.length + " detail box coordinates, expected 6 per box");
    }
    for (int b = 0; b < detailBoxes.length; b += 6) {
      for (int a = 0; a < 3; a++) {
        if (!(detailBoxes[b + a] <= detailBoxes[b + a + 3])) {
          throw new IllegalArgumentException("detail box " + b / 6 + " " + Arrays.toString(
              Arrays.copyOfRange(detailBoxes, b, b + 6)) + ", expected {minX, minY, minZ, maxX, maxY, maxZ}");
        }
      }
    }
  }

  /** Without detail boxes. */
  public VolumeSampling(double voxelMm, int block, int toothBlock, boolean coarseSoftTissue, int threads) {
    this(voxelMm, block, toothBlock, null, coarseSoftTissue, threads);
  }

  /** Every voxel read from the field (exact, slowest). */
  public static VolumeSampling exact(double voxelMm) {
    return new VolumeSampling(voxelMm, 1, 1, false, 1);
  }

  @Override
  public double[] detailBoxes() {
    return detailBoxes.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof VolumeSampling s && s.voxelMm == voxelMm && s.block == block && s.toothBlock == toothBlock
        && Arrays.equals(s.detailBoxes, detailBoxes) && s.coarseSoftTissue == coarseSoftTissue
        && s.threads == threads;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(voxelMm, block, toothBlock, Arrays.hashCode(detailBoxes), coarseSoftTissue, threads);
  }

  @Override
  public String toString() {
    return "VolumeSampling[voxelMm=" + voxelMm + ", block=" + block + ", toothBlock=" + toothBlock + ", detailBoxes="
        + detailBoxes.length / 6 + ", coarseSoftTissue=" + coarseSoftTissue + ", threads=" + threads + "]";
  }
}
