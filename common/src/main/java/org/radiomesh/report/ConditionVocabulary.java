package org.radiomesh.report;

import java.util.List;

/**
 * The condition codes a report finding may carry: those of {@link org.radiomesh.anatomy.Condition#code()}, the
 * vocabulary shared by the synthetic generator, the prompt parser and the report stage, listed in their canonical
 * order within a tooth (the order in which a report names them). O(1) per look-up.
 */
public final class ConditionVocabulary {
  /** Every code, in canonical order within a tooth. */
  public static final List<String> CODES = List.of("missing", "implant", "impacted", "caries", "restoration",
      "root_canal", "crown", "periapical_lesion", "bone_loss");

  private ConditionVocabulary() {}

  /** Whether {@code code} is in the vocabulary. */
  public static boolean isCode(String code) {
    return CODES.contains(code);
  }

  /** The position of {@code code} in {@link #CODES}. */
  public static int rank(String code) {
    int i = CODES.indexOf(code);
    if (i < 0) {
      throw new IllegalArgumentException("condition code '" + code + "', expected one of " + CODES);
    }
    return i;
  }
}
