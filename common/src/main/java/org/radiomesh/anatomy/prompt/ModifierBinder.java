package org.radiomesh.anatomy.prompt;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.radiomesh.anatomy.prompt.Word.Head;
import org.radiomesh.anatomy.prompt.Word.Kind;
import org.radiomesh.anatomy.prompt.Word.MeasureUnit;

/**
 * Binds every modifier (surface, depth, material, orientation, angle, size word, measurement) to the nearest condition
 * head in the same sentence that it can describe: "deep" only to caries, "ceramic" only to a crown, millimetres to a
 * periapical lesion, bone loss or caries (its depth; "2 mm deep" only to caries or bone loss), degrees to an
 * impaction, a percentage to a root canal filling. Before and after
 * count alike; on a tie the head after the modifier wins ("deep distal caries"). A modifier with no head it fits is a
 * problem, never dropped. A surface code right after a tooth number is for that tooth only ("filling 14 DO, 15
 * MOD"). Planned-procedure markers are bound the same way, for the report only. O(units²) worst case
 * (prompts are short).
 */
final class ModifierBinder {
  private ModifierBinder() {}

  /** Binds modifiers and removes them (and planned markers) from {@code units}. */
  static void bind(List<Unit> units, List<Reading> problems) {
    for (int i = 0; i < units.size(); i++) {
      Unit m = units.get(i);
      if (m.kind != Unit.Kind.MOD && m.kind != Unit.Kind.MEASURE && m.kind != Unit.Kind.PLANNED) {
        continue;
      }
      Set<Head> fits = m.kind == Unit.Kind.PLANNED ? EnumSet.allOf(Head.class) : fits(m);
      if (m.kind == Unit.Kind.MOD && m.modKind() == Kind.SURFACE && i > 0 && units.get(i - 1).kind == Unit.Kind.TOOTH) {
        m.forTeeth = List.copyOf(units.get(i - 1).teeth); // charting: "filling 14 DO, 15 MOD"
      }
      Unit best = null;
      int bestDistance = Integer.MAX_VALUE;
      for (int j = i + 1; j < units.size() && units.get(j).kind != Unit.Kind.SEP; j++) {
        if (isHead(units.get(j), fits)) {
          best = units.get(j);
          bestDistance = j - i;
          break;
        }
      }
      for (int j = i - 1; j >= 0 && i - j < bestDistance && units.get(j).kind != Unit.Kind.SEP; j--) {
        if (isHead(units.get(j), fits)) {
          best = units.get(j);
          break;
        }
      }
      if (best != null) {
        best.modifiers.add(m);
      } else if (m.kind != Unit.Kind.PLANNED) {
        problems.add(m.reading("nothing in its sentence that it can describe (it fits: " + names(fits) + ")"));
      }
    }
    units.removeIf(u -> u.kind == Unit.Kind.MOD || u.kind == Unit.Kind.MEASURE || u.kind == Unit.Kind.PLANNED);
  }

  private static boolean isHead(Unit u, Set<Head> fits) {
    return u.kind == Unit.Kind.HEAD && fits.contains((Head) u.word.value());
  }

  /** The heads a modifier can describe. */
  static Set<Head> fits(Unit m) {
    Kind kind = m.modKind();
    return switch (kind) {
      case SURFACE -> EnumSet.of(Head.CARIES, Head.RESTORATION);
      case DEPTH -> EnumSet.of(Head.CARIES);
      case CROWN_MATERIAL -> EnumSet.of(Head.CROWN);
      case FILL_MATERIAL -> EnumSet.of(Head.RESTORATION);
      case ORIENTATION -> EnumSet.of(Head.BONE_LOSS, Head.IMPACTED);
      case ANGLE -> EnumSet.of(Head.IMPACTED);
      case SIZE -> EnumSet.of(Head.PERIAPICAL_LESION);
      case UNIT -> m.unit == MeasureUnit.MM && m.depth ? EnumSet.of(Head.CARIES, Head.BONE_LOSS)
          : m.unit == MeasureUnit.MM ? EnumSet.of(Head.PERIAPICAL_LESION, Head.BONE_LOSS, Head.CARIES)
          : m.unit == MeasureUnit.DEGREE ? EnumSet.of(Head.IMPACTED) : EnumSet.of(Head.ROOT_CANAL);
      default -> throw new IllegalStateException("not a modifier: " + m);
    };
  }

  private static String names(Set<Head> heads) {
    List<String> out = new ArrayList<>();
    for (Head h : heads) {
      out.add(h.name().toLowerCase().replace('_', ' '));
    }
    return String.join(", ", out);
  }
}
