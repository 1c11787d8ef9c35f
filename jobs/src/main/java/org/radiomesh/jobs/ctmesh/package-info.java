/**
 * {@code radiomesh ct-mesh}: CT/CBCT/MR series → volumes → iso-surface meshes on Spark, one task per series
 * ({@link org.radiomesh.jobs.ctmesh.CtMeshJob}).
 */
package org.radiomesh.jobs.ctmesh;
