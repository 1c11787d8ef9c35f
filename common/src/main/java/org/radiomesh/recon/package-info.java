/**
 * Multiview generation and 3D reconstruction from calibrated views.
 *
 * <p>Generation: {@link org.radiomesh.recon.MultiviewGenerator} turns a {@link org.radiomesh.recon.MultiviewRequest}
 * (a subject to render, optional prompt and conditioning image, a {@link org.radiomesh.recon.CameraLayout}, a seed)
 * into a {@link org.radiomesh.recon.MultiviewSet}; the {@code anatomy} engine is {@link
 * org.radiomesh.recon.AnatomyMultiviewGenerator}, the {@code diffusion} engine {@link
 * org.radiomesh.recon.diffusion.DiffusionMultiviewGenerator} (a user-supplied TorchScript multiview denoiser).
 *
 * <p>Reconstruction: {@link org.radiomesh.recon.MultiviewReconstructor} fuses {@link
 * org.radiomesh.recon.CalibratedView}s (masks, optional depth and label maps; from a generator or from a folder read
 * by {@link org.radiomesh.recon.CalibratedViewsFolder}) into a watertight mesh in millimetres: visual hull with smooth
 * silhouette distances, TSDF fusion of depth, marching cubes, clean-up, label transfer ({@link
 * org.radiomesh.recon.LabelTransfer}). Inconsistent input raises {@link org.radiomesh.recon.ReconstructionException}
 * with a reason code and the view to blame.
 *
 * <p>Conventions: world units mm; cameras as {@link org.radiomesh.render.Camera} (OpenCV axes, x_c = R·X + t); depth is
 * camera z, not ray length; labels −1 background.
 */
package org.radiomesh.recon;
