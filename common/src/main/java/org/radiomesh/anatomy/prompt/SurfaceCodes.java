package org.radiomesh.anatomy.prompt;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.radiomesh.anatomy.Condition.Surface;

/**
 * Surface codes of dental charting written as one word: letters M (mesial), O or I (occlusal or incisal), D (distal),
 * then B or F (buccal or facial) and L or P (lingual or palatal), each at most once, in that order ("MO", "DO", "MOD",
 * "OB", "DL", "MODBL", "MID"). Two to five letters; English words that fit ("of", "if") are in the {@link Lexicon},
 * which is looked up first, so only words the vocabulary does not know are tried here. O(length).
 */
final class SurfaceCodes {
  private static final Pattern CODE = Pattern.compile("m?[oi]?d?[bf]?[lp]?");

  private SurfaceCodes() {}

  /** The surfaces of a code, in its letter order, or null when {@code word} is not a surface code. */
  static List<Surface> read(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.length() < 2 || w.length() > 5 || !CODE.matcher(w).matches()) {
      return null;
    }
    List<Surface> out = new ArrayList<>();
    for (char c : w.toCharArray()) {
      out.add(switch (c) {
        case 'm' -> Surface.MESIAL;
        case 'o', 'i' -> Surface.OCCLUSAL;
        case 'd' -> Surface.DISTAL;
        case 'b', 'f' -> Surface.BUCCAL;
        default -> Surface.LINGUAL;
      });
    }
    return out;
  }
}
