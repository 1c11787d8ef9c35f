package org.radiomesh.anatomy.prompt;

/**
 * The meaning of a word or phrase in the prompt vocabulary: its kind, a kind-specific value and a short description
 * for the parse report.
 */
record Word(Kind kind, Object value, String meaning) {

  /** Word classes of the prompt grammar. */
  enum Kind {
    /** Filler that changes nothing ("a", "the", "patient", "tooth"). */
    STOP,
    /** A preposition that may link a condition to the tooth after it ("at", "on", "of"). */
    LINK,
    /** A list joiner ("and", "&", "/", "plus"). */
    AND,
    /** ",": ends a clause but not a sentence. */
    COMMA,
    /** ".", ";", "!", "?", a line break: ends a sentence. */
    SEP,
    /** "-": a tooth range between two numbers, filler elsewhere. */
    DASH,
    /** Upper (true) or lower (false) jaw. */
    JAW,
    /** Patient's left (true) or right (false). */
    SIDE,
    /** "both", "bilateral": both sides (or jaws) of a tooth type. */
    BOTH,
    /** Ordinal of a tooth type: 1, 2, 3, or {@link #CENTRAL} / {@link #LATERAL} for incisors. */
    ORDINAL,
    /** A tooth class noun ({@link ToothNoun}). */
    NOUN,
    /** Palmer quadrant prefix, value the FDI quadrant 1..4. */
    PALMER,
    /** "#": the Universal number follows. */
    HASH,
    /** "universal": the Universal number follows. */
    UNIVERSAL,
    /** A unit after a number ({@link MeasureUnit}). */
    UNIT,
    /** A condition or procedure noun ({@link Head}). */
    HEAD,
    /** Tooth surfaces, value a {@code List<Condition.Surface>}. */
    SURFACE,
    /** Caries depth, value a {@code Condition.CariesDepth}. */
    DEPTH,
    /** Crown material, value a {@code Condition.CrownMaterial}. */
    CROWN_MATERIAL,
    /** Filling material, value a {@code Condition.RestorationMaterial}. */
    FILL_MATERIAL,
    /** "horizontal" / "vertical": bone loss pattern or impaction angle (90° / 0°), value the pattern. */
    ORIENTATION,
    /** An impaction angle word ("mesioangular"), value the angle in degrees. */
    ANGLE,
    /** "radius" (value true) or "diameter"/"size" (false): how a lesion's millimetres are meant. */
    SIZE,
    /** A planned-procedure marker ("planned", "placement"): the spec models the outcome. */
    PLANNED,
    /** "no", "not", "without": the condition after it is absent. */
    NEG,
    /** "or", "nor": joins conditions after a negation ("no caries or periapical lesions"); a choice elsewhere. */
    OR
  }

  static final int CENTRAL = -1;
  static final int LATERAL = -2;

  /** Tooth class nouns; {@code plural} for "molars", "wisdom teeth". */
  record ToothNoun(ToothClass cls, boolean plural) {}

  enum ToothClass { INCISOR, CANINE, PREMOLAR, MOLAR, WISDOM }

  enum MeasureUnit { MM, DEGREE, PERCENT }

  /** Condition heads; EXTRACTION is a procedure whose outcome is a missing tooth. */
  enum Head { CARIES, RESTORATION, ROOT_CANAL, CROWN, IMPLANT, MISSING, EXTRACTION, IMPACTED, PERIAPICAL_LESION,
    BONE_LOSS, SOUND }
}
