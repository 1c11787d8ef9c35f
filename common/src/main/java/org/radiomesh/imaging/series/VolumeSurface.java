package org.radiomesh.imaging.series;

import org.radiomesh.mesh.TriangleMesh;
import org.radiomesh.surface.MarchingCubes;
import org.radiomesh.surface.ScalarGrid;

/**
 * The iso-surface of a {@link Volume} at a threshold in modality units (for CT: bone about 300–400 HU, enamel 1500 HU
 * and up), in patient coordinates (LPS, millimetres): {@link MarchingCubes} on the voxel grid scaled by the spacing,
 * then each vertex mapped through the volume's origin and direction cosines. Inside is {@code value > threshold};
 * solids touching the volume's border are closed by caps on the border planes (MarchingCubes' default), so the mesh
 * is watertight and its signed volume is the enclosed volume. Triangles are counter-clockwise seen from outside: the
 * direction matrix is a rotation, so the mapping keeps the orientation.
 *
 * <p>Cost O(voxels + triangles).
 *
 * <pre>{@code
 * TriangleMesh bone = VolumeSurface.extract(SeriesAssembler.assemble(slices).volume(), 300);
 * }</pre>
 */
public final class VolumeSurface {
  private VolumeSurface() {}

  /** The closed surface {@code value = threshold}, in patient millimetres. */
  public static TriangleMesh extract(Volume volume, double threshold) {
    double[] s = volume.spacing();
    ScalarGrid grid = new ScalarGrid(volume.voxels(), volume.nx(), volume.ny(), volume.nz(), s[0], s[1], s[2],
        0, 0, 0);
    TriangleMesh local = MarchingCubes.surface(grid, threshold);
    volume.gridToPatient(local.xyz());
    return local;
  }
}
