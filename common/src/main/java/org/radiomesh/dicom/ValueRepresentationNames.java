package org.radiomesh.dicom;

import com.pixelmed.dicom.Attribute;

/**
 * The two-letter VR of an attribute as a shared String, without the new String per call that PixelMed's
 * {@code Attribute.getVRAsString()} makes (a measurable cost when every attribute of every header is written). O(1).
 */
final class ValueRepresentationNames {
  private static final String[] NAMES = new String[26 * 26];

  static {
    for (char a = 'A'; a <= 'Z'; a++) {
      for (char b = 'A'; b <= 'Z'; b++) {
        NAMES[(a - 'A') * 26 + (b - 'A')] = ("" + a + b).intern();
      }
    }
  }

  private ValueRepresentationNames() {}

  /** The VR of {@code a}, e.g. "PN"; PixelMed's own rendering when the bytes are not two capital letters. */
  static String of(Attribute a) {
    byte[] vr = a.getVR();
    if (vr != null && vr.length == 2) {
      int x = vr[0] - 'A';
      int y = vr[1] - 'A';
      if (x >= 0 && x < 26 && y >= 0 && y < 26) {
        return NAMES[x * 26 + y];
      }
    }
    return a.getVRAsString();
  }
}
