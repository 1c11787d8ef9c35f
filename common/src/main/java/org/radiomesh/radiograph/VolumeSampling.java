package org.radiomesh.radiograph;

/**
 * How {@link MaterialVolume#sample} reads a material field: voxel size, octree cell sizes, and whether boundaries
 * between air and soft tissue may be approximated. Immutable.
 *
 * @param voxelMm voxel edge in mm, &gt; 0
 * @param block top octree cell, in voxels (a power of two): structures wider than about √3·block voxels are always
 *     found
 * @param toothBlock largest cell left unsplit inside a tooth (a power of two, ≤ block)
 * @param coarseSoftTissue when true, a cell whose corners are all air or soft tissue is not refined: each voxel takes
 *     its nearest corner's value (skin surfaces land within half a cell; harmless for radiographs, where soft tissue
 *     attenuates 0.018/mm, but visible as steps in a CT)
 * @param threads threads to sample on, ≥ 1 (the volume does not depend on it)
 */
public record VolumeSampling(double voxelMm, int block, int toothBlock, boolean coarseSoftTissue, int threads) {
  public VolumeSampling {
    if (!(voxelMm > 0 && Double.isFinite(voxelMm)) || Integer.bitCount(block) != 1
        || Integer.bitCount(toothBlock) != 1 || toothBlock > block || threads < 1) {
      throw new IllegalArgumentException("voxel " + voxelMm + " mm, block " + block + ", tooth block " + toothBlock
          + ", threads " + threads + ", expected voxel > 0, powers of two toothBlock <= block, threads >= 1");
    }
  }

  /** Every voxel read from the field (exact, slowest). */
  public static VolumeSampling exact(double voxelMm) {
    return new VolumeSampling(voxelMm, 1, 1, false, 1);
  }
}
