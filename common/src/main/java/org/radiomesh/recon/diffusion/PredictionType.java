package org.radiomesh.recon.diffusion;

import java.util.Locale;

/**
 * What a denoiser predicts from x_t: the added noise ε ({@code epsilon}), or the velocity
 * v = √ᾱ_t·ε − √(1 − ᾱ_t)·x_0 ({@code v}, Salimans and Ho), from which x_0 = √ᾱ_t·x_t − √(1 − ᾱ_t)·v and
 * ε = √ᾱ_t·v + √(1 − ᾱ_t)·x_t. Names as in the model manifest; {@code v_prediction} (diffusers) is read as {@code v}.
 */
public enum PredictionType {
  EPSILON("epsilon"), V("v");

  private final String manifestName;

  PredictionType(String manifestName) {
    this.manifestName = manifestName;
  }

  public String manifestName() {
    return manifestName;
  }

  /** The type named {@code name} in a manifest: {@code epsilon}, {@code v} or {@code v_prediction}. */
  public static PredictionType of(String name) {
    String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
    return switch (n) {
      case "epsilon" -> EPSILON;
      case "v", "v_prediction" -> V;
      default -> throw new IllegalArgumentException("prediction type '" + name + "', expected epsilon or v");
    };
  }
}
