package org.radiomesh.dicom;

import com.fasterxml.jackson.core.JsonGenerator;
import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.DicomException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The value encodings of {@link DicomJsonWriter} for string, person name and numeric VRs, and the little-endian bytes
 * of binary VRs. O(value length).
 */
final class DicomJsonValues {
  private static final String[] PN_GROUPS = {"Alphabetic", "Ideographic", "Phonetic"};

  private DicomJsonValues() {}

  /** Writes the {@code "Value"} member of a non-sequence, non-binary, non-AT attribute (nothing when empty). */
  static void write(JsonGenerator g, Attribute a, String vr) throws IOException, DicomException {
    if (a.getVM() == 0) {
      return;
    }
    switch (vr) {
      case "FL", "FD" -> {
        double[] v = a.getDoubleValues();
        g.writeArrayFieldStart("Value");
        for (double d : v) {
          if (Double.isFinite(d)) {
            g.writeNumber(d);
          } else {
            g.writeString(Double.isNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
          }
        }
        g.writeEndArray();
      }
      case "SS", "SL", "SV" -> numbers(g, a.getLongValues(), 0);
      case "US" -> numbers(g, a.getLongValues(), 0xFFFFL);
      case "UL" -> numbers(g, a.getLongValues(), 0xFFFFFFFFL);
      case "UV" -> {
        g.writeArrayFieldStart("Value");
        for (long l : a.getLongValues()) {
          g.writeNumber(Long.toUnsignedString(l));
        }
        g.writeEndArray();
      }
      default -> strings(g, a.getStringValues(), vr);
    }
  }

  private static void numbers(JsonGenerator g, long[] values, long mask) throws IOException {
    g.writeArrayFieldStart("Value");
    for (long l : values) {
      g.writeNumber(mask == 0 ? l : l & mask);
    }
    g.writeEndArray();
  }

  private static void strings(JsonGenerator g, String[] values, String vr) throws IOException {
    if (values == null || values.length == 0) {
      return;
    }
    g.writeArrayFieldStart("Value");
    for (String s : values) {
      String v = s == null ? "" : vr.equals("LT") || vr.equals("ST") || vr.equals("UT") ? stripTrailing(s) : s.trim();
      if (v.isEmpty()) {
        g.writeNull();
      } else if (vr.equals("PN")) {
        personName(g, v);
      } else if (vr.equals("IS") || vr.equals("DS")) {
        number(g, v, vr);
      } else {
        g.writeString(v);
      }
    }
    g.writeEndArray();
  }

  private static void personName(JsonGenerator g, String v) throws IOException {
    String[] groups = v.split("=", -1);
    g.writeStartObject();
    for (int i = 0; i < Math.min(groups.length, PN_GROUPS.length); i++) {
      if (!groups[i].isEmpty()) {
        g.writeStringField(PN_GROUPS[i], groups[i]);
      }
    }
    g.writeEndObject();
  }

  private static void number(JsonGenerator g, String v, String vr) throws IOException {
    try {
      if (vr.equals("IS")) {
        g.writeNumber(Long.parseLong(v.startsWith("+") ? v.substring(1) : v));
      } else {
        g.writeNumber(new BigDecimal(v));
      }
    } catch (NumberFormatException notANumber) {
      g.writeString(v);
    }
  }

  private static String stripTrailing(String s) {
    int end = s.length();
    while (end > 0 && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\0')) {
      end--;
    }
    return s.substring(0, end);
  }

  /** The value of a binary attribute as little-endian bytes (the InlineBinary encoding). */
  static byte[] littleEndianBytes(Attribute a, String vr) throws DicomException {
    switch (vr) {
      case "OW" -> {
        short[] v = a.getShortValues();
        ByteBuffer b = ByteBuffer.allocate(v.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        b.asShortBuffer().put(v);
        return b.array();
      }
      case "OF" -> {
        float[] v = a.getFloatValues();
        ByteBuffer b = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        b.asFloatBuffer().put(v);
        return b.array();
      }
      case "OD" -> {
        double[] v = a.getDoubleValues();
        ByteBuffer b = ByteBuffer.allocate(v.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        b.asDoubleBuffer().put(v);
        return b.array();
      }
      case "OL" -> {
        int[] v = a.getIntegerValues();
        ByteBuffer b = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        b.asIntBuffer().put(v);
        return b.array();
      }
      case "OV" -> {
        long[] v = a.getLongValues();
        ByteBuffer b = ByteBuffer.allocate(v.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        b.asLongBuffer().put(v);
        return b.array();
      }
      default -> {
        return a.getByteValues();
      }
    }
  }
}
