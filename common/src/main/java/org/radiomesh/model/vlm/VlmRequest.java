package org.radiomesh.model.vlm;

import java.io.Serializable;
import java.util.Objects;

/**
 * One image and its prompt. {@code pixels} is the model input in channel-major order {@code [channels][height][width]}
 * at the manifest's input size, already normalised as the manifest's {@code input.normalization} says (see
 * {@code org.radiomesh.imaging.ModelInputEncoder}). The id keys the result and the request's random stream.
 *
 * @param id caller's key (image id), non-null
 * @param pixels model input, length channels × height × width
 * @param prompt the user's question, put in the template's {@code {prompt}} slot
 */
public record VlmRequest(String id, float[] pixels, String prompt) implements Serializable {
  public VlmRequest {
    Objects.requireNonNull(id, "request id");
    Objects.requireNonNull(pixels, "pixels of " + id);
    Objects.requireNonNull(prompt, "prompt of " + id);
  }
}
