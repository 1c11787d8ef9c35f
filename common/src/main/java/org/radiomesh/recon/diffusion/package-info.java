/**
 * The {@code diffusion} multiview engine: a DJL sampler for a user-supplied TorchScript multiview denoiser (DDIM and
 * DDPM, classifier-free guidance, camera-pose, text and image conditioning, seeded noise generated in Java).
 *
 * <h2>Model directory</h2>
 * <pre>
 * my-multiview-model/
 *   radiomesh-model.json   kind "multiview-diffusion" (below)
 *   denoiser.pt            TorchScript, required
 *   text_encoder.pt        TorchScript, with "text" conditioning
 *   image_encoder.pt       TorchScript, with "image" conditioning
 *   tokenizer.json         optional HuggingFace tokenizer for the text encoder; hashed words without it
 *   LICENSE, MODEL_CARD.md optional; every non-hidden file counts in the content hash
 * </pre>
 * <pre>{@code
 * {
 *   "name": "mv-teeth", "version": "1", "kind": "multiview-diffusion",
 *   "licence": "CC-BY-4.0; trained on synthetic renders only",
 *   "input": {"width": 64, "height": 64, "channels": 4},      // one generated view: C = 3 (RGB) or 4 (RGBA)
 *   "files": {"denoiser": "denoiser.pt", "text_encoder": "text_encoder.pt", "image_encoder": "image_encoder.pt"},
 *   "diffusion": {
 *     "views": 4,                                   // K, views denoised together
 *     "camera": "k-w2c",                            // w2c-3x4 (12 values) | k-w2c (16) | c2w-4x4 (16)
 *     "conditioning": ["text", "image"],            // any of text, image; the camera is always an input
 *     "condDim": 768,                               // D
 *     "condTokens": 1,                              // L of the zero condition when neither text nor image
 *     "schedule": {"kind": "scaled-linear", "betaStart": 0.00085, "betaEnd": 0.012, "trainingSteps": 1000},
 *     "prediction": "epsilon",                      // epsilon | v
 *     "text": {"maxTokens": 77, "vocabSize": 49408, "padId": 0},
 *     "image": {"size": 224},
 *     "unconditional": "zeros",                     // zeros | empty-prompt
 *     "background": [1.0, 1.0, 1.0]                 // RGB in [0, 1], for 3-channel masks
 *   }
 * }
 * }</pre>
 * {@link org.radiomesh.recon.diffusion.DiffusionSpec} documents every field; {@link
 * org.radiomesh.model.ModelDirectory} the common part and the content-hash identity.
 *
 * <h2>Module signatures</h2>
 * <pre>
 * denoiser(x_t float32 [N,C,H,W], t int64 [N], cameras float32 [N,P], cond float32 [B,L,D]) -&gt; float32 [N,C,H,W]
 *     N = B·K rows, object-major (object b's views are rows b·K .. b·K+K−1), so K = N / B; t is the training
 *     timestep index in [0, T); cameras are CameraEncoding vectors (P = 12 or 16); the output is ε or v per
 *     "prediction". With guidance the conditional objects come first, then the same objects unconditioned.
 * text_encoder(ids int64 [B,maxTokens]) -&gt; float32 [B,Lt,D]
 * image_encoder(image float32 [B,3,S,S], values in [−1,1]) -&gt; float32 [B,Li,D]
 * </pre>
 * cond is, per object, the Lt text tokens then the Li image tokens (L = Lt + Li), or condTokens zero tokens. Images,
 * generated and conditioning, are in [−1, 1] (0 ↦ −1, 1 ↦ 1). Every module is checked at load time by one call on zero
 * inputs, so a wrong signature fails with a message naming the file and the expected signature.
 *
 * <h2>Reproducibility</h2>
 * Noise comes from {@link org.radiomesh.recon.diffusion.GaussianNoise} (SplitMix64 and Box–Muller in Java, per object
 * and step), the schedule and updates are computed in Java in double precision, so the same seed gives the same
 * noise on every engine and device; what differs between devices is only the denoiser's own arithmetic.
 *
 * <p>Entry points: {@link org.radiomesh.recon.diffusion.MultiviewDiffusionModel#load} (or {@link
 * org.radiomesh.model.LoadedModel#load}), {@link org.radiomesh.recon.diffusion.DiffusionMultiviewGenerator} (the
 * {@link org.radiomesh.recon.MultiviewGenerator}), {@link org.radiomesh.recon.diffusion.MultiviewSampler} (the loop
 * over any {@link org.radiomesh.recon.diffusion.Denoiser}).
 */
package org.radiomesh.recon.diffusion;
