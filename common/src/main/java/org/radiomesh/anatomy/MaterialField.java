package org.radiomesh.anatomy;

/**
 * A labelled solid model in millimetres: what material, and which tooth, occupies a point. Implemented by the virtual
 * patient; read by the radiograph simulators, the CBCT voxeliser and the mesh extractors.
 *
 * <p>Implementations must be thread-safe for reads, as simulators sample them from several threads.
 */
public interface MaterialField {

  /** The material at (x, y, z) in mm; {@link Material#AIR} outside every structure. */
  Material materialAt(double x, double y, double z);

  /** The FDI number of the tooth at (x, y, z), or 0 when the point is not in a tooth (or in an implant's crown: its FDI). */
  int toothAt(double x, double y, double z);

  /** Axis-aligned bounds holding every non-air point: {minX, minY, minZ, maxX, maxY, maxZ} in mm. */
  double[] bounds();
}
