/**
 * A pluggable LLaVA-1.5 shaped vision-language model run from Java: vision encoder, projector and causal language
 * model with key/value cache as TorchScript modules, a HuggingFace {@code tokenizer.json}, and the generation loop.
 * How to export a real model into this layout: {@code README.md} in this folder.
 *
 * <h2>Module signatures (all float32 unless said)</h2>
 * <pre>
 * files.vision        pixels [B, C, H, W]                       -&gt; features [B, N, Dv]
 * files.projector     features [B, N, Dv]                       -&gt; image embeddings [B, N, D]
 * files.embed_tokens  ids [B, T] int64                          -&gt; token embeddings [B, T, D]
 * files.lm            (inputs_embeds [B, T, D], past [L, 2, B, H, P, Dh])
 *                                                               -&gt; (logits [B, T, V], present [L, 2, B, H, P + T, Dh])
 * files.tokenizer     tokenizer.json (any model type of the HuggingFace tokenizers library)
 * </pre>
 * The language model takes the whole key/value cache as one tensor: layer, key (0) or value (1), batch, head,
 * position, head channel. {@code P} may be 0 (the empty cache starts every sequence); positions of the new tokens are
 * {@code P .. P + T - 1}, so the module derives them from {@code past}'s size; {@code present} is the past with the
 * new keys and values appended. The manifest's {@code vlm} object gives the shape:
 * <pre>{@code
 * "vlm": {"imageToken": "<image>", "stopTokens": ["</s>"], "layers": 2, "heads": 2, "headDim": 16,
 *         "hiddenSize": 32, "maxPositions": 128}
 * }</pre>
 *
 * <h2>Generation</h2>
 * {@link org.radiomesh.model.vlm.VlmGenerator}: the prompt template (LLaVA-1.5: {@code "USER: <image>\n{prompt}
 * ASSISTANT:"}) is split at the image token; the text before it is tokenized with the tokenizer's special tokens
 * ({@code <s>}), the text after it without; the sequence is {@code embed(before) ++ projector(vision(pixels)) ++
 * embed(after)}. Then one token per step: greedy or temperature/top-p sampling ({@link
 * org.radiomesh.model.vlm.TokenSampler}) with a per-request random stream derived from the seed and the request id,
 * until a stop token (left out of the output), {@code maxNewTokens}, or {@code maxPositions}. With the cache, each
 * step feeds only the new token; without it ({@code useCache(false)}) each step recomputes the whole sequence: the two
 * give the same tokens (tested), the first in O(T) per token instead of O(T²).
 *
 * <h2>Findings</h2>
 * {@link org.radiomesh.model.vlm.FindingExtractor} reads tooth numbers and condition words out of the generated text,
 * sentence by sentence, into {@link org.radiomesh.model.vlm.ExtractedFinding}s with codes of
 * {@link org.radiomesh.anatomy.Condition}; the raw text is always kept beside them.
 * {@link org.radiomesh.model.vlm.VlmReporter} turns them into a structured report (the text the report commands
 * {@code report} and {@code report-one} write for a {@code vlm} model directory), generated text included.
 *
 * <h2>Test fixture</h2>
 * {@code common/src/test/resources/fixtures/make_vlm_fixture.py} (Debian {@code /usr/bin/python3}, torch 1.13)
 * writes a random-weight model of exactly this shape (32×32 image, 16 image tokens, D = 32, 2 layers, vocabulary
 * of 89 tokens) and the greedy tokens of a plain PyTorch loop, which the Java loop reproduces. TorchScript saved by
 * torch 1.13 loads in DJL 0.36's libtorch 2.7.1.
 */
package org.radiomesh.model.vlm;
