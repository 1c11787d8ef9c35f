package org.radiomesh.anatomy.prompt;

import java.util.ArrayList;
import java.util.List;
import org.radiomesh.anatomy.DentitionSpec;
import org.radiomesh.anatomy.ToothNumber;
import org.radiomesh.anatomy.ToothSpec;

/**
 * Turns a text about teeth (a single-tooth prompt, a clinical record, a surgical plan) into a {@link DentitionSpec},
 * with a {@link ParseReport} saying how every word was read.
 *
 * <p>Grammar, in brief: teeth by FDI number ("46", "tooth 46", ranges "34-37"), Universal number ("#30",
 * "universal 30"), Palmer ("UR6", "LR 8", "upper right 6") or words ("lower left first molar", "upper wisdom
 * teeth"); conditions and procedures by their usual names ("deep distal caries", "MOD amalgam filling", "root canal
 * treatment", "PFM crown", "implant planned at 46", "extraction of 38", "impacted at 45 degrees", "periapical lesion
 * of 3 mm", "vertical bone loss of 4 mm"). Modifiers bind to the nearest condition they can describe ({@link
 * ModifierBinder}); conditions bind to teeth by linking words, clause and order ({@link ToothBinder}); defaults and
 * combination rules are in {@link ConditionFactory} and {@link SpecAssembler}. Planned procedures are modelled as
 * done. Records add negations ("no caries on 36", {@link Negations}), charting codes per tooth ("14 DO"), caries depth
 * in millimetres, and ignore dates, ages, symptoms and procedure details ({@link TimeExpressions}, {@link Lexicon}).
 *
 * <p>Strictness: filler words come from an explicit list ({@link Lexicon}); any other word the vocabulary does not
 * know, an ambiguous tooth, a modifier with nothing to describe, a condition with no tooth or a contradiction makes
 * {@link #parse} throw a {@link PromptException} listing what was understood and what was not. Nothing is silently
 * dropped. Cost: linear in the prompt length, quadratic at worst in the number of condition words (short texts).
 *
 * <pre>{@code
 * ParsedPrompt p = PromptParser.parse("a lower left first molar with a deep distal cavity");
 * p.spec().tooth(36); // caries, distal, inner dentin
 * }</pre>
 */
public final class PromptParser {
  private static final String NO_TOOTH = "no tooth named";
  private PromptParser() {}

  /** Parses a prompt naming any number of teeth (at least one). */
  public static ParsedPrompt parse(String prompt) throws PromptException {
    if (prompt == null || prompt.isBlank()) {
      throw new PromptException(prompt == null ? "" : prompt, List.of(),
          List.of(new Reading("", 0, 0, "empty prompt: no tooth")));
    }
    UnitReader reader = new UnitReader(prompt);
    List<Reading> problems = new ArrayList<>(reader.problems);
    List<String> notes = new ArrayList<>();
    List<Unit> units = new ArrayList<>(reader.units);
    ModifierBinder.bind(units, problems);
    Negations.mark(units, problems);
    List<Unit> structural = new ArrayList<>(units);
    ToothBinder.bind(structural, problems, notes);
    DentitionSpec spec = SpecAssembler.assemble(units, notes, problems);
    if (spec.teeth().isEmpty() && problems.isEmpty()) {
      problems.add(new Reading(prompt, 0, prompt.length(), NO_TOOTH));
    }
    if (!problems.isEmpty()) {
      throw new PromptException(prompt, understood(reader.readings, problems), problems);
    }
    return new ParsedPrompt(spec, new ParseReport(reader.readings, notes));
  }

  /**
   * Parses a clinical record or surgical description into the spec of the whole permanent dentition: all 32 teeth in
   * FDI order, those the text does not mention sound. Same grammar and strictness as {@link #parse}, except that a
   * text naming no tooth is allowed ("No caries." gives a sound dentition).
   */
  public static ParsedPrompt parseRecord(String record) throws PromptException {
    ParsedPrompt p;
    try {
      p = parse(record);
    } catch (PromptException e) {
      boolean onlyNoTooth = e.notUnderstood().size() == 1 && e.notUnderstood().get(0).meaning().equals(NO_TOOTH);
      if (!onlyNoTooth) {
        throw e;
      }
      UnitReader reader = new UnitReader(record);
      List<String> notes = List.of("no tooth named: every tooth sound");
      return new ParsedPrompt(wholeDentition(new DentitionSpec(List.of())), new ParseReport(reader.readings, notes));
    }
    return new ParsedPrompt(wholeDentition(p.spec()), p.report());
  }

  /** {@code spec} completed to all 32 permanent teeth in FDI order; teeth it does not list are sound. O(32). */
  public static DentitionSpec wholeDentition(DentitionSpec spec) {
    List<ToothSpec> teeth = new ArrayList<>();
    for (ToothNumber t : ToothNumber.all()) {
      teeth.add(spec.tooth(t.fdi()).orElse(ToothSpec.sound(t.fdi())));
    }
    return new DentitionSpec(teeth);
  }

  /** Parses a prompt that must name exactly one tooth (a synthetic single-tooth request). */
  public static ParsedPrompt parseSingleTooth(String prompt) throws PromptException {
    ParsedPrompt p = parse(prompt);
    if (p.spec().teeth().size() != 1) {
      List<Reading> understood = understood(p.report().readings(), List.of());
      throw new PromptException(prompt, understood, List.of(new Reading(prompt, 0, prompt.length(),
          "names " + p.spec().teeth().size() + " teeth, expected exactly one")));
    }
    return p;
  }

  private static List<Reading> understood(List<Reading> readings, List<Reading> problems) {
    return readings.stream().filter(r -> !r.meaning().startsWith("filler") && problems.stream()
        .noneMatch(p -> p.start() == r.start() && p.end() == r.end())).toList();
  }
}
