package org.radiomesh.synth;

import java.util.Locale;

/**
 * Per-case seeds and names derived from a master seed, so that case i is the same whichever executor, partition or run
 * makes it.
 *
 * <p>{@code caseSeed(S, i) = mix64(mix64(S) + γ·(i + 1))} with γ = 0x9E3779B97F4A7C15 (the golden-ratio increment of
 * {@code SplittableRandom}) and mix64 the variant-13 finaliser that {@code SplittableRandom} uses (Stafford). The map
 * depends on (S, i) only; it is a bijection in i for a fixed S, so two cases of one run never share a seed; seed 0 is
 * a seed like any other. Stream seeds for parts of a case ({@link #streamSeed}) mix the case seed with a fixed
 * per-stream constant. O(1).
 *
 * <pre>{@code
 * long seed = CaseSeeds.caseSeed(2024, 42);   // case-000042 of master seed 2024
 * }</pre>
 */
public final class CaseSeeds {
  /** The golden-ratio increment of {@code java.util.SplittableRandom}. */
  public static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  private CaseSeeds() {}

  /** The seed of case {@code index} (≥ 0) of master seed {@code masterSeed}. */
  public static long caseSeed(long masterSeed, long index) {
    if (index < 0) {
      throw new IllegalArgumentException("case index " + index + ", expected >= 0");
    }
    return mix64(mix64(masterSeed) + GOLDEN_GAMMA * (index + 1));
  }

  /** A seed for one named random stream of a case (radiograph noise, CBCT noise), independent of the others. */
  public static long streamSeed(long caseSeed, String stream) {
    long h = 0;
    for (int i = 0; i < stream.length(); i++) {
      h = 31 * h + stream.charAt(i);
    }
    return mix64(caseSeed ^ mix64(h));
  }

  /** The case's name and folder: {@code case-} and the index with at least six digits ({@code case-000042}). */
  public static String caseId(long index) {
    if (index < 0) {
      throw new IllegalArgumentException("case index " + index + ", expected >= 0");
    }
    return String.format(Locale.ROOT, "case-%06d", index);
  }

  /** The index of a {@link #caseId} name. */
  public static long indexOf(String caseId) {
    if (caseId == null || !caseId.matches("case-\\d{6,}")) {
      throw new IllegalArgumentException("case id '" + caseId + "', expected case- and at least six digits");
    }
    return Long.parseLong(caseId.substring(5));
  }

  /** SplittableRandom's mix64 (Stafford variant 13). */
  static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
