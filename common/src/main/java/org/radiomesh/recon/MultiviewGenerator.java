package org.radiomesh.recon;

/**
 * Produces K calibrated views of a subject: per view its camera (intrinsics and extrinsics, {@link
 * org.radiomesh.render.Camera} conventions), RGB shading, silhouette mask, depth and normal maps, and per-pixel labels
 * when the engine knows them ({@link MultiviewSet}). Engines: {@code anatomy} ({@link AnatomyMultiviewGenerator},
 * renders the subject with the software rasterizer) and {@code diffusion} (a learned multiview model, which may leave
 * maps it cannot produce null, except the mask).
 *
 * <p>Implementations are deterministic for a given request (its seed included) and safe to call from several threads.
 */
public interface MultiviewGenerator {
  /** The engine's name, as given on the command line ({@code anatomy}, {@code diffusion}). */
  String engine();

  /**
   * The views of one request.
   *
   * @throws GenerationException naming the request when this engine cannot serve it (for example no subject for the
   *     anatomy engine, or a model failure)
   */
  MultiviewSet generate(MultiviewRequest request) throws GenerationException;
}
