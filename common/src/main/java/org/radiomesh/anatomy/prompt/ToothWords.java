package org.radiomesh.anatomy.prompt;

import java.util.ArrayList;
import java.util.List;
import org.radiomesh.anatomy.prompt.Word.Kind;
import org.radiomesh.anatomy.prompt.Word.ToothClass;
import org.radiomesh.anatomy.prompt.Word.ToothNoun;

/**
 * Turns a tooth description in words (jaw, side, ordinal and class, in any order: "lower left first molar", "left
 * mandibular 1st molar", "upper wisdom teeth", "both lower canines") into FDI numbers.
 *
 * <p>A singular description must name the jaw, the side and the exact type, or it is ambiguous and rejected ("lower
 * molar": which one?). A plural noun or "both" widens what is left open: "upper wisdom teeth" is 18 and 28, "lower
 * left molars" 36, 37 and 38. FDI quadrants: 1 upper right, 2 upper left, 3 lower left, 4 lower right (patient's
 * sides).
 * O(words).
 */
final class ToothWords {
  private ToothWords() {}

  /** True when the words are exactly a jaw and a side ("upper right"), as before a Palmer-style position. */
  static boolean isQuadrant(List<Word> run) {
    return run.size() == 2 && count(run, Kind.JAW) == 1 && count(run, Kind.SIDE) == 1;
  }

  /** FDI quadrant 1..4 of a jaw-and-side pair. */
  static int quadrant(List<Word> run) {
    boolean upper = true;
    boolean left = true;
    for (Word w : run) {
      if (w.kind() == Kind.JAW) {
        upper = (Boolean) w.value();
      } else if (w.kind() == Kind.SIDE) {
        left = (Boolean) w.value();
      }
    }
    return quadrant(upper, left);
  }

  /**
   * FDI numbers described by the words, sorted.
   *
   * @throws IllegalArgumentException saying what is missing, ambiguous or contradictory
   */
  static List<Integer> resolve(List<Word> run) {
    Boolean upper = null;
    Boolean left = null;
    boolean both = false;
    ToothNoun noun = null;
    List<Integer> ordinals = new ArrayList<>();
    for (Word w : run) {
      switch (w.kind()) {
        case JAW -> upper = same(upper, (Boolean) w.value(), "upper and lower");
        case SIDE -> left = same(left, (Boolean) w.value(), "left and right");
        case BOTH -> both = true;
        case ORDINAL -> ordinals.add((Integer) w.value());
        case NOUN -> {
          if (noun != null) {
            throw new IllegalArgumentException("two tooth types in one description");
          }
          noun = (ToothNoun) w.value();
        }
        default -> throw new IllegalStateException("not a tooth word: " + w);
      }
    }
    ToothClass cls = noun == null ? null : noun.cls();
    if (cls == null && !ordinals.isEmpty() && ordinals.stream().allMatch(o -> o < 0)) {
      cls = ToothClass.INCISOR;
    }
    if (cls == null) {
      throw new IllegalArgumentException("no tooth type (incisor, canine, premolar, molar, wisdom tooth)");
    }
    boolean plural = both || (noun != null && noun.plural());
    List<Integer> positions = positions(cls, ordinals, plural);
    if (upper == null && !plural) {
      throw new IllegalArgumentException("upper or lower? (a single tooth needs its jaw)");
    }
    if (left == null && !plural) {
      throw new IllegalArgumentException("left or right? (a single tooth needs its side)");
    }
    List<Integer> fdi = new ArrayList<>();
    for (boolean u : upper == null ? new boolean[] {true, false} : new boolean[] {upper}) {
      for (boolean l : left == null ? new boolean[] {false, true} : new boolean[] {left}) {
        for (int p : positions) {
          fdi.add(quadrant(u, l) * 10 + p);
        }
      }
    }
    fdi.sort(Integer::compare);
    return fdi;
  }

  private static List<Integer> positions(ToothClass cls, List<Integer> ordinals, boolean plural) {
    String name = cls.name().toLowerCase();
    switch (cls) {
      case CANINE, WISDOM -> {
        if (!ordinals.isEmpty()) {
          throw new IllegalArgumentException("a " + name + " takes no ordinal");
        }
        return List.of(cls == ToothClass.CANINE ? 3 : 8);
      }
      case INCISOR -> {
        if (ordinals.isEmpty()) {
          return plural ? List.of(1, 2) : ambiguous("incisor", "central or lateral");
        }
        List<Integer> out = new ArrayList<>();
        for (int o : ordinals) {
          if (o >= 0) {
            throw new IllegalArgumentException("incisors are central or lateral, not numbered");
          }
          out.add(o == Word.CENTRAL ? 1 : 2);
        }
        return out;
      }
      default -> {
        int first = cls == ToothClass.PREMOLAR ? 4 : 6;
        int count = cls == ToothClass.PREMOLAR ? 2 : 3;
        if (ordinals.isEmpty()) {
          if (!plural) {
            return ambiguous(name, cls == ToothClass.PREMOLAR ? "first or second" : "first, second or third");
          }
          List<Integer> all = new ArrayList<>();
          for (int i = 0; i < count; i++) {
            all.add(first + i);
          }
          return all;
        }
        List<Integer> out = new ArrayList<>();
        for (int o : ordinals) {
          if (o < 1 || o > count) {
            throw new IllegalArgumentException("there is no " + (o < 0 ? "central or lateral" : "ordinal " + o) + " "
                + name);
          }
          out.add(first + o - 1);
        }
        return out;
      }
    }
  }

  private static List<Integer> ambiguous(String noun, String choices) {
    throw new IllegalArgumentException("which " + noun + "? (" + choices + ")");
  }

  private static Boolean same(Boolean old, Boolean now, String both) {
    if (old != null && !old.equals(now)) {
      throw new IllegalArgumentException(both + " in one description");
    }
    return now;
  }

  private static int count(List<Word> run, Kind kind) {
    return (int) run.stream().filter(w -> w.kind() == kind).count();
  }

  private static int quadrant(boolean upper, boolean left) {
    return upper ? (left ? 2 : 1) : (left ? 3 : 4);
  }
}
