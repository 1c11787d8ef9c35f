package org.radiomesh.model.vlm;

import java.io.Serializable;
import java.util.List;

/**
 * How {@link VlmGenerator} decodes: greedy ({@code temperature == 0}, the default) or sampling from the
 * temperature-scaled softmax restricted to the top-p nucleus, with a seed; at most {@code maxNewTokens} tokens;
 * extra stop tokens on top of the manifest's; and the key/value cache on (default) or off. Immutable and
 * {@link Serializable}, so a Spark job ships it to executors.
 *
 * <pre>{@code
 * GenerationOptions sample = GenerationOptions.builder().temperature(0.7).topP(0.9).seed(42).maxNewTokens(96).build();
 * }</pre>
 */
public final class GenerationOptions implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final GenerationOptions DEFAULTS = builder().build();

  private final int maxNewTokens;
  private final double temperature;
  private final double topP;
  private final long seed;
  private final List<String> stopTokens;
  private final boolean useCache;

  private GenerationOptions(Builder b) {
    maxNewTokens = b.maxNewTokens;
    temperature = b.temperature;
    topP = b.topP;
    seed = b.seed;
    stopTokens = List.copyOf(b.stopTokens);
    useCache = b.useCache;
  }

  /** Greedy, 128 new tokens at most, the manifest's stop tokens, key/value cache on, seed 0. */
  public static GenerationOptions defaults() {
    return DEFAULTS;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values. */
  public Builder toBuilder() {
    return builder().maxNewTokens(maxNewTokens).temperature(temperature).topP(topP).seed(seed)
        .stopTokens(stopTokens).useCache(useCache);
  }

  /** Most tokens generated per request, stop token excluded. */
  public int maxNewTokens() {
    return maxNewTokens;
  }

  /** Softmax temperature; 0 means greedy (argmax, lowest token id on ties). */
  public double temperature() {
    return temperature;
  }

  /** Nucleus mass in (0, 1]: sample among the most likely tokens whose probabilities first reach it. */
  public double topP() {
    return topP;
  }

  /** Base seed; each request's random stream comes from the seed and the request id. */
  public long seed() {
    return seed;
  }

  /** Stop tokens added to the manifest's {@code vlm.stopTokens}; each must be one token of the tokenizer. */
  public List<String> stopTokens() {
    return stopTokens;
  }

  /** True: feed one new token per step against the key/value cache. False: recompute the whole sequence each step. */
  public boolean useCache() {
    return useCache;
  }

  public boolean greedy() {
    return temperature == 0;
  }

  @Override
  public String toString() {
    return "GenerationOptions{maxNewTokens=" + maxNewTokens + ", temperature=" + temperature + ", topP=" + topP
        + ", seed=" + seed + ", stopTokens=" + stopTokens + ", useCache=" + useCache + "}";
  }

  /** Builds {@link GenerationOptions}; every field has a default. */
  public static final class Builder {
    private int maxNewTokens = 128;
    private double temperature = 0;
    private double topP = 1;
    private long seed = 0;
    private List<String> stopTokens = List.of();
    private boolean useCache = true;

    private Builder() {}

    public Builder maxNewTokens(int maxNewTokens) {
      this.maxNewTokens = maxNewTokens;
      return this;
    }

    public Builder temperature(double temperature) {
      this.temperature = temperature;
      return this;
    }

    public Builder topP(double topP) {
      this.topP = topP;
      return this;
    }

    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    public Builder stopTokens(List<String> stopTokens) {
      this.stopTokens = List.copyOf(stopTokens);
      return this;
    }

    public Builder useCache(boolean useCache) {
      this.useCache = useCache;
      return this;
    }

    public GenerationOptions build() {
      if (maxNewTokens < 1) {
        throw new IllegalArgumentException("maxNewTokens " + maxNewTokens + ", expected at least 1");
      }
      if (!(temperature >= 0) || Double.isInfinite(temperature)) {
        throw new IllegalArgumentException("temperature " + temperature + ", expected a finite value >= 0");
      }
      if (!(topP > 0 && topP <= 1)) {
        throw new IllegalArgumentException("topP " + topP + ", expected (0, 1]");
      }
      for (String token : stopTokens) {
        if (token == null || token.isEmpty()) {
          throw new IllegalArgumentException("stop tokens " + stopTokens + ": empty token");
        }
      }
      return new GenerationOptions(this);
    }
  }
}
