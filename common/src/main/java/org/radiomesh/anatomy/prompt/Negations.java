package org.radiomesh.anatomy.prompt;

import java.util.List;
import org.radiomesh.anatomy.prompt.Word.Head;

/**
 * Marks the conditions a negation says are absent: "no", "not", "without", "absence of" apply to the condition word
 * after them (linking words may stand between: "no signs of caries") and to further condition words joined to it by
 * "or" or "nor" ("no caries or periapical lesions"); "and" there is ambiguous ("without caries and with a crown" reads
 * the same once filler is dropped) and is a problem. A negated condition adds nothing to the spec; it only
 * contradicts the same condition stated for the same tooth ({@link SpecAssembler}), and without a tooth it is about
 * the whole dentition ("No caries."). A negated condition takes no qualifiers ("no deep caries" is refused: the
 * parser would have to say what is there instead), "not sound" says nothing definite, and "or" outside a negation
 * leaves a choice; all three are problems. O(units).
 */
final class Negations {
  private Negations() {}

  /** Marks negated heads and removes negation and "or" units from {@code units}. */
  static void mark(List<Unit> units, List<Reading> problems) {
    for (int i = 0; i < units.size(); i++) {
      Unit neg = units.get(i);
      if (neg.kind != Unit.Kind.NEG) {
        continue;
      }
      int j = i + 1;
      while (j < units.size() && units.get(j).kind == Unit.Kind.LINK) {
        j++;
      }
      if (j >= units.size() || units.get(j).kind != Unit.Kind.HEAD) {
        problems.add(neg.reading("a negation with no condition after it"));
        continue;
      }
      while (true) {
        negate(units.get(j), neg, problems);
        Unit joiner = j + 2 < units.size() ? units.get(j + 1) : null;
        if (joiner == null || (joiner.kind != Unit.Kind.AND && joiner.kind != Unit.Kind.OR)
            || units.get(j + 2).kind != Unit.Kind.HEAD) {
          break;
        }
        if (joiner.kind == Unit.Kind.AND) {
          problems.add(joiner.reading("after a negated condition, is the next one absent too? Write 'or' (absent)"
              + " or start a new clause (present)"));
          break;
        }
        units.set(j + 1, new Unit(Unit.Kind.AND, joiner.text, joiner.start, joiner.end, joiner.word));
        j += 2;
      }
    }
    for (Unit u : units) {
      if (u.kind == Unit.Kind.OR) {
        problems.add(u.reading("'" + u.text + "' leaves a choice: say which condition is there"));
      }
    }
    units.removeIf(u -> u.kind == Unit.Kind.NEG || u.kind == Unit.Kind.OR);
  }

  private static void negate(Unit head, Unit neg, List<Reading> problems) {
    head.negation = neg;
    if (head.word.value() == Head.SOUND) {
      problems.add(head.reading("'" + neg.text + " " + head.text + "' does not say what the tooth has"));
    }
    for (Unit m : head.modifiers) {
      if (m.kind != Unit.Kind.PLANNED) {
        problems.add(m.reading("qualifies a negated condition ('" + neg.text + " ... " + head.text
            + "'): say what is absent without qualifiers, or what is there"));
      }
    }
  }

  /** The condition code a negated head rules out. */
  static String code(Unit head) {
    return switch ((Head) head.word.value()) {
      case EXTRACTION, MISSING -> "missing";
      case ROOT_CANAL -> "root_canal";
      case PERIAPICAL_LESION -> "periapical_lesion";
      case BONE_LOSS -> "bone_loss";
      default -> ((Head) head.word.value()).name().toLowerCase();
    };
  }
}
