/**
 * Triangle meshes and point clouds on primitive arrays ({@link org.radiomesh.mesh.TriangleMesh}), their measures
 * (area, signed volume, topology checks) and surface sampling. File formats live in {@code org.radiomesh.mesh.io}.
 */
package org.radiomesh.mesh;
