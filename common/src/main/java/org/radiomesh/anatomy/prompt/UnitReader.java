package org.radiomesh.anatomy.prompt;

import java.util.ArrayList;
import java.util.List;
import org.radiomesh.anatomy.Condition;
import org.radiomesh.anatomy.ToothNumber;
import org.radiomesh.anatomy.prompt.Word.Kind;

/**
 * Reads tokens into grammar units: looks every word up in the {@link Lexicon} (longest phrase first), reads numbers as
 * FDI numbers, Universal numbers ("#30", "universal 30"), Palmer numbers ("UR6", "upper right 6"), FDI ranges
 * ("34-37", one quadrant), Universal numbers marked after them ("30 (Universal)") or measurements ("3 mm", "45°",
 * "80 %", "2 mm deep"), tooth descriptions in words ({@link ToothWords}) and surface codes ({@link SurfaceCodes}).
 * Every token ends up in a reading: understood, ignored as filler, or not understood (with the reason).
 * O(tokens · longest phrase).
 */
final class UnitReader {
  /** One looked-up stretch of tokens; {@code word} is null for a number or an unknown word. */
  private record Lexeme(Word word, Token first, Token last, boolean number, String text) {
    Kind kind() {
      return word == null ? null : word.kind();
    }
  }

  final List<Unit> units = new ArrayList<>();
  final List<Reading> readings = new ArrayList<>();
  final List<Reading> problems = new ArrayList<>();
  private final String prompt;
  private final List<Lexeme> lex = new ArrayList<>();

  UnitReader(String prompt) {
    this.prompt = prompt;
    List<Token> tokens = PromptTokenizer.tokenize(prompt);
    for (int i = 0; i < tokens.size(); ) {
      Lexicon.Match m = Lexicon.match(tokens, i);
      int len = m == null ? 1 : m.length();
      Token first = tokens.get(i);
      Token last = tokens.get(i + len - 1);
      lex.add(new Lexeme(m == null ? null : m.word(), first, last, m == null && first.number(),
          prompt.substring(first.start(), last.end())));
      i += len;
    }
    for (int k = 0; k < lex.size(); ) {
      k = read(k);
    }
  }

  private int read(int k) {
    Lexeme x = lex.get(k);
    if (x.number()) {
      return number(k);
    }
    if (x.word() == null) {
      List<Condition.Surface> surfaces = SurfaceCodes.read(x.text());
      if (surfaces != null) {
        Word w = new Word(Kind.SURFACE, surfaces, "surfaces " + surfaces.toString().toLowerCase());
        Unit u = new Unit(Unit.Kind.MOD, x.text(), x.first().start(), x.last().end(), w);
        units.add(u);
        readings.add(u.reading(w.meaning()));
      } else {
        problem(x, x.first(), "unknown word");
      }
      return k + 1;
    }
    switch (x.kind()) {
      case STOP, DASH -> readings.add(reading(x, x, "filler, ignored"));
      case LINK -> unit(Unit.Kind.LINK, x);
      case AND -> unit(Unit.Kind.AND, x);
      case COMMA -> unit(Unit.Kind.COMMA, x);
      case SEP -> unit(Unit.Kind.SEP, x);
      case PLANNED -> unit(Unit.Kind.PLANNED, x);
      case NEG -> unit(Unit.Kind.NEG, x);
      case OR -> unit(Unit.Kind.OR, x);
      case HEAD -> unit(Unit.Kind.HEAD, x);
      case SURFACE, DEPTH, CROWN_MATERIAL, FILL_MATERIAL, ORIENTATION, ANGLE, SIZE -> unit(Unit.Kind.MOD, x);
      case UNIT -> problem(x, x.last(), "a unit with no number before it");
      case PALMER -> {
        return palmer(k);
      }
      case HASH, UNIVERSAL -> {
        return universal(k);
      }
      case JAW, SIDE, BOTH, ORDINAL, NOUN -> {
        return words(k);
      }
      default -> throw new IllegalStateException("unhandled word kind " + x.kind());
    }
    return k + 1;
  }

  private int number(int k) {
    Lexeme x = lex.get(k);
    double v = x.first().value();
    if (kindAt(k + 1) == Kind.UNIT) {
      Lexeme u = lex.get(k + 1);
      Word.MeasureUnit unit = (Word.MeasureUnit) u.word().value();
      boolean deep = unit == Word.MeasureUnit.MM && k + 2 < lex.size() && lex.get(k + 2).text().equalsIgnoreCase(
          "deep");
      Lexeme last = deep ? lex.get(k + 2) : u;
      Unit m = new Unit(Unit.Kind.MEASURE, span(x, last), x.first().start(), last.last().end(), null);
      m.value = v;
      m.unit = unit;
      m.depth = deep;
      units.add(m);
      readings.add(m.reading("measurement " + v + " " + u.word().meaning() + (deep ? " deep" : "")));
      return k + (deep ? 3 : 2);
    }
    int universalEnd = universalAfter(k);
    if (universalEnd > 0) {
      int u = intOrZero(v);
      if (u < 1 || u > 32) {
        problem(x, lex.get(universalEnd - 1).last(), "a Universal tooth number is 1-32");
      } else {
        tooth(x, lex.get(universalEnd - 1), List.of(ToothNumber.universal(u).fdi()), "Universal " + u);
      }
      return universalEnd;
    }
    if (kindAt(k + 1) == Kind.DASH && k + 2 < lex.size() && lex.get(k + 2).number() && kindAt(k + 3) != Kind.UNIT) {
      Lexeme y = lex.get(k + 2);
      int a = fdiOrZero(v);
      int b = fdiOrZero(y.first().value());
      if (a == 0 || b == 0 || a / 10 != b / 10 || a > b) {
        problem(x, y.last(), "not a tooth range (two FDI numbers of one quadrant, low to high)");
      } else {
        List<Integer> teeth = new ArrayList<>();
        for (int t = a; t <= b; t++) {
          teeth.add(t);
        }
        tooth(x, y, teeth, "FDI range");
      }
      return k + 3;
    }
    int fdi = fdiOrZero(v);
    if (fdi == 0) {
      problem(x, x.last(), "not an FDI tooth number (11-18, 21-28, 31-38, 41-48) and no unit (mm, degrees, %)"
          + " follows");
    } else {
      tooth(x, x, List.of(fdi), "FDI");
    }
    return k + 1;
  }

  /** After the number at {@code k}: "(universal)" or "(universal numbering)": the end of it, else -1. */
  private int universalAfter(int k) {
    int j = k + 1;
    boolean bracket = j < lex.size() && lex.get(j).text().equals("(");
    if (bracket) {
      j++;
    }
    if (kindAt(j) != Kind.UNIVERSAL || !bracket && j + 1 < lex.size() && lex.get(j + 1).number()) {
      return -1; // "46 universal 30" names two teeth
    }
    j++;
    while (j < lex.size() && kindAt(j) == Kind.STOP && !lex.get(j).text().equals("(")
        && !lex.get(j).text().equals(")") && lex.get(j).text().matches("(?i)numbering|notation|system")) {
      j++;
    }
    if (j < lex.size() && lex.get(j).text().equals(")")) {
      j++;
    }
    return j;
  }

  private int palmer(int k) {
    Lexeme q = lex.get(k);
    int pos = k + 1 < lex.size() && lex.get(k + 1).number() ? intOrZero(lex.get(k + 1).first().value()) : 0;
    if (pos < 1 || pos > 8 || kindAt(k + 2) == Kind.UNIT) {
      problem(q, q.last(), "a Palmer quadrant needs a position 1-8 after it");
      return k + 1;
    }
    int fdi = ((Integer) q.word().value()) * 10 + pos;
    tooth(q, lex.get(k + 1), List.of(fdi), "Palmer " + ToothNumber.fdi(fdi).palmer());
    return k + 2;
  }

  private int universal(int k) {
    int j = k + 1;
    while (j < lex.size() && j <= k + 2 && kindAt(j) == Kind.HASH) {
      j++;
    }
    Lexeme first = lex.get(k);
    int u = j < lex.size() && lex.get(j).number() ? intOrZero(lex.get(j).first().value()) : 0;
    if (u < 1 || u > 32 || kindAt(j + 1) == Kind.UNIT) {
      problem(first, lex.get(Math.min(j, lex.size() - 1)).last(), "a Universal tooth number 1-32 should follow");
      return Math.min(j + 1, lex.size());
    }
    tooth(first, lex.get(j), List.of(ToothNumber.universal(u).fdi()), "Universal " + u);
    return j + 1;
  }

  private int words(int k) {
    int j = k;
    List<Word> run = new ArrayList<>();
    while (j < lex.size()) {
      Kind kind = kindAt(j);
      boolean joinsOrdinals = (kind == Kind.AND || kind == Kind.COMMA) && kindAt(j - 1) == Kind.ORDINAL
          && kindAt(j + 1) == Kind.ORDINAL;
      if (kind != Kind.JAW && kind != Kind.SIDE && kind != Kind.BOTH && kind != Kind.ORDINAL && kind != Kind.NOUN
          && !joinsOrdinals) {
        break;
      }
      if (!joinsOrdinals) {
        run.add(lex.get(j).word());
      }
      j++;
    }
    Lexeme first = lex.get(k);
    Lexeme last = lex.get(j - 1);
    boolean numberFollows = j < lex.size() && lex.get(j).number() && kindAt(j + 1) != Kind.UNIT
        && kindAt(j + 1) != Kind.DASH;
    if (numberFollows && ToothWords.isQuadrant(run)) {
      int pos = intOrZero(lex.get(j).first().value());
      if (pos >= 1 && pos <= 8) {
        int fdi = ToothWords.quadrant(run) * 10 + pos;
        tooth(first, lex.get(j), List.of(fdi), "quadrant and position");
        return j + 1;
      }
    }
    if (run.stream().allMatch(w -> w.kind() == Kind.BOTH)) {
      readings.add(reading(first, last, "both (filler here)"));
      return j;
    }
    try {
      tooth(first, last, ToothWords.resolve(run), "words");
    } catch (IllegalArgumentException e) {
      problem(first, last.last(), e.getMessage());
    }
    return j;
  }

  private void tooth(Lexeme from, Lexeme to, List<Integer> fdi, String how) {
    Unit t = new Unit(Unit.Kind.TOOTH, span(from, to), from.first().start(), to.last().end(), null);
    t.teeth.addAll(fdi);
    units.add(t);
    readings.add(t.reading((fdi.size() == 1 ? "tooth " : "teeth ") + join(fdi) + " (" + how + ")"));
  }

  private void unit(Unit.Kind kind, Lexeme x) {
    Unit u = new Unit(kind, x.text(), x.first().start(), x.last().end(), x.word());
    units.add(u);
    readings.add(u.reading(x.word().meaning()));
  }

  private void problem(Lexeme from, Token to, String why) {
    Reading r = new Reading(prompt.substring(from.first().start(), to.end()), from.first().start(), to.end(), why);
    problems.add(r);
    readings.add(r);
  }

  private Reading reading(Lexeme from, Lexeme to, String meaning) {
    return new Reading(span(from, to), from.first().start(), to.last().end(), meaning);
  }

  private String span(Lexeme from, Lexeme to) {
    return prompt.substring(from.first().start(), to.last().end());
  }

  private Kind kindAt(int k) {
    return k >= 0 && k < lex.size() ? lex.get(k).kind() : null;
  }

  static String join(List<Integer> fdi) {
    return String.join(", ", fdi.stream().map(String::valueOf).toList());
  }

  private static int intOrZero(double v) {
    return v == Math.rint(v) && v >= 0 && v < 100 ? (int) v : 0;
  }

  private static int fdiOrZero(double v) {
    int n = intOrZero(v);
    return n >= 11 && n / 10 <= 4 && n % 10 >= 1 && n % 10 <= 8 ? n : 0;
  }
}
