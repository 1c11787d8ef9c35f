package org.radiomesh.dicom;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.DicomException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Small typed setters for the DICOM writers of this package: an attribute of the dictionary's VR with string,
 * integer or decimal-string values. Decimal strings are rounded to 6 decimals, trailing zeros stripped, so they fit
 * the 16-character DS limit for the magnitudes written here (mm, kVp, factors).
 */
final class DicomAttributes {
  private DicomAttributes() {}

  /** The attribute with the given values (none: an empty, zero-length type 2 attribute). */
  static Attribute put(AttributeList list, AttributeTag tag, String... values) throws DicomException {
    Attribute a = list.putNewAttribute(tag);
    for (String v : values) {
      a.addValue(v);
    }
    return a;
  }

  static Attribute putInts(AttributeList list, AttributeTag tag, int... values) throws DicomException {
    Attribute a = list.putNewAttribute(tag);
    for (int v : values) {
      a.addValue(v);
    }
    return a;
  }

  static Attribute putDecimals(AttributeList list, AttributeTag tag, double... values) throws DicomException {
    Attribute a = list.putNewAttribute(tag);
    for (double v : values) {
      a.addValue(decimal(v));
    }
    return a;
  }

  /** A DS value: at most 6 decimals, no exponent, no trailing zeros. */
  static String decimal(double v) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException("decimal string of " + v + ", expected a finite number");
    }
    String s = BigDecimal.valueOf(v).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    if (s.length() > 16) {
      throw new IllegalArgumentException("decimal string " + s + " is longer than the 16 characters DICOM allows");
    }
    return s.equals("-0") ? "0" : s;
  }

  /** A tag by group and element, for attributes PixelMed's {@code TagFromName} does not name. */
  static AttributeTag tag(int group, int element) {
    return new AttributeTag(group, element);
  }
}
