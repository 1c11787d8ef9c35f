package org.radiomesh.metrics;

/**
 * The similarity transform x' = (x − c)·s computed from the ground truth and applied to both meshes before sampling
 * distances, so that thresholds are in normalised units. c is always the centre of the ground truth's axis-aligned
 * bounding box (of the vertices its faces use, or of all its points for a point cloud).
 *
 * <ul>
 *   <li>{@link #NONE}: no transform; distances in the meshes' own units (millimetres in radiomesh).</li>
 *   <li>{@link #UNIT_CUBE}: s = 1 / (longest edge of the GT bounding box): the GT fits a unit box.</li>
 *   <li>{@link #UNIT_SPHERE}: s = 1 / (largest distance of a GT vertex from c): the GT fits the unit sphere centred on
 *       its bounding-box centre (not on its centroid).</li>
 *   <li>{@link #FIXED_SCALE}: s = fixedScale / (longest edge of the GT bounding box) (Mesh R-CNN: 10).</li>
 * </ul>
 */
public enum Normalization {
  NONE,
  UNIT_CUBE,
  UNIT_SPHERE,
  FIXED_SCALE
}
