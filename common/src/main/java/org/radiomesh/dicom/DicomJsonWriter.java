package org.radiomesh.dicom;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.AttributeTagAttribute;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.SequenceItem;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Writes a header in the DICOM JSON model (PS3.18 Annex F.2): one object keyed by 8 upper-case hex digits
 * ({@code "0020000D"}), each attribute {@code {"vr": "..", "Value": [...]}}, in ascending tag order.
 *
 * <p>Conventions, where the standard leaves a choice or where we depart from it:
 * <ul>
 *   <li>The file meta information (group 0002) is included; group length elements (gggg,0000) are not.
 *   <li>PN values are objects with {@code Alphabetic}, {@code Ideographic} and {@code Phonetic} members (empty groups
 *       left out); SQ values are arrays of nested objects; AT values are strings {@code "GGGGEEEE"}.
 *   <li>IS, DS and the binary numeric VRs are JSON numbers. An IS or DS string that is not a number is written as the
 *       string, and FL/FD NaN and infinities as the strings {@code "NaN"}, {@code "Infinity"}, {@code "-Infinity"},
 *       since JSON has no such numbers. An empty value within a multi-valued attribute is {@code null}; an attribute
 *       without values has no {@code Value} member.
 *   <li>OB, OD, OF, OL, OV, OW and UN values of at most {@link CatalogLimits#maxInlineBinaryBytes()} bytes are base64
 *       {@code InlineBinary} of their little-endian bytes. A longer value is replaced by its length:
 *       {@code "BulkDataURI": "radiomesh:omitted?length=N"} (N in bytes), which keeps the document valid DICOM JSON.
 *   <li>The pixel data element, which is never read, closes the object as
 *       {@code "BulkDataURI": "radiomesh:pixeldata?length=N"} with its declared length, or {@code length=undefined}
 *       for encapsulated pixel data; its VR is OB when encapsulated or Bits Allocated is at most 8, OF/OD for float
 *       pixel data, else OW.
 * </ul>
 * Cost: O(header bytes). Thread-safe (no state but the limit).
 */
public final class DicomJsonWriter {
  private static final JsonFactory JSON = new JsonFactory();
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private final int maxInlineBinaryBytes;

  /** @param maxInlineBinaryBytes binary values longer than this are replaced by their length */
  public DicomJsonWriter(int maxInlineBinaryBytes) {
    this.maxInlineBinaryBytes = maxInlineBinaryBytes;
  }

  /** The header as DICOM JSON, with the pixel data placeholder when the header has pixel data. */
  public String write(DicomHeader header) throws DicomException {
    StringWriter out = new StringWriter(4096);
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      writeAttributes(g, header.attributes());
      if (header.hasPixelData()) {
        g.writeObjectFieldStart(key(header.pixelDataTag()));
        g.writeStringField("vr", pixelDataVr(header));
        g.writeStringField("BulkDataURI", "radiomesh:pixeldata?length="
            + (header.pixelDataLength() < 0 ? "undefined" : Long.toString(header.pixelDataLength())));
        g.writeEndObject();
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("writing JSON to a StringWriter failed", e);
    }
    return out.toString();
  }

  /** An attribute list (a data set without pixel data placeholder) as DICOM JSON. */
  public String write(AttributeList list) throws DicomException {
    StringWriter out = new StringWriter(4096);
    try (JsonGenerator g = JSON.createGenerator(out)) {
      writeDataset(g, list);
    } catch (IOException e) {
      throw new UncheckedIOException("writing JSON to a StringWriter failed", e);
    }
    return out.toString();
  }

  private void writeDataset(JsonGenerator g, AttributeList list) throws IOException, DicomException {
    g.writeStartObject();
    writeAttributes(g, list);
    g.writeEndObject();
  }

  private void writeAttributes(JsonGenerator g, AttributeList list) throws IOException, DicomException {
    for (Attribute a : list.values()) {
      if (a.getElement() == 0x0000) {
        continue;
      }
      String vr = ValueRepresentationNames.of(a);
      g.writeObjectFieldStart(key(a.getTag()));
      g.writeStringField("vr", vr);
      writeValue(g, a, vr);
      g.writeEndObject();
    }
  }

  private void writeValue(JsonGenerator g, Attribute a, String vr) throws IOException, DicomException {
    switch (vr) {
      case "SQ" -> {
        SequenceAttribute s = (SequenceAttribute) a;
        if (s.getNumberOfItems() > 0) {
          g.writeArrayFieldStart("Value");
          for (int i = 0; i < s.getNumberOfItems(); i++) {
            SequenceItem item = s.getItem(i);
            writeDataset(g, item == null || item.getAttributeList() == null ? new AttributeList()
                : item.getAttributeList());
          }
          g.writeEndArray();
        }
      }
      case "OB", "OD", "OF", "OL", "OV", "OW", "UN" -> writeBinary(g, a, vr);
      case "AT" -> {
        AttributeTag[] tags = ((AttributeTagAttribute) a).getAttributeTagValues();
        if (tags != null && tags.length > 0) {
          g.writeArrayFieldStart("Value");
          for (AttributeTag t : tags) {
            g.writeString(key(t));
          }
          g.writeEndArray();
        }
      }
      default -> DicomJsonValues.write(g, a, vr);
    }
  }

  private void writeBinary(JsonGenerator g, Attribute a, String vr) throws IOException, DicomException {
    long length = a.getVL();
    if (length <= 0) {
      return;
    }
    if (length > maxInlineBinaryBytes) {
      g.writeStringField("BulkDataURI", "radiomesh:omitted?length=" + length);
      return;
    }
    g.writeFieldName("InlineBinary");
    g.writeBinary(DicomJsonValues.littleEndianBytes(a, vr));
  }

  private static String pixelDataVr(DicomHeader h) {
    AttributeTag t = h.pixelDataTag();
    if (t.getElement() == 0x0008) {
      return "OF";
    }
    if (t.getElement() == 0x0009) {
      return "OD";
    }
    int bits = Attribute.getSingleIntegerValueOrDefault(h.attributes(),
        com.pixelmed.dicom.TagFromName.BitsAllocated, 16);
    return h.pixelDataLength() < 0 || bits <= 8 ? "OB" : "OW";
  }

  /** The JSON key of a tag: 8 upper-case hex digits. */
  static String key(AttributeTag tag) {
    int v = tag.getGroup() << 16 | tag.getElement();
    char[] c = new char[8];
    for (int i = 7; i >= 0; i--) {
      c[i] = HEX[v & 0xF];
      v >>>= 4;
    }
    return new String(c);
  }
}
