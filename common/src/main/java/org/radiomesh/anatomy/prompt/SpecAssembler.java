package org.radiomesh.anatomy.prompt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.radiomesh.anatomy.Condition;
import org.radiomesh.anatomy.DentitionSpec;
import org.radiomesh.anatomy.ToothNumber;
import org.radiomesh.anatomy.ToothSpec;
import org.radiomesh.anatomy.prompt.Word.Head;

/**
 * Collects the conditions of every tooth the prompt names into a {@link DentitionSpec} (teeth in FDI order; a tooth
 * named without conditions is sound), and settles how conditions combine:
 *
 * <ul>
 *   <li>an implant replaces the natural tooth: a "missing" finding and the natural tooth's conditions (caries, filling,
 *       root canal, impaction, periapical lesion) give way to it; a crown stays (the implant crown's material), bone
 *       loss stays;
 *   <li>a planned extraction replaces the tooth's conditions except bone loss ("38 impacted, extraction planned");
 *   <li>a tooth found missing that also has a natural-tooth condition, or is called sound and has a condition, is a
 *       contradiction, and so is one tooth with two different crowns, root canal fillings, impactions, lesions or bone
 *       losses, or two different depths (materials) of caries (fillings) on one surface;
 *   <li>an exact repeat is kept once;
 *   <li>a negated condition ("no caries on 36", "no caries") adds nothing, and the same condition stated for a tooth
 *       it covers is a contradiction.
 * </ul>
 *
 * <p>Every replacement is noted for the report. O(conditions).
 */
final class SpecAssembler {
  private record Entry(Condition condition, Unit head) {}

  private SpecAssembler() {}

  static DentitionSpec assemble(List<Unit> units, List<String> notes, List<Reading> problems) {
    Map<Integer, List<Entry>> byTooth = new TreeMap<>();
    for (Unit u : units) {
      if (u.kind == Unit.Kind.TOOTH) {
        for (int fdi : u.teeth) {
          byTooth.computeIfAbsent(fdi, k -> new ArrayList<>());
        }
      }
    }
    List<Unit> negated = new ArrayList<>();
    for (Unit u : units) {
      if (u.kind == Unit.Kind.HEAD && u.negation != null) {
        negated.add(u);
        if (u.target != null) {
          u.target.teeth.forEach(fdi -> byTooth.computeIfAbsent(fdi, k -> new ArrayList<>()));
        }
        continue;
      }
      if (u.kind != Unit.Kind.HEAD || u.target == null) {
        continue;
      }
      boolean perTooth = u.modifiers.stream().anyMatch(m -> m.forTeeth != null);
      List<Condition> shared = perTooth ? List.of() : ConditionFactory.build(u, notes, problems);
      for (int fdi : u.target.teeth) {
        List<Condition> conditions = perTooth ? ConditionFactory.build(forTooth(u, fdi), notes, problems) : shared;
        List<Entry> list = byTooth.get(fdi);
        if (u.word.value() == Head.SOUND) {
          list.add(new Entry(null, u));
        }
        for (Condition c : conditions) {
          if (list.stream().noneMatch(e -> c.equals(e.condition()))) {
            list.add(new Entry(c, u));
          }
        }
      }
    }
    List<ToothSpec> teeth = new ArrayList<>();
    for (Map.Entry<Integer, List<Entry>> e : byTooth.entrySet()) {
      List<Condition> kept = settle(e.getKey(), e.getValue(), notes, problems);
      for (Unit n : negated) {
        String code = Negations.code(n);
        if ((n.target == null || n.target.teeth.contains(e.getKey()))
            && kept.stream().anyMatch(c -> c.code().equals(code))) {
          problems.add(n.reading("'" + n.negation.text + " " + n.text + "' contradicts the " + code.replace('_', ' ')
              + " stated for tooth " + e.getKey()));
        }
      }
      teeth.add(new ToothSpec(ToothNumber.fdi(e.getKey()), kept));
    }
    return new DentitionSpec(teeth);
  }

  /** The head with only the modifiers that apply to tooth {@code fdi}. */
  private static Unit forTooth(Unit head, int fdi) {
    Unit copy = new Unit(head.kind, head.text, head.start, head.end, head.word);
    head.modifiers.stream().filter(m -> m.forTeeth == null || m.forTeeth.contains(fdi)).forEach(copy.modifiers::add);
    return copy;
  }

  private static List<Condition> settle(int fdi, List<Entry> entries, List<String> notes, List<Reading> problems) {
    Entry sound = find(entries, null);
    Entry implant = find(entries, Condition.Implant.class);
    Entry missing = find(entries, Condition.Missing.class);
    List<Entry> kept = new ArrayList<>();
    for (Entry e : entries) {
      Condition c = e.condition();
      if (c == null) {
        continue;
      }
      if (sound != null) {
        problems.add(sound.head().reading("tooth " + fdi + " is called sound but has " + c.code()));
        continue;
      }
      boolean natural = c instanceof Condition.Caries || c instanceof Condition.Restoration
          || c instanceof Condition.RootCanal || c instanceof Condition.Impacted
          || c instanceof Condition.PeriapicalLesion;
      if (implant != null && (natural || c instanceof Condition.Missing)) {
        notes.add("tooth " + fdi + ": the implant ('" + implant.head().text + "') replaces " + c.code() + " ('"
            + e.head().text + "')");
      } else if (implant == null && missing != null && (natural || c instanceof Condition.Crown)) {
        if (missing.head().word.value() == Head.EXTRACTION) {
          notes.add("tooth " + fdi + ": the extraction ('" + missing.head().text + "') replaces " + c.code()
              + " ('" + e.head().text + "')");
        } else {
          problems.add(e.head().reading("tooth " + fdi + " is missing ('" + missing.head().text + "') but has "
              + c.code()));
        }
      } else {
        kept.add(e);
      }
    }
    checkSingles(fdi, kept, problems);
    return kept.stream().map(Entry::condition).toList();
  }

  private static void checkSingles(int fdi, List<Entry> kept, List<Reading> problems) {
    for (int i = 0; i < kept.size(); i++) {
      for (int j = 0; j < i; j++) {
        Condition a = kept.get(j).condition();
        Condition b = kept.get(i).condition();
        boolean clash;
        if (a.getClass() != b.getClass()) {
          clash = false;
        } else if (a instanceof Condition.Caries ca) {
          clash = ca.surface() == ((Condition.Caries) b).surface();
        } else if (a instanceof Condition.Restoration ra) {
          clash = ra.surface() == ((Condition.Restoration) b).surface();
        } else {
          clash = true;
        }
        if (clash) {
          problems.add(kept.get(i).head().reading("tooth " + fdi + " has two different " + a.code() + ": " + a
              + " and " + b));
        }
      }
    }
  }

  private static Entry find(List<Entry> entries, Class<? extends Condition> type) {
    for (Entry e : entries) {
      if (type == null ? e.condition() == null : type.isInstance(e.condition())) {
        return e;
      }
    }
    return null;
  }
}
