package org.radiomesh.anatomy.prompt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.radiomesh.anatomy.Condition.BoneLossPattern;
import org.radiomesh.anatomy.Condition.CariesDepth;
import org.radiomesh.anatomy.Condition.CrownMaterial;
import org.radiomesh.anatomy.Condition.RestorationMaterial;
import org.radiomesh.anatomy.Condition.Surface;
import org.radiomesh.anatomy.prompt.Word.Head;
import org.radiomesh.anatomy.prompt.Word.Kind;
import org.radiomesh.anatomy.prompt.Word.MeasureUnit;
import org.radiomesh.anatomy.prompt.Word.ToothClass;
import org.radiomesh.anatomy.prompt.Word.ToothNoun;

/**
 * The prompt vocabulary: every word and phrase the parser understands, including the explicit list of harmless filler
 * words. A word not listed here (and not a number) is not understood, and the parser reports it instead of dropping it.
 *
 * <p>Phrases are sequences of tokens as {@link PromptTokenizer} splits them ("porcelain fused to metal", "1 st");
 * {@link #match} returns the longest phrase at a position. O(phrases starting with the token) per lookup.
 */
final class Lexicon {
  /** A phrase that matched: its meaning and how many tokens it spans. */
  record Match(Word word, int length) {}

  private static final Map<String, List<String[]>> PHRASES = new HashMap<>();
  private static final Map<String, Word> WORDS = new HashMap<>();

  static {
    WORDS.put("no.", new Word(Kind.STOP, null, "filler, ignored"));
    PHRASES.put("no.", new ArrayList<>(List.<String[]>of(new String[] {"no."})));
    stop("a", "an", "the", "with", "has", "have", "having", "had", "patient", "patients", "shows", "show", "showing",
        "shown", "tooth", "teeth", "is", "are", "was", "were", "be", "been", "being", "there", "also", "noted", "note",
        "seen", "present", "presence", "observed", "visible", "which", "that", "this", "these", "those", "its", "his",
        "her", "their", "surface", "surfaces", "region", "site", "number", "nr", "(", ")", ":", "\"", "'",
        "finding", "findings", "diagnosis", "impression", "status", "angle", "angled", "angulated", "angulation",
        "tilted", "inclined", "measuring", "measures", "size", "sized", "approximately", "about", "around", "approx",
        "dental", "located", "then", "later", "subsequently", "afterwards", "currently", "previously", "already",
        "existing", "old", "new", "recent", "recently", "clinical", "clinically", "radiographic", "radiographically",
        "evidence", "signs", "sign", "involving");
    WORDS.put(TimeExpressions.TOKEN, new Word(Kind.STOP, null, "filler, ignored (date, time, age or duration)"));
    PHRASES.put(TimeExpressions.TOKEN, new ArrayList<>(List.<String[]>of(new String[] {TimeExpressions.TOKEN})));
    records();
    for (String w : new String[] {"at", "on", "of", "for", "in", "to", "regarding", "affecting"}) {
      add(w, Kind.LINK, null, "may link a condition to the tooth after it");
    }
    for (String w : new String[] {"and", "&", "/", "+", "plus", "as well as"}) {
      add(w, Kind.AND, null, "list joiner");
    }
    add(",", Kind.COMMA, null, "clause break");
    for (String w : new String[] {".", ";", "!", "?", "\n"}) {
      add(w, Kind.SEP, null, "sentence break");
    }
    add("-", Kind.DASH, null, "range or hyphen");
    for (String w : new String[] {"upper", "maxillary", "maxilla", "top"}) {
      add(w, Kind.JAW, true, "upper jaw");
    }
    for (String w : new String[] {"lower", "mandibular", "mandible", "bottom"}) {
      add(w, Kind.JAW, false, "lower jaw");
    }
    add("left", Kind.SIDE, true, "patient's left");
    add("right", Kind.SIDE, false, "patient's right");
    for (String w : new String[] {"both", "bilateral", "bilaterally"}) {
      add(w, Kind.BOTH, null, "both sides");
    }
    ordinal(1, "first", "1 st");
    ordinal(2, "second", "2 nd");
    ordinal(3, "third", "3 rd");
    add("central", Kind.ORDINAL, Word.CENTRAL, "central (incisor)");
    add("lateral", Kind.ORDINAL, Word.LATERAL, "lateral (incisor)");
    noun(ToothClass.INCISOR, "incisor", "incisors");
    noun(ToothClass.CANINE, "canine", "canines", "cuspid", "cuspids", "eye tooth", "eye teeth");
    noun(ToothClass.PREMOLAR, "premolar", "premolars", "bicuspid", "bicuspids");
    noun(ToothClass.MOLAR, "molar", "molars");
    noun(ToothClass.WISDOM, "wisdom tooth", "wisdom teeth");
    String[] quadrants = {"ur", "ul", "ll", "lr"};
    for (int q = 0; q < 4; q++) {
      add(quadrants[q], Kind.PALMER, q + 1, "Palmer quadrant " + quadrants[q].toUpperCase());
    }
    add("#", Kind.HASH, null, "Universal number follows");
    add("universal", Kind.UNIVERSAL, null, "Universal number follows");
    for (String w : new String[] {"mm", "millimetre", "millimetres", "millimeter", "millimeters"}) {
      add(w, Kind.UNIT, MeasureUnit.MM, "millimetres");
    }
    for (String w : new String[] {"degree", "degrees", "deg", "°"}) {
      add(w, Kind.UNIT, MeasureUnit.DEGREE, "degrees");
    }
    for (String w : new String[] {"%", "percent", "per cent"}) {
      add(w, Kind.UNIT, MeasureUnit.PERCENT, "percent");
    }
    heads();
    modifiers();
  }

  private Lexicon() {}

  /** Words of clinical records that cannot change the anatomy (symptoms, visit, imaging), and negations. */
  private static void records() {
    ignore("not anatomy, ignored", "presents", "presented", "presenting", "complains", "complaint", "complaining",
        "complained", "chief", "reports", "reported", "reporting", "mild", "severe", "pain", "painful", "ache",
        "aching", "toothache", "sensitivity", "sensitive", "tender", "tenderness", "percussion", "palpation",
        "swelling", "swollen", "discomfort", "bleeding", "symptoms", "symptom", "symptomatic", "asymptomatic",
        "history", "visit", "appointment", "follow", "up", "review", "recall", "examination", "exam", "examined",
        "consent", "informed", "discussed", "advised", "explained", "option", "options", "male", "female", "man",
        "woman", "ago", "since", "today", "yesterday", "cold", "hot", "sweet", "biting", "chewing", "when", "during",
        "after", "before", "may", "might", "could", "should", "will", "would", "can", "if", "mr", "mrs", "ms", "dr",
        "several", "some", "few", "dated", "date", "x ray", "xray", "radiograph", "radiographs", "opg",
        "panoramic", "bitewing", "bitewings", "periapical radiograph", "periapical x ray", "periapical film", "cbct",
        "scan", "image", "images", "film", "confirmed", "confirms", "revealed", "reveals", "demonstrates",
        "demonstrated", "consistent", "fdi", "iso", "numbering", "notation", "system");
    ignore("procedure detail, not anatomy", "surgical", "surgically", "simple", "under", "local", "general",
        "anaesthesia", "anesthesia", "anaesthetic", "anesthetic", "sedation", "suture", "sutures", "sutured",
        "irrigation", "irrigated", "haemostasis", "hemostasis", "uneventful", "uneventfully", "performed",
        "completed", "done", "carried out", "procedure", "treatment", "therapy", "session", "stage");
    for (String level : new String[] {"moderate", "deep"}) {
      for (String symptom : new String[] {"pain", "discomfort", "sensitivity", "swelling", "bleeding", "ache"}) {
        add(level + " " + symptom, Kind.STOP, null, "filler, ignored (symptom, not anatomy)");
      }
    }
    for (String w : new String[] {"no", "not", "without", "non", "absence of", "free of", "negative for", "nil"}) {
      add(w, Kind.NEG, null, "negation of the condition after it");
    }
    add("or", Kind.OR, null, "'or': a list after a negation");
    add("nor", Kind.OR, null, "'nor': a list after a negation");
  }

  private static void ignore(String why, String... words) {
    for (String w : words) {
      add(w, Kind.STOP, null, "filler, ignored (" + why + ")");
    }
  }

  private static void heads() {
    head(Head.CARIES, "caries", "carious lesion", "carious lesions", "caries lesion", "cavity", "cavities", "decay",
        "carious", "decayed");
    head(Head.RESTORATION, "filling", "fillings", "restoration", "restorations", "restored", "filled");
    head(Head.ROOT_CANAL, "root canal filling", "root canal treatment", "root canal treated", "root canal", "rct",
        "root canal filled",
        "endodontically treated", "endodontic treatment", "root filling", "root filled", "root canal therapy");
    head(Head.CROWN, "crown", "crowns", "crowned");
    head(Head.IMPLANT, "implant", "implants", "dental implant");
    head(Head.MISSING, "missing", "extracted", "absent", "lost", "edentulous");
    head(Head.EXTRACTION, "extraction", "extractions", "extract", "removal", "remove");
    head(Head.IMPACTED, "impacted", "impaction");
    head(Head.PERIAPICAL_LESION, "periapical lesion", "periapical radiolucency", "apical lesion", "periapical lesions",
        "apical periodontitis", "periapical abscess");
    head(Head.BONE_LOSS, "bone loss", "periodontal bone loss", "alveolar bone loss", "bone resorption");
    head(Head.SOUND, "sound", "healthy", "intact");
    for (String w : new String[] {"planned", "planning", "scheduled", "proposed", "recommended", "indicated",
        "needed", "required", "placement", "placed", "place", "insertion", "treatment plan", "plan", "need", "needs",
        "requires", "require", "receive", "receives", "get", "gets", "due"}) {
      add(w, Kind.PLANNED, null, "planned procedure (the spec models its outcome)");
    }
  }

  private static void modifiers() {
    surface(List.of(Surface.OCCLUSAL), "occlusal", "incisal");
    surface(List.of(Surface.MESIAL), "mesial", "mesially");
    surface(List.of(Surface.DISTAL), "distal", "distally");
    surface(List.of(Surface.BUCCAL), "buccal", "facial", "labial", "vestibular");
    surface(List.of(Surface.LINGUAL), "lingual", "palatal");
    surface(List.of(Surface.MESIAL, Surface.OCCLUSAL), "mo");
    surface(List.of(Surface.DISTAL, Surface.OCCLUSAL), "do");
    surface(List.of(Surface.MESIAL, Surface.OCCLUSAL, Surface.DISTAL), "mod");
    depth(CariesDepth.ENAMEL, "shallow", "enamel", "incipient", "initial", "superficial");
    depth(CariesDepth.OUTER_DENTIN, "moderate", "dentin", "dentine", "outer dentin", "outer dentine");
    depth(CariesDepth.INNER_DENTIN, "deep", "inner dentin", "inner dentine");
    depth(CariesDepth.PULP_EXPOSURE, "pulp exposure", "into the pulp", "exposed pulp", "reaching the pulp",
        "pulpal exposure", "pulpal involvement", "involving the pulp", "pulp involvement");
    crown(CrownMaterial.CERAMIC, "ceramic", "porcelain", "zirconia", "all ceramic", "lithium disilicate");
    crown(CrownMaterial.METAL, "metal", "gold", "full metal", "cast metal");
    crown(CrownMaterial.METAL_CERAMIC, "metal ceramic", "pfm", "porcelain fused to metal", "ceramo metal",
        "porcelain fused metal");
    fill(RestorationMaterial.COMPOSITE, "composite", "resin", "composite resin", "white");
    fill(RestorationMaterial.AMALGAM, "amalgam", "silver");
    add("horizontal", Kind.ORIENTATION, BoneLossPattern.HORIZONTAL, "horizontal");
    add("horizontally", Kind.ORIENTATION, BoneLossPattern.HORIZONTAL, "horizontal");
    add("vertical", Kind.ORIENTATION, BoneLossPattern.VERTICAL, "vertical");
    add("vertically", Kind.ORIENTATION, BoneLossPattern.VERTICAL, "vertical");
    add("angular", Kind.ORIENTATION, BoneLossPattern.VERTICAL, "angular (vertical) bone loss");
    add("mesioangular", Kind.ANGLE, 45.0, "impaction angle 45° (mesioangular)");
    add("mesioangularly", Kind.ANGLE, 45.0, "impaction angle 45° (mesioangular)");
    add("distoangular", Kind.ANGLE, -45.0, "impaction angle −45° (distoangular)");
    add("distoangularly", Kind.ANGLE, -45.0, "impaction angle −45° (distoangular)");
    add("radius", Kind.SIZE, true, "the millimetres are a radius");
    add("diameter", Kind.SIZE, false, "the millimetres are a diameter");
    add("wide", Kind.SIZE, false, "the millimetres are a diameter");
    add("across", Kind.SIZE, false, "the millimetres are a diameter");
  }

  /** The longest phrase starting at token {@code i}, or null when none does. */
  static Match match(List<Token> tokens, int i) {
    List<String[]> candidates = PHRASES.get(tokens.get(i).text());
    if (candidates == null) {
      return null;
    }
    for (String[] phrase : candidates) {
      if (i + phrase.length > tokens.size()) {
        continue;
      }
      boolean all = true;
      for (int k = 1; k < phrase.length && all; k++) {
        all = tokens.get(i + k).text().equals(phrase[k]);
      }
      if (all) {
        return new Match(WORDS.get(String.join(" ", phrase)), phrase.length);
      }
    }
    return null;
  }

  private static void stop(String... words) {
    for (String w : words) {
      add(w, Kind.STOP, null, "filler, ignored");
    }
  }

  private static void ordinal(int n, String... words) {
    for (String w : words) {
      add(w, Kind.ORDINAL, n, "ordinal " + n);
    }
  }

  private static void noun(ToothClass cls, String... words) {
    for (String w : words) {
      boolean plural = w.endsWith("s") || w.endsWith("teeth");
      add(w, Kind.NOUN, new ToothNoun(cls, plural), cls.name().toLowerCase() + (plural ? " (plural)" : ""));
    }
  }

  private static void head(Head h, String... words) {
    for (String w : words) {
      add(w, Kind.HEAD, h, h.name().toLowerCase().replace('_', ' '));
    }
  }

  private static void surface(List<Surface> s, String... words) {
    for (String w : words) {
      add(w, Kind.SURFACE, s, "surface " + s.toString().toLowerCase());
    }
  }

  private static void depth(CariesDepth d, String... words) {
    for (String w : words) {
      add(w, Kind.DEPTH, d, "caries depth " + d.name().toLowerCase().replace('_', ' '));
    }
  }

  private static void crown(CrownMaterial m, String... words) {
    for (String w : words) {
      add(w, Kind.CROWN_MATERIAL, m, "crown material " + m.name().toLowerCase().replace('_', '-'));
    }
  }

  private static void fill(RestorationMaterial m, String... words) {
    for (String w : words) {
      add(w, Kind.FILL_MATERIAL, m, "filling material " + m.name().toLowerCase());
    }
  }

  private static void add(String phrase, Kind kind, Object value, String meaning) {
    String[] parts = PromptTokenizer.tokenize(phrase).stream().map(Token::text).toArray(String[]::new);
    String key = String.join(" ", parts);
    if (WORDS.containsKey(key)) {
      throw new IllegalStateException("prompt vocabulary lists '" + phrase + "' twice");
    }
    WORDS.put(key, new Word(kind, value, meaning));
    List<String[]> list = PHRASES.computeIfAbsent(parts[0], k -> new ArrayList<>());
    list.add(parts);
    list.sort(Comparator.comparingInt((String[] p) -> -p.length));
  }
}
