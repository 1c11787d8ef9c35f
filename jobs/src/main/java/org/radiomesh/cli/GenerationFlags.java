package org.radiomesh.cli;

import org.radiomesh.model.vlm.GenerationOptions;
import org.radiomesh.model.vlm.VlmReporter;
import picocli.CommandLine.Option;

/**
 * The generation settings of a vision-language model, shared by {@code radiomesh report} and
 * {@code radiomesh report-one}; a findings model ignores them. Greedy decoding unless {@code --temperature} is above 0.
 */
public final class GenerationFlags {
  private static final GenerationOptions DEFAULTS = GenerationOptions.defaults();

  @Option(names = "--prompt", paramLabel = "TEXT", defaultValue = VlmReporter.DEFAULT_PROMPT,
      description = "VLM only: the question put in the model's prompt template (default: '${DEFAULT-VALUE}').")
  String prompt;

  @Option(names = "--max-new-tokens", paramLabel = "N",
      description = "VLM only: most tokens generated per image (default: 128).")
  Integer maxNewTokens;

  @Option(names = "--temperature", paramLabel = "T",
      description = "VLM only: softmax temperature; 0 is greedy decoding (default: 0).")
  Double temperature;

  @Option(names = "--top-p", paramLabel = "P",
      description = "VLM only: nucleus mass in (0, 1] when sampling (default: 1).")
  Double topP;

  @Option(names = "--seed", paramLabel = "S",
      description = "VLM only: sampling seed; an image's random stream derives from it and its image id (default: 0).")
  Long seed;

  /** The options these flags give; invalid values fail with the builder's message (a usage error). */
  GenerationOptions options() {
    return GenerationOptions.builder()
        .maxNewTokens(maxNewTokens != null ? maxNewTokens : DEFAULTS.maxNewTokens())
        .temperature(temperature != null ? temperature : DEFAULTS.temperature())
        .topP(topP != null ? topP : DEFAULTS.topP())
        .seed(seed != null ? seed : DEFAULTS.seed())
        .build();
  }

  String prompt() {
    return prompt;
  }
}
