package org.radiomesh.anatomy.prompt;

import java.util.ArrayList;
import java.util.List;

/**
 * A unit of the prompt grammar after words are read: a tooth reference (one or more FDI numbers), a measurement, a
 * condition head with the modifiers bound to it, a modifier, or a structural word (link, list joiner, clause or
 * sentence break). Mutable while the parser binds modifiers and teeth; never leaves the package.
 */
final class Unit {
  enum Kind { TOOTH, MEASURE, HEAD, MOD, PLANNED, LINK, AND, COMMA, SEP, NEG, OR }

  final Kind kind;
  final String text;
  final int start;
  final int end;
  /** The vocabulary entry (HEAD, MOD, structural units); null for TOOTH and MEASURE. */
  final Word word;
  /** TOOTH: the FDI numbers referred to, in order. */
  final List<Integer> teeth = new ArrayList<>();
  /** MEASURE: the number and its unit. */
  double value;
  Word.MeasureUnit unit;
  /** HEAD: the modifiers bound to it, and whether a planned-procedure marker was seen with it. */
  final List<Unit> modifiers = new ArrayList<>();
  /** HEAD: the tooth unit it was attached to. */
  Unit target;
  /** HEAD: the negation ("no", "not") that says this condition is absent, or null. */
  Unit negation;
  /** MOD: the teeth a surface code written right after a tooth number is for ("14 DO, 15 MOD"), else null. */
  List<Integer> forTeeth;
  /** MEASURE: millimetres said as a depth ("2 mm deep"). */
  boolean depth;

  Unit(Kind kind, String text, int start, int end, Word word) {
    this.kind = kind;
    this.text = text;
    this.start = start;
    this.end = end;
    this.word = word;
  }

  /** A modifier's kind as a vocabulary kind (MEASURE counts as {@link Word.Kind#UNIT}). */
  Word.Kind modKind() {
    return kind == Kind.MEASURE ? Word.Kind.UNIT : word.kind();
  }

  Reading reading(String meaning) {
    return new Reading(text, start, end, meaning);
  }

  @Override
  public String toString() {
    return kind + "('" + text + "')";
  }
}
