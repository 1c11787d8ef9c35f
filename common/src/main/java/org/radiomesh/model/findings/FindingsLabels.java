package org.radiomesh.model.findings;

import java.util.ArrayList;
import java.util.List;
import org.radiomesh.anatomy.ToothNumber;

/**
 * The output layout of the built-in findings network: for each of the 32 permanent teeth in FDI order (11..18,
 * 21..28, 31..38, 41..48) one logit per condition of {@link #CONDITIONS}, flattened tooth-major: output
 * {@code t * CONDITIONS.size() + c} is condition {@code c} of tooth {@code TEETH.get(t)}. Also the left-right mirror of
 * the layout, for flipped training images. O(1) per look-up.
 */
public final class FindingsLabels {
  /** Predicted condition codes, in output order (the manifest's {@code labels}). */
  public static final List<String> CONDITIONS = List.of("missing", "implant", "crown", "root_canal", "restoration",
      "caries", "periapical_lesion", "bone_loss", "impacted");
  /** FDI numbers in output order. */
  public static final List<Integer> TEETH = teeth();
  /** Outputs per image: 32 teeth × 9 conditions. */
  public static final int OUTPUTS = TEETH.size() * CONDITIONS.size();

  private FindingsLabels() {}

  /** The output index of {@code code} on tooth {@code fdi}. */
  public static int index(int fdi, String code) {
    int t = TEETH.indexOf(fdi);
    int c = CONDITIONS.indexOf(code);
    if (t < 0 || c < 0) {
      throw new IllegalArgumentException("no output for tooth " + fdi + " and condition " + code);
    }
    return t * CONDITIONS.size() + c;
  }

  /**
   * The tooth on the other side of the midline: quadrant 1 ↔ 2 and 3 ↔ 4, same position. A panoramic radiograph
   * flipped left to right shows tooth {@code fdi}'s condition at {@code mirror(fdi)}'s place.
   */
  public static int mirror(int fdi) {
    int q = fdi / 10;
    int mirrored = q == 1 ? 2 : q == 2 ? 1 : q == 3 ? 4 : 3;
    return mirrored * 10 + fdi % 10;
  }

  /** {@code targets} (one image's outputs) as they read on the mirrored image. */
  public static float[] mirrorTargets(float[] targets) {
    float[] out = new float[OUTPUTS];
    int k = CONDITIONS.size();
    for (int t = 0; t < TEETH.size(); t++) {
      int m = TEETH.indexOf(mirror(TEETH.get(t)));
      System.arraycopy(targets, t * k, out, m * k, k);
    }
    return out;
  }

  private static List<Integer> teeth() {
    List<Integer> fdis = new ArrayList<>();
    for (int q = 1; q <= 4; q++) {
      for (int p = 1; p <= 8; p++) {
        fdis.add(ToothNumber.fdi(q * 10 + p).fdi());
      }
    }
    return List.copyOf(fdis);
  }
}
