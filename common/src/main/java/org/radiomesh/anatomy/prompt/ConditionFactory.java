package org.radiomesh.anatomy.prompt;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.radiomesh.anatomy.Condition;
import org.radiomesh.anatomy.Condition.BoneLossPattern;
import org.radiomesh.anatomy.Condition.CariesDepth;
import org.radiomesh.anatomy.Condition.CrownMaterial;
import org.radiomesh.anatomy.Condition.RestorationMaterial;
import org.radiomesh.anatomy.Condition.Surface;
import org.radiomesh.anatomy.prompt.Word.Head;
import org.radiomesh.anatomy.prompt.Word.Kind;
import org.radiomesh.anatomy.prompt.Word.MeasureUnit;

/**
 * Builds the conditions of one head from the modifiers bound to it, applying documented defaults for what the text
 * leaves out (each default is noted in the report):
 *
 * <ul>
 *   <li>caries: occlusal surface, outer-dentin depth; one condition per named surface ("mesial and distal caries");
 *       millimetres give the depth ({@link #cariesDepth(double)}: "caries 2 mm deep" is outer dentin);
 *   <li>filling: composite, occlusal; "MOD" gives mesial, occlusal and distal fillings;
 *   <li>root canal filling: full length (a percentage sets the fill length: "80 %" → 0.8);
 *   <li>crown: metal-ceramic;
 *   <li>impaction: 45° (mesioangular); "horizontal" 90°, "vertical" 0°, "distoangular" −45°; degrees given as a number
 *       keep the sign of a mesio/distoangular word;
 *   <li>periapical lesion: a size in mm is its diameter (radiology reports give the largest extent) unless "radius" is
 *       said; default radius 1.5 mm;
 *   <li>bone loss: horizontal, 3 mm.
 * </ul>
 *
 * <p>Two different values for one parameter ("deep shallow caries"), or a value out of range, is a problem.
 * O(modifiers).
 */
final class ConditionFactory {
  private ConditionFactory() {}

  /** The conditions of a head (empty for "sound"), adding defaults to {@code notes} and errors to {@code problems}. */
  static List<Condition> build(Unit head, List<String> notes, List<Reading> problems) {
    Head h = (Head) head.word.value();
    Set<Surface> surfaces = new LinkedHashSet<>();
    for (Unit m : head.modifiers) {
      if (m.kind != Unit.Kind.PLANNED && m.modKind() == Kind.SURFACE) {
        @SuppressWarnings("unchecked")
        List<Surface> s = (List<Surface>) m.word.value();
        surfaces.addAll(s);
      }
    }
    List<Condition> out = new ArrayList<>();
    try {
      switch (h) {
        case CARIES -> {
          Double mm = measure(head, MeasureUnit.MM);
          CariesDepth depth;
          if (mm == null) {
            depth = one(head, Kind.DEPTH, CariesDepth.OUTER_DENTIN, "caries depth", notes);
          } else {
            depth = cariesDepth(mm);
            CariesDepth word = one(head, Kind.DEPTH, null, null, notes);
            if (word != null && word != depth) {
              throw new IllegalArgumentException("conflicting depth: " + word.name().toLowerCase() + " and " + mm
                  + " mm (" + depth.name().toLowerCase() + ")");
            }
            notes.add("'" + head.text + "': " + mm + " mm deep read as " + depth.name().toLowerCase()
                .replace('_', ' '));
          }
          for (Surface s : surfaces(surfaces, head, notes)) {
            out.add(new Condition.Caries(s, depth));
          }
        }
        case RESTORATION -> {
          RestorationMaterial mat = one(head, Kind.FILL_MATERIAL, RestorationMaterial.COMPOSITE, "filling material",
              notes);
          for (Surface s : surfaces(surfaces, head, notes)) {
            out.add(new Condition.Restoration(mat, s));
          }
        }
        case ROOT_CANAL -> {
          Double pct = measure(head, MeasureUnit.PERCENT);
          out.add(new Condition.RootCanal(pct == null ? 1.0 : pct / 100));
        }
        case CROWN -> out.add(new Condition.Crown(one(head, Kind.CROWN_MATERIAL, CrownMaterial.METAL_CERAMIC,
            "crown material", notes)));
        case IMPLANT -> out.add(new Condition.Implant());
        case MISSING, EXTRACTION -> out.add(new Condition.Missing());
        case IMPACTED -> out.add(new Condition.Impacted(impactionAngle(head, notes)));
        case PERIAPICAL_LESION -> {
          Double mm = measure(head, MeasureUnit.MM);
          Boolean radius = one(head, Kind.SIZE, null, null, notes);
          if (mm == null) {
            notes.add("'" + head.text + "': size not stated, default radius 1.5 mm");
            out.add(new Condition.PeriapicalLesion(1.5));
          } else {
            if (radius == null) {
              notes.add("'" + head.text + "': " + mm + " mm read as the lesion's diameter (radius " + mm / 2
                  + " mm); say 'radius' to give a radius");
            }
            out.add(new Condition.PeriapicalLesion(Boolean.TRUE.equals(radius) ? mm : mm / 2));
          }
        }
        case BONE_LOSS -> {
          BoneLossPattern p = one(head, Kind.ORIENTATION, BoneLossPattern.HORIZONTAL, "bone loss pattern", notes);
          Double mm = measure(head, MeasureUnit.MM);
          if (mm == null) {
            notes.add("'" + head.text + "': amount not stated, default 3 mm");
          }
          out.add(new Condition.BoneLoss(p, mm == null ? 3.0 : mm));
        }
        case SOUND -> { }
        default -> throw new IllegalStateException("unhandled head " + h);
      }
    } catch (IllegalArgumentException e) {
      problems.add(head.reading(e.getMessage()));
    }
    return out;
  }

  /**
   * Caries depth from millimetres below the surface, for typical permanent-tooth thicknesses (enamel about 1.5 mm,
   * surface to pulp about 4.5 mm): up to 1.5 mm enamel, up to 3 mm outer dentin, below 4.5 mm inner dentin, from 4.5
   * mm pulp exposure.
   */
  static CariesDepth cariesDepth(double mm) {
    if (!(mm > 0 && mm <= 10)) {
      throw new IllegalArgumentException("caries depth " + mm + " mm, expected (0, 10]");
    }
    return mm <= 1.5 ? CariesDepth.ENAMEL : mm <= 3 ? CariesDepth.OUTER_DENTIN : mm < 4.5 ? CariesDepth.INNER_DENTIN
        : CariesDepth.PULP_EXPOSURE;
  }

  private static List<Surface> surfaces(Set<Surface> named, Unit head, List<String> notes) {
    if (named.isEmpty()) {
      notes.add("'" + head.text + "': surface not stated, default occlusal");
      return List.of(Surface.OCCLUSAL);
    }
    return new ArrayList<>(named);
  }

  private static double impactionAngle(Unit head, List<String> notes) {
    Double word = one(head, Kind.ANGLE, null, null, notes);
    BoneLossPattern orientation = one(head, Kind.ORIENTATION, null, null, notes);
    Double degrees = measure(head, MeasureUnit.DEGREE);
    if (orientation != null && (word != null || degrees != null)) {
      throw new IllegalArgumentException("both " + orientation.name().toLowerCase() + " and an angle given");
    }
    if (degrees != null) {
      return word != null && word < 0 ? -Math.abs(degrees) : degrees;
    }
    if (word != null) {
      return word;
    }
    if (orientation != null) {
      return orientation == BoneLossPattern.HORIZONTAL ? 90 : 0;
    }
    notes.add("'" + head.text + "': angle not stated, default 45° (mesioangular)");
    return 45;
  }

  /** The single value of a modifier kind bound to the head, or the default (noted when {@code what} is given). */
  @SuppressWarnings("unchecked")
  private static <T> T one(Unit head, Kind kind, T fallback, String what, List<String> notes) {
    T found = null;
    for (Unit m : head.modifiers) {
      if (m.kind == Unit.Kind.PLANNED || m.modKind() != kind) {
        continue;
      }
      T v = (T) m.word.value();
      if (found != null && !found.equals(v)) {
        throw new IllegalArgumentException("conflicting " + kind.name().toLowerCase().replace('_', ' ') + ": "
            + found + " and " + v);
      }
      found = v;
    }
    if (found == null && what != null) {
      notes.add("'" + head.text + "': " + what + " not stated, default " + fallback.toString().toLowerCase()
          .replace('_', ' '));
    }
    return found == null ? fallback : found;
  }

  private static Double measure(Unit head, MeasureUnit unit) {
    Double found = null;
    for (Unit m : head.modifiers) {
      if (m.kind == Unit.Kind.MEASURE && m.unit == unit) {
        if (found != null && found != m.value) {
          throw new IllegalArgumentException("two measurements: " + found + " and " + m.value);
        }
        found = m.value;
      }
    }
    return found;
  }
}
