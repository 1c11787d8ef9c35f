/**
 * Surfaces from scalar fields and their clean-up: {@link org.radiomesh.surface.MarchingCubes} (watertight, indexed,
 * consistently oriented iso-surfaces of a {@link org.radiomesh.surface.ScalarGrid}), {@link
 * org.radiomesh.surface.TaubinSmoothing}, {@link org.radiomesh.surface.MeshComponents} and {@link
 * org.radiomesh.surface.VertexNormals}. Used by the anatomy meshers, CT meshing and reconstruction.
 */
package org.radiomesh.surface;
