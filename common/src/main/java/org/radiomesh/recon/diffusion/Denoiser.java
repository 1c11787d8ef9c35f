package org.radiomesh.recon.diffusion;

import org.radiomesh.recon.GenerationException;

/**
 * One evaluation of a multiview denoiser: x_t of N = B·K views (object-major: object b's K views are rows
 * b·K ... b·K + K − 1), their timesteps, camera pose vectors and the B objects' condition tokens in; the predicted ε
 * or v of every view out, {@code [N, C, H, W]} row-major. {@link DiffusionSession} calls a TorchScript module; tests
 * plug in closed-form denoisers. Implementations need not be thread-safe.
 */
@FunctionalInterface
public interface Denoiser {
  /**
   * The model output for {@code input}, {@code input.rows()·C·H·W} values.
   *
   * @throws GenerationException naming the model when the evaluation fails
   */
  float[] predict(DenoiserInput input) throws GenerationException;
}
