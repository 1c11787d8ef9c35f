package org.radiomesh.mesh.io;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes PLY files with any elements, property types and encoding, for reader tests; written independently of the
 * production code. Row values are Numbers for scalars and double[] for lists.
 */
final class PlyFixture {
  private final PlyEncoding encoding;
  private final StringBuilder header = new StringBuilder();
  private final List<List<String[]>> elementProps = new ArrayList<>();
  private final List<Object[]> rows = new ArrayList<>();
  private final List<Integer> rowElement = new ArrayList<>();

  PlyFixture(PlyEncoding encoding) {
    this.encoding = encoding;
    header.append("ply\nformat ").append(encoding.headerName()).append(" 1.0\ncomment fixture\n");
  }

  PlyFixture element(String name, int count) {
    header.append("element ").append(name).append(' ').append(count).append('\n');
    elementProps.add(new ArrayList<>());
    return this;
  }

  PlyFixture property(String type, String name) {
    header.append("property ").append(type).append(' ').append(name).append('\n');
    elementProps.get(elementProps.size() - 1).add(new String[] {type});
    return this;
  }

  PlyFixture list(String countType, String itemType, String name) {
    header.append("property list ").append(countType).append(' ').append(itemType).append(' ').append(name)
        .append('\n');
    elementProps.get(elementProps.size() - 1).add(new String[] {countType, itemType});
    return this;
  }

  PlyFixture row(Object... values) {
    rows.add(values);
    rowElement.add(elementProps.size() - 1);
    return this;
  }

  /** The file; the rows must have been added in element order. */
  byte[] bytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(header.append("end_header\n").toString().getBytes(StandardCharsets.US_ASCII));
    ByteOrder order = encoding == PlyEncoding.BINARY_BIG_ENDIAN ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
    for (int r = 0; r < rows.size(); r++) {
      List<String[]> props = elementProps.get(rowElement.get(r));
      Object[] values = rows.get(r);
      StringBuilder line = new StringBuilder();
      ByteBuffer buf = ByteBuffer.allocate(4096).order(order);
      for (int p = 0; p < props.size(); p++) {
        String[] types = props.get(p);
        if (types.length == 1) {
          put(line, buf, types[0], ((Number) values[p]).doubleValue());
        } else {
          double[] items = (double[]) values[p];
          put(line, buf, types[0], items.length);
          for (double item : items) {
            put(line, buf, types[1], item);
          }
        }
      }
      if (encoding == PlyEncoding.ASCII) {
        out.writeBytes(line.toString().trim().concat("\n").getBytes(StandardCharsets.US_ASCII));
      } else {
        out.write(buf.array(), 0, buf.position());
      }
    }
    return out.toByteArray();
  }

  private static void put(StringBuilder line, ByteBuffer buf, String type, double v) {
    boolean floating = type.startsWith("float") || type.equals("double");
    line.append(floating ? Double.toString(v) : Long.toString((long) v)).append(' ');
    switch (type) {
      case "char", "int8", "uchar", "uint8" -> buf.put((byte) (long) v);
      case "short", "int16", "ushort", "uint16" -> buf.putShort((short) (long) v);
      case "int", "int32", "uint", "uint32" -> buf.putInt((int) (long) v);
      case "float", "float32" -> buf.putFloat((float) v);
      case "double", "float64" -> buf.putDouble(v);
      default -> throw new IllegalArgumentException(type);
    }
  }
}
