package org.radiomesh.model.vlm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.radiomesh.anatomy.ToothNumber;

/**
 * A lenient reader of findings in free text, for what a vision-language model generates: sentence by sentence, it
 * finds the teeth named (FDI "36", Universal "#30" or "universal 30", Palmer "LL6", words "lower left first molar")
 * and the condition words, and pairs every condition of a sentence with every tooth of it. A sentence with a
 * condition and no tooth gives one finding without a tooth. A condition preceded, within three words, by "no", "not",
 * "without", "free of" or "absence of" is dropped. Nothing is ever rejected: text it does not understand gives no
 * finding, and the caller keeps the raw text.
 *
 * <p>Conventions: sentences end at '.', ';', '!', '?' or a line break (a '.' between digits is a decimal point);
 * bare two-digit numbers are FDI, except when followed by a unit (mm, degrees, %); findings are unique per
 * (tooth, condition), the first sentence kept. Cost O(text length × phrases). Stateless and thread-safe.
 */
public final class FindingExtractor {
  private static final Pattern SENTENCE = Pattern.compile("(?<!\\d)\\.|\\.(?!\\d)|[;!?\\n]");
  private static final Pattern PALMER = Pattern.compile("\\b(ur|ul|ll|lr) ?([1-8])\\b");
  private static final Pattern UNIVERSAL = Pattern.compile("(?:#|\\buniversal (?:number |no\\.? )?)(\\d{1,2})\\b");
  private static final Pattern FDI = Pattern.compile("\\b([1-4][1-8])\\b(?! ?(?:mm|millimet|degree|deg\\b|°|%))");
  private static final Pattern WORDS;
  private static final Map<String, ToothNumber> BY_WORDS = new LinkedHashMap<>();
  private static final Pattern NEGATION =
      Pattern.compile("\\b(?:no|not|without|free of|absence of)\\b(?:\\W+\\w+){0,2}\\W*$");
  /** Condition phrases to codes, longer phrases first so that "root filling" is not read as a restoration. */
  private static final Object[][] CONDITIONS = {
      {"root canal (?:treatment|therapy|filling)s?|root canals?|root[- ]fill(?:ed|ing)s?|endodontic(?:ally)?"
          + "(?: treat(?:ed|ment))?|rct", "root_canal"},
      {"periapical (?:lesion|radiolucency|radiolucencies|abscess|granuloma|lesions)|apical (?:lesion|periodontitis)s?"
          + "|periapical", "periapical_lesion"},
      {"(?:alveolar |periodontal |horizontal |vertical )?bone loss", "bone_loss"},
      {"caries|carious|decay(?:ed)?|cavit(?:y|ies)", "caries"},
      {"restorations?|restored|fillings?|filled", "restoration"},
      {"crowns?|crowned", "crown"},
      {"implants?", "implant"},
      {"missing|absent|extracted|edentulous", "missing"},
      {"impacted|impactions?", "impacted"}};
  private static final Pattern[] CONDITION_PATTERNS = new Pattern[CONDITIONS.length];

  static {
    for (ToothNumber t : ToothNumber.all()) {
      BY_WORDS.put(t.words(), t);
    }
    List<String> phrases = new ArrayList<>(BY_WORDS.keySet());
    WORDS = Pattern.compile("\\b(" + String.join("|", phrases) + ")\\b");
    for (int i = 0; i < CONDITIONS.length; i++) {
      CONDITION_PATTERNS[i] = Pattern.compile("\\b(?:" + CONDITIONS[i][0] + ")\\b");
    }
  }

  private FindingExtractor() {}

  /** The findings of {@code text}, in order of first mention. */
  public static List<ExtractedFinding> extract(String text) {
    Map<String, ExtractedFinding> found = new LinkedHashMap<>();
    for (String raw : SENTENCE.split(text)) {
      String sentence = raw.strip();
      if (sentence.isEmpty()) {
        continue;
      }
      StringBuilder lower = new StringBuilder(sentence.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
      List<ToothNumber> teeth = teeth(lower);
      for (String code : conditions(lower)) {
        if (teeth.isEmpty()) {
          found.putIfAbsent("-/" + code, new ExtractedFinding(null, code, sentence));
        }
        for (ToothNumber tooth : teeth) {
          found.putIfAbsent(tooth.fdi() + "/" + code, new ExtractedFinding(tooth, code, sentence));
        }
      }
    }
    return List.copyOf(found.values());
  }

  /** The teeth named in {@code s}, in order, each once; matched spans are blanked so no number counts twice. */
  static List<ToothNumber> teeth(StringBuilder s) {
    List<ToothNumber> teeth = new ArrayList<>();
    for (Matcher m = WORDS.matcher(s); m.find(); m = WORDS.matcher(blank(s, m))) {
      add(teeth, BY_WORDS.get(m.group(1)));
    }
    for (Matcher m = PALMER.matcher(s); m.find(); m = PALMER.matcher(blank(s, m))) {
      add(teeth, ToothNumber.palmer(m.group(1), Integer.parseInt(m.group(2))));
    }
    for (Matcher m = UNIVERSAL.matcher(s); m.find(); m = UNIVERSAL.matcher(blank(s, m))) {
      int n = Integer.parseInt(m.group(1));
      if (n >= 1 && n <= 32) {
        add(teeth, ToothNumber.universal(n));
      }
    }
    for (Matcher m = FDI.matcher(s); m.find(); m = FDI.matcher(blank(s, m))) {
      add(teeth, ToothNumber.fdi(Integer.parseInt(m.group(1))));
    }
    return teeth;
  }

  /** The condition codes named and not negated in {@code s}, in vocabulary order, each once. */
  static List<String> conditions(StringBuilder s) {
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < CONDITIONS.length; i++) {
      for (Matcher m = CONDITION_PATTERNS[i].matcher(s); m.find(); m = CONDITION_PATTERNS[i].matcher(s)) {
        boolean negated = NEGATION.matcher(s.substring(0, m.start())).find();
        String code = (String) CONDITIONS[i][1];
        if (!negated && !codes.contains(code)) {
          codes.add(code);
        }
        blank(s, m);
      }
    }
    return codes;
  }

  private static StringBuilder blank(StringBuilder s, Matcher m) {
    for (int i = m.start(); i < m.end(); i++) {
      s.setCharAt(i, ' ');
    }
    return s;
  }

  private static void add(List<ToothNumber> teeth, ToothNumber t) {
    if (!teeth.contains(t)) {
      teeth.add(t);
    }
  }
}
