package org.radiomesh.anatomy.prompt;

import java.util.List;

/**
 * What the parser understood: every token of the prompt, in order, with its meaning (filler words included, marked as
 * ignored), and notes on how conditions were attached to teeth and which defaults were applied.
 */
public record ParseReport(List<Reading> readings, List<String> notes) {
  public ParseReport {
    readings = List.copyOf(readings);
    notes = List.copyOf(notes);
  }

  /** The readings of words that were ignored because they cannot change the anatomy (filler, symptoms, dates). */
  public List<Reading> ignored() {
    return readings.stream().filter(r -> r.meaning().startsWith("filler")).toList();
  }

  /** One line per reading, then one line per note. */
  public String describe() {
    StringBuilder sb = new StringBuilder();
    for (Reading r : readings) {
      sb.append(r).append('\n');
    }
    for (String n : notes) {
      sb.append("note: ").append(n).append('\n');
    }
    return sb.toString();
  }
}
