package org.radiomesh.render;

/**
 * Counts from rasterising one view, for run reports and tests.
 *
 * @param triangles faces of the mesh
 * @param outside faces entirely outside one frustum plane (near plane or guard band), not drawn
 * @param culled unclipped faces skipped as back-facing (0 unless culling is on)
 * @param clipped faces cut by the near plane or the guard band and drawn as pieces
 * @param fragments samples found inside a triangle, before the depth test, summed over triangles (at the
 *     supersampled resolution): on a closed surface seen from outside without occlusion this is the covered sample
 *     count; a sample counted twice for one flat surface would reveal a double hit on a shared edge
 */
public record RasterStats(int triangles, int outside, int culled, int clipped, long fragments) {}
