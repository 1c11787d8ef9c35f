package org.radiomesh.mesh.io;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.radiomesh.mesh.FloatArrayList;
import org.radiomesh.mesh.TriangleMesh;
import org.radiomesh.mesh.VertexWelder;

/**
 * Reads ASCII or binary STL into an indexed {@link TriangleMesh}.
 *
 * <p>Binary is recognised by size, not by the header text: a file of exactly 84 + 50·n bytes, n being the
 * little-endian count at byte 80, is binary even when its header starts with {@code solid} (many exporters write
 * that). Other content starting with {@code solid} and free of NUL bytes is ASCII (keywords in any letter case, several
 * solids allowed); anything else is binary, and an error if its size is not 84 + 50·n. STL
 * stores each triangle's three corners separately; the reader welds corners with exactly equal coordinates
 * ({@link VertexWelder}, tolerance 0) so that a closed STL surface comes back watertight, and numbers vertices in order
 * of first appearance. Facet normals are not kept (they are often wrong or zero; normals can be recomputed from the
 * geometry); the binary attribute bytes are ignored. Cost O(file size) expected.
 */
public final class StlReader {
  static final int HEADER = 80;
  static final int TRIANGLE = 50;

  private StlReader() {}

  /** The mesh in {@code content}; {@code source} names it in error messages. */
  public static TriangleMesh read(String source, byte[] content) throws MeshFormatException {
    float[] soup;
    if (isBinary(content)) {
      soup = binary(source, content);
    } else if (startsWithSolid(content) && !hasNulByte(content)) {
      soup = ascii(source, content);
    } else if (content.length < HEADER + 4) {
      throw MeshFormatException.atOffset(source, content.length, "truncated: expected 'solid' (ASCII STL) or an "
          + "80-byte header and a triangle count (binary STL), found " + content.length + " bytes");
    } else {
      soup = binary(source, content);
    }
    int[] corners = new int[soup.length / 3];
    for (int i = 0; i < corners.length; i++) {
      corners[i] = i;
    }
    return VertexWelder.weld(TriangleMesh.of(soup, corners), 0);
  }

  /** True when the content is 84 + 50·n bytes, n being the count at byte 80. */
  static boolean isBinary(byte[] content) {
    return content.length >= HEADER + 4 && HEADER + 4 + TRIANGLE * count(content) == content.length;
  }

  private static long count(byte[] content) {
    return ByteBuffer.wrap(content, HEADER, 4).order(ByteOrder.LITTLE_ENDIAN).getInt() & 0xFFFF_FFFFL;
  }

  /** ASCII STL never holds a NUL byte, binary STL nearly always does (attribute bytes, small floats). */
  private static boolean hasNulByte(byte[] content) {
    for (byte c : content) {
      if (c == 0) {
        return true;
      }
    }
    return false;
  }

  static boolean startsWithSolid(byte[] content) {
    int i = 0;
    while (i < content.length && (content[i] == ' ' || content[i] == '\t' || content[i] == '\r'
        || content[i] == '\n')) {
      i++;
    }
    if (content.length - i < 5) {
      return false;
    }
    for (int k = 0; k < 5; k++) {
      if ((content[i + k] | 0x20) != "solid".charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static float[] binary(String source, byte[] content) throws MeshFormatException {
    long n = count(content);
    long expected = HEADER + 4 + TRIANGLE * n;
    if (content.length < expected) {
      long complete = (content.length - HEADER - 4) / TRIANGLE;
      throw MeshFormatException.atOffset(source, HEADER + 4 + TRIANGLE * complete, "truncated binary STL: expected "
          + TRIANGLE + " bytes for triangle " + complete + " of " + n + " (84 + 50·n = " + expected
          + " bytes), found " + (content.length - HEADER - 4 - TRIANGLE * complete));
    }
    if (content.length > expected) {
      throw MeshFormatException.atOffset(source, expected, "expected the end of a binary STL of " + n
          + " triangles (84 + 50·n = " + expected + " bytes), found " + (content.length - expected)
          + " more bytes; content that does not start with 'solid' is read as binary STL");
    }
    ByteBuffer buf = ByteBuffer.wrap(content).order(ByteOrder.LITTLE_ENDIAN);
    float[] soup = new float[9 * (int) n];
    int at = 0;
    for (int t = 0; t < n; t++) {
      int base = HEADER + 4 + TRIANGLE * t;
      for (int k = 0; k < 9; k++) {
        int offset = base + 12 + 4 * k;
        float v = buf.getFloat(offset);
        if (!Float.isFinite(v)) {
          throw MeshFormatException.atOffset(source, offset, "expected a finite vertex coordinate in triangle " + t
              + ", found " + v);
        }
        soup[at++] = v;
      }
    }
    return soup;
  }

  private static float[] ascii(String source, byte[] content) throws MeshFormatException {
    TextCursor in = new TextCursor(source, content, 0, content.length, 1, (char) 0);
    FloatArrayList soup = new FloatArrayList(9 * 1024);
    boolean inSolid = false;
    while (in.nextToken()) {
      if (!inSolid) {
        if (!in.tokenIsIgnoreCase("solid")) {
          throw in.error("expected 'solid', found '" + in.token() + "'");
        }
        in.nextLine();
        inSolid = true;
      } else if (in.tokenIsIgnoreCase("endsolid")) {
        in.nextLine();
        inSolid = false;
      } else if (in.tokenIsIgnoreCase("facet")) {
        facet(in, soup);
      } else {
        throw in.error("expected 'facet' or 'endsolid', found '" + in.token() + "'");
      }
    }
    if (inSolid) {
      throw in.error("expected 'endsolid' before the end of the file");
    }
    return soup.toArray();
  }

  private static void facet(TextCursor in, FloatArrayList soup) throws MeshFormatException {
    keyword(in, "normal");
    for (int k = 0; k < 3; k++) {
      // Facet normals are not kept, and some exporters write nan for degenerate facets: checked for presence only.
      if (!in.nextToken()) {
        throw in.error("expected 3 numbers after 'facet normal', found the end of the file");
      }
    }
    keyword(in, "outer");
    keyword(in, "loop");
    for (int corner = 0; corner < 3; corner++) {
      keyword(in, "vertex");
      for (int k = 0; k < 3; k++) {
        if (!in.nextToken()) {
          throw in.error("expected 3 coordinates after 'vertex', found the end of the file");
        }
        soup.add(in.tokenFloat("a vertex coordinate"));
      }
    }
    keyword(in, "endloop");
    keyword(in, "endfacet");
  }

  private static void keyword(TextCursor in, String word) throws MeshFormatException {
    if (!in.nextToken()) {
      throw in.error("expected '" + word + "', found the end of the file");
    }
    if (!in.tokenIsIgnoreCase(word)) {
      throw in.error("expected '" + word + "', found '" + in.token() + "'");
    }
  }
}
