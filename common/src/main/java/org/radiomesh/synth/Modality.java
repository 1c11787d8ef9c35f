package org.radiomesh.synth;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a case produces besides its ground truth: {@link #MESH} (tooth, bone and full-arch meshes with Teeth3DS labels
 * and a rendered preview), {@link #PANORAMIC} (radiograph PNGs, DICOM PX, COCO boxes), {@link #CBCT} (a CT series).
 */
public enum Modality {
  MESH,
  PANORAMIC,
  CBCT;

  /** The lower-case name used on the command line and in the manifest. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The modalities of a comma-separated list such as {@code mesh,panoramic} (case-insensitive, spaces ignored).
   *
   * @throws IllegalArgumentException naming an unknown entry, or for an empty list
   */
  public static Set<Modality> parseList(String text) {
    Set<Modality> out = EnumSet.noneOf(Modality.class);
    for (String part : (text == null ? "" : text).split(",")) {
      String p = part.trim();
      if (p.isEmpty()) {
        continue;
      }
      try {
        out.add(valueOf(p.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("modality '" + p + "': expected mesh, panoramic or cbct", e);
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("modalities '" + text + "': expected at least one of mesh, panoramic, cbct");
    }
    return out;
  }

  /** The keys of {@code modalities} in declaration order, joined by commas. */
  public static String keys(Set<Modality> modalities) {
    List<String> keys = new ArrayList<>();
    for (Modality m : values()) {
      if (modalities.contains(m)) {
        keys.add(m.key());
      }
    }
    return String.join(",", keys);
  }
}
