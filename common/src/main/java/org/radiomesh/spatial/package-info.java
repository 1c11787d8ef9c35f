/**
 * Exact nearest-neighbour structures on primitive arrays: {@link org.radiomesh.spatial.KdTree} (point to point),
 * {@link org.radiomesh.spatial.TriangleBvh} (point to triangle surface) and
 * {@link org.radiomesh.spatial.DjlNearestNeighbours} (tiled brute force on a DJL device), all behind
 * {@link org.radiomesh.spatial.NeighbourIndex}; {@link org.radiomesh.spatial.MortonOrder} for spatially coherent query
 * order and {@link org.radiomesh.spatial.ParallelBlocks} for thread-count-independent parallel loops.
 *
 * <p>Distances are squared Euclidean distances accumulated in double precision from float coordinates.
 */
package org.radiomesh.spatial;
