package org.radiomesh.mesh.io;

import java.io.IOException;

/**
 * A mesh file that cannot be read: the message names the source (file name or URI), the position (1-based line for
 * text formats, 0-based byte offset for binary ones, neither when the file as a whole is at fault) and what was
 * expected, for example
 * {@code "scan.ply, byte 1234: truncated binary body: expected row 17 of element 'face' (of 40), found 3 bytes left"}.
 */
public final class MeshFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final long byteOffset;
  private final String detail;

  private MeshFormatException(String source, int line, long byteOffset, String detail, Throwable cause) {
    super(source + position(line, byteOffset) + ": " + detail, cause);
    this.source = source;
    this.line = line;
    this.byteOffset = byteOffset;
    this.detail = detail;
  }

  /** An error at a 1-based line of a text file. */
  public static MeshFormatException atLine(String source, int line, String detail) {
    return new MeshFormatException(source, line, -1, detail, null);
  }

  /** An error at a 0-based byte offset of a binary file or body. */
  public static MeshFormatException atOffset(String source, long byteOffset, String detail) {
    return new MeshFormatException(source, -1, byteOffset, detail, null);
  }

  /** An error about the file as a whole (unknown format, for example). */
  public static MeshFormatException inFile(String source, String detail) {
    return new MeshFormatException(source, -1, -1, detail, null);
  }

  private static String position(int line, long byteOffset) {
    if (line >= 0) {
      return ", line " + line;
    }
    return byteOffset >= 0 ? ", byte " + byteOffset : "";
  }

  /** The file name or URI the content came from. */
  public String source() {
    return source;
  }

  /** The 1-based line of the error in a text file, or -1 when the position is a byte offset or not known. */
  public int line() {
    return line;
  }

  /** The 0-based byte offset of the error in a binary file, or -1 when the position is a line or not known. */
  public long byteOffset() {
    return byteOffset;
  }

  /** What was wrong and what was expected, without the source and position. */
  public String detail() {
    return detail;
  }
}
