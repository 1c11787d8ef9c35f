package org.radiomesh.recon;

import java.util.LinkedHashMap;
import java.util.Map;
import org.radiomesh.mesh.TriangleMesh;

/**
 * The result of {@link MultiviewReconstructor#reconstruct}: the mesh (mm, counter-clockwise seen from outside,
 * per-vertex labels when label maps were given) and how it was made.
 *
 * @param mesh the reconstructed surface
 * @param box the fused volume {minX, minY, minZ, maxX, maxY, maxZ}, mm (the grid's first and last samples)
 * @param grid samples per axis {nx, ny, nz}
 * @param voxelSize grid spacing, mm
 * @param rawFaces faces of the marching cubes surface, before clean-up
 * @param holesFilled boundary loops closed by hole filling
 * @param seconds seconds per step, in pipeline order: CPU time of the calling thread (time on one core; wall-clock
 *     where the JVM cannot measure thread CPU time) (keys: volume, fusion, marching_cubes, components,
 *     holes, smoothing, decimation, labels)
 */
public record Reconstruction(TriangleMesh mesh, double[] box, int[] grid, double voxelSize, int rawFaces,
                             int holesFilled, Map<String, Double> seconds) {

  public Reconstruction {
    box = box.clone();
    grid = grid.clone();
    seconds = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(seconds));
  }

  @Override
  public double[] box() {
    return box.clone();
  }

  @Override
  public int[] grid() {
    return grid.clone();
  }

  /** The sum of the step times, seconds. */
  public double totalSeconds() {
    double s = 0;
    for (double v : seconds.values()) {
      s += v;
    }
    return s;
  }

  @Override
  public String toString() {
    return "Reconstruction[" + mesh + ", grid " + grid[0] + "x" + grid[1] + "x" + grid[2] + ", voxel " + voxelSize
        + " mm, " + String.format("%.3f", totalSeconds()) + " s]";
  }
}
