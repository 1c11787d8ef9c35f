/**
 * Model directories and their loading with DJL (PyTorch engine), without Spark: the pieces a Spark job
 * ({@code org.radiomesh.jobs.model}) and the single-image CLI both use.
 *
 * <h2>Model directory layout</h2>
 * <pre>
 * my-model/
 *   radiomesh-model.json     the manifest (below), required
 *   model.pt                 TorchScript weights, as the manifest's "files" name them (any relative paths)
 *   tokenizer.json           for a VLM: the HuggingFace tokenizer
 *   MODEL_CARD.md, LICENSE   optional; every non-hidden file counts in the content hash
 * </pre>
 *
 * <p>{@code radiomesh-model.json} ({@link org.radiomesh.model.ModelManifest}):
 * <pre>{@code
 * {
 *   "name": "radiomesh-findings",          // letters, digits, . _ -
 *   "version": "1.0.0",
 *   "kind": "findings",                    // findings | vlm | torchscript | multiview-diffusion
 *   "engine": "PyTorch",                   // optional, PyTorch by default
 *   "licence": "Apache-2.0; trained on synthetic data only, not for clinical use",
 *   "input": {"width": 512, "height": 256, "channels": 1,
 *             "normalization": "mean_std", "mean": [0.5], "std": [0.25], "aspect": "pad"},
 *   "labels": ["missing", "implant", "crown", "root_canal", "restoration"],
 *   "promptTemplate": "USER: <image>\n{prompt} ASSISTANT:",   // VLM only
 *   "files": {"model": "model.pt"},        // role -> relative path
 *   "vlm": { ... },                        // VLM only, see org.radiomesh.model.vlm
 *   "architecture": "radiomesh-findings-cnn-v1",   // findings built in Java only, see below
 *   "modelCard": "trained on synthetic data only; not for clinical use"   // optional
 * }
 * }</pre>
 * Kinds and the roles they need in {@code files}: {@code findings} and {@code torchscript}: {@code model} (one
 * module, tensors in and out; a findings model maps {@code [B, channels, height, width]} to {@code [B, labels]});
 * {@code findings} with an {@code architecture}: {@code parameters} (DJL parameters of a network that radiomesh builds
 * in Java, {@link org.radiomesh.model.findings.FindingsModel}) and optionally {@code thresholds};
 * {@code vlm}: {@code vision}, {@code projector}, {@code embed_tokens}, {@code lm}, {@code tokenizer};
 * {@code multiview-diffusion}: {@code denoiser}, and {@code text_encoder}, {@code image_encoder}, {@code tokenizer}
 * as its {@code "diffusion"} section asks (see {@link org.radiomesh.recon.diffusion}).
 *
 * <h2>Model identity</h2>
 * {@link org.radiomesh.model.ModelIdentity}: name and version from the manifest plus the SHA-256 of the directory's
 * files (relative paths sorted, each framed as path, zero byte, 8-byte length, bytes; hidden files excluded). It is
 * written into every output row, so reports made by different weights never mix, and a rerun can skip what the
 * same model already produced. A remote directory copied to an executor's cache keeps its hash.
 *
 * <h2>Loading</h2>
 * {@link org.radiomesh.model.ModelDirectory#open} reads and checks the directory;
 * {@link org.radiomesh.model.LoadedModel#load} loads it by kind on a DJL device into a
 * {@link org.radiomesh.model.TorchScriptModel} or an {@link org.radiomesh.model.vlm.VisionLanguageModel}. A loaded
 * model is thread-safe and shared; per-thread predictors and generators are opened from it and closed by their user.
 * {@link org.radiomesh.model.ImageReporter} opens a per-task report writer over a findings model or a VLM, with the
 * pixel encoding of the manifest's {@code input} ({@link org.radiomesh.model.ManifestInputOptions}).
 * {@link org.radiomesh.model.ModelReference} is the serializable description (URI, engine, options) that a Spark
 * job ships to executors. DJL must run with {@code -Dai.djl.offline=true} (surefire and {@code conf/*.conf} set it):
 * the PyTorch native library and the tokenizer's JNI library come from jars on the class path, never a download.
 */
package org.radiomesh.model;
