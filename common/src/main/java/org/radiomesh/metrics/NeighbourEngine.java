package org.radiomesh.metrics;

/**
 * Which structure answers the nearest-neighbour queries: {@link #INDEX} a {@link org.radiomesh.spatial.KdTree} (or a
 * {@link org.radiomesh.spatial.TriangleBvh} for point-to-surface distances) on the CPU; {@link #DJL} tiled brute force
 * with DJL NDArrays ({@link org.radiomesh.spatial.DjlNearestNeighbours}) on the configured device, point to point
 * only.
 */
public enum NeighbourEngine {
  INDEX,
  DJL
}
