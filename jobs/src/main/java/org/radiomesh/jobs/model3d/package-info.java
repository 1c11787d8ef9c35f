/**
 * {@code radiomesh model}: free-text records, dentition specs and structured reports → 3D dental meshes on Spark
 * ({@link org.radiomesh.jobs.model3d.ModelJob}), by the exact anatomy mesher or through multiview generation
 * (anatomy renders, a multiview-diffusion model) and reconstruction; with an {@code evaluate} manifest for the
 * records that have a ground truth. Not to be confused with {@code org.radiomesh.jobs.model}, the model-serving glue
 * (one model per executor) that this package uses for the diffusion model.
 */
package org.radiomesh.jobs.model3d;
