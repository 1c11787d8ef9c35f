package org.radiomesh.anatomy.prompt;

import java.util.ArrayList;
import java.util.List;

/**
 * Attaches each group of condition heads to the teeth it is about.
 *
 * <p>First, tooth references joined by "and" or commas merge into one group ("36 and 37", "teeth 11, 21"), and heads
 * joined by "and" (or adjacent) form one group ("root canal treatment and a crown"). Then, left to right, a head group
 * goes to: (1) the tooth group after it when a linking word stands between ("implant planned at 46", "extraction of
 * 38"); else (2) the tooth group already named in the same clause (since the last comma or sentence end: "36 with deep
 * caries"); else (3) the tooth group right after it ("crown 11"); else (4) the next tooth group in the sentence, or, if
 * none follows, the last one named in the sentence, then the last one named in the text ("46 root canal treated. A
 * periapical lesion of 3 mm."). A head group with no tooth at all is a problem. Every attachment is noted for the
 * report. A negated condition ({@link Negations}) with no tooth in its sentence is about the whole dentition.
 * O(units).
 */
final class ToothBinder {
  private ToothBinder() {}

  static void bind(List<Unit> units, List<Reading> problems, List<String> notes) {
    List<Object> items = group(units);
    Unit clause = null;
    Unit sentence = null;
    Unit text = null;
    List<List<Unit>> pending = new ArrayList<>();
    for (int i = 0; i <= items.size(); i++) {
      Object it = i < items.size() ? items.get(i) : null;
      if (it == null || isKind(it, Unit.Kind.SEP)) {
        for (List<Unit> g : pending) {
          // "36 deep caries. No periapical lesions." is about the whole dentition, not about 36.
          boolean negated = g.stream().allMatch(h -> h.negation != null);
          attach(g, sentence != null ? sentence : negated ? null : text, problems, notes);
        }
        pending.clear();
        clause = null;
        sentence = null;
      } else if (isKind(it, Unit.Kind.COMMA)) {
        clause = null;
      } else if (isKind(it, Unit.Kind.TOOTH)) {
        Unit t = (Unit) it;
        for (List<Unit> g : pending) {
          attach(g, t, problems, notes);
        }
        pending.clear();
        clause = t;
        sentence = t;
        text = t;
      } else if (it instanceof List<?>) {
        @SuppressWarnings("unchecked")
        List<Unit> g = (List<Unit>) it;
        int j = i + 1;
        while (j < items.size() && isKind(items.get(j), Unit.Kind.LINK)) {
          j++;
        }
        boolean linked = j > i + 1 && j < items.size() && isKind(items.get(j), Unit.Kind.TOOTH);
        boolean adjacent = i + 1 < items.size() && isKind(items.get(i + 1), Unit.Kind.TOOTH);
        if (linked) {
          attach(g, (Unit) items.get(j), problems, notes);
        } else if (clause != null) {
          attach(g, clause, problems, notes);
        } else if (adjacent) {
          attach(g, (Unit) items.get(i + 1), problems, notes);
        } else {
          pending.add(g);
        }
      }
    }
  }

  /**
   * Tooth units with merged lists, head groups as lists, LINK/COMMA/SEP units. Joiners (AND, COMMA) between two tooth
   * references merge them; AND between two heads groups them; otherwise a comma stays as a clause break and AND goes.
   */
  private static List<Object> group(List<Unit> units) {
    List<Object> items = new ArrayList<>();
    List<Unit> joiners = new ArrayList<>();
    boolean listClosed = false;
    for (Unit u : units) {
      if (u.kind == Unit.Kind.AND || u.kind == Unit.Kind.COMMA) {
        joiners.add(u);
        continue;
      }
      Object last = items.isEmpty() ? null : items.get(items.size() - 1);
      boolean onlyAnd = joiners.stream().allMatch(j -> j.kind == Unit.Kind.AND);
      if (u.kind == Unit.Kind.TOOTH && isKind(last, Unit.Kind.TOOTH) && !(listClosed && !joiners.isEmpty()
          && onlyCommas(joiners))) {
        // "11, 21 and 22" is one list; after "11 and 21" a comma starts a new clause ("11 and 21, 36 sound").
        Unit group = (Unit) last;
        u.teeth.stream().filter(t -> !group.teeth.contains(t)).forEach(group.teeth::add);
        listClosed |= !onlyCommas(joiners) && !joiners.isEmpty();
      } else if (u.kind == Unit.Kind.HEAD && last instanceof List<?> && onlyAnd) {
        @SuppressWarnings("unchecked")
        List<Unit> heads = (List<Unit>) last;
        heads.add(u);
      } else {
        flushComma(joiners, items);
        items.add(u.kind == Unit.Kind.HEAD ? new ArrayList<>(List.of(u)) : u);
        listClosed = false;
      }
      joiners.clear();
    }
    flushComma(joiners, items);
    return items;
  }

  private static boolean onlyCommas(List<Unit> joiners) {
    return joiners.stream().allMatch(j -> j.kind == Unit.Kind.COMMA);
  }

  private static void flushComma(List<Unit> joiners, List<Object> items) {
    joiners.stream().filter(j -> j.kind == Unit.Kind.COMMA).findFirst().ifPresent(items::add);
  }

  private static void attach(List<Unit> heads, Unit tooth, List<Reading> problems, List<String> notes) {
    for (Unit h : heads) {
      if (tooth == null && h.negation != null) {
        notes.add("'" + h.negation.text + " " + h.text + "' applies to the whole dentition");
      } else if (tooth == null) {
        problems.add(h.reading("no tooth in the text for this condition"));
      } else {
        h.target = tooth;
        notes.add("'" + h.text + "' applies to " + (tooth.teeth.size() == 1 ? "tooth " : "teeth ")
            + UnitReader.join(tooth.teeth));
      }
    }
  }

  private static boolean isKind(Object o, Unit.Kind kind) {
    return o instanceof Unit u && u.kind == kind;
  }
}
