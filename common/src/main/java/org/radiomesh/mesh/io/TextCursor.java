package org.radiomesh.mesh.io;

import java.nio.charset.StandardCharsets;

/**
 * A tokenizer over the bytes of a text mesh file (OBJ, ASCII PLY, ASCII STL) that tracks the 1-based line number for
 * error messages. Tokens are runs of bytes other than space, tab, CR, LF (and the comment byte, when set); the current
 * token is {@code [tokenStart, tokenEnd)}, read without allocating. A backslash before a line break joins the two lines
 * (OBJ continuation lines). Cost O(1) per byte.
 */
final class TextCursor {
  final String source;
  final byte[] bytes;
  private final int end;
  private final byte comment;
  private int pos;
  private int line;
  int tokenStart;
  int tokenEnd;

  /**
   * @param comment a byte that starts a comment running to the end of the line, or 0 for none
   */
  TextCursor(String source, byte[] bytes, int start, int end, int firstLine, char comment) {
    this.source = source;
    this.bytes = bytes;
    this.pos = start;
    this.end = end;
    this.line = firstLine;
    this.comment = (byte) comment;
  }

  int line() {
    return line;
  }

  int position() {
    return pos;
  }

  boolean atEnd() {
    return pos >= end;
  }

  /** Moves to the next token on the current line; false (and stays at the line end) when there is none. */
  boolean nextTokenOnLine() {
    while (pos < end) {
      byte c = bytes[pos];
      if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
        pos++;
      } else if (c == '\\' && continuesLine()) {
        continue;
      } else {
        break;
      }
    }
    if (pos >= end || bytes[pos] == '\n' || (comment != 0 && bytes[pos] == comment)) {
      return false;
    }
    tokenStart = pos;
    while (pos < end) {
      byte c = bytes[pos];
      if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || (comment != 0 && c == comment)) {
        break;
      }
      pos++;
    }
    tokenEnd = pos;
    return true;
  }

  /** Moves to the next token, across line breaks; false at the end of the content. */
  boolean nextToken() {
    while (!nextTokenOnLine()) {
      if (pos >= end) {
        return false;
      }
      nextLine();
    }
    return true;
  }

  /** Skips the rest of the current line, comment included, and its line break. */
  void nextLine() {
    while (pos < end && bytes[pos] != '\n') {
      pos++;
    }
    if (pos < end) {
      pos++;
      line++;
    }
  }

  /** True when no token remains on the current line. */
  boolean atLineEnd() {
    int saved = pos;
    int savedLine = line;
    boolean more = nextTokenOnLine();
    pos = saved;
    line = savedLine;
    return !more;
  }

  private boolean continuesLine() {
    int p = pos + 1;
    if (p < end && bytes[p] == '\r') {
      p++;
    }
    if (p < end && bytes[p] == '\n') {
      pos = p + 1;
      line++;
      return true;
    }
    return false;
  }

  /** True when the current token is exactly {@code word} (ASCII). */
  boolean tokenIs(String word) {
    return regionIs(tokenStart, tokenEnd, word, false);
  }

  /** True when the current token is {@code word} in any letter case (ASCII). */
  boolean tokenIsIgnoreCase(String word) {
    return regionIs(tokenStart, tokenEnd, word, true);
  }

  private boolean regionIs(int from, int to, String word, boolean ignoreCase) {
    if (to - from != word.length()) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      int c = bytes[from + i];
      int w = word.charAt(i);
      if (c != w && !(ignoreCase && (c | 0x20) == (w | 0x20) && Character.isLetter(w))) {
        return false;
      }
    }
    return true;
  }

  /** The current token as a string (for messages and names); allocates. */
  String token() {
    return text(tokenStart, tokenEnd);
  }

  String text(int from, int to) {
    return new String(bytes, from, Math.min(to - from, 200), StandardCharsets.UTF_8);
  }

  /** The rest of the current line without leading and trailing blanks or comment, as UTF-8; does not advance. */
  String restOfLine() {
    int p = pos;
    while (p < end && bytes[p] != '\n' && !(comment != 0 && bytes[p] == comment)) {
      p++;
    }
    int q = p;
    int s = pos;
    while (s < q && isBlank(bytes[s])) {
      s++;
    }
    while (q > s && isBlank(bytes[q - 1])) {
      q--;
    }
    return new String(bytes, s, q - s, StandardCharsets.UTF_8);
  }

  private static boolean isBlank(byte c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\f';
  }

  /** The current token as a finite float; {@code what} names the value for the error message. */
  float tokenFloat(String what) throws MeshFormatException {
    return parseFloat(tokenStart, tokenEnd, what);
  }

  float parseFloat(int from, int to, String what) throws MeshFormatException {
    float v = DecimalParser.parseFloat(bytes, from, to);
    if (Float.isFinite(v)) {
      return v;
    }
    String found = text(from, to);
    if (Float.isNaN(v) && !looksNonFinite(found)) {
      throw error("expected a number for " + what + ", found '" + found + "'");
    }
    throw error("expected a finite number for " + what + ", found '" + found + "' (NaN or infinite)");
  }

  private static boolean looksNonFinite(String s) {
    String t = s.toLowerCase(java.util.Locale.ROOT);
    return t.contains("nan") || t.contains("inf");
  }

  /** The current token as an int. */
  int tokenInt(String what) throws MeshFormatException {
    return parseInt(tokenStart, tokenEnd, what);
  }

  /** The int in {@code bytes[from, to)}: optional sign and decimal digits, within the int range. */
  int parseInt(int from, int to, String what) throws MeshFormatException {
    long v = parseLong(from, to, what);
    if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
      throw error("expected an integer within the int range for " + what + ", found '" + text(from, to) + "'");
    }
    return (int) v;
  }

  /** Marks a malformed integer in {@link #parseLongOrInvalid}; outside the 32-bit range every caller accepts. */
  static final long INVALID = Long.MIN_VALUE;

  /**
   * The integer in {@code bytes[from, to)} (optional sign, decimal digits, at most 32 bits of magnitude), or
   * {@link #INVALID}; lets hot loops build an error message only when there is an error.
   */
  long parseLongOrInvalid(int from, int to) {
    int i = from;
    boolean negative = false;
    if (i < to && (bytes[i] == '-' || bytes[i] == '+')) {
      negative = bytes[i] == '-';
      i++;
    }
    if (i == to) {
      return INVALID;
    }
    long v = 0;
    for (; i < to; i++) {
      int d = bytes[i] - '0';
      if (d < 0 || d > 9) {
        return INVALID;
      }
      v = v * 10 + d;
      if (v > 0xFFFF_FFFFL) {
        return INVALID;
      }
    }
    return negative ? -v : v;
  }

  long parseLong(int from, int to, String what) throws MeshFormatException {
    long v = parseLongOrInvalid(from, to);
    if (v == INVALID) {
      throw error("expected an integer for " + what + " (at most 32 bits), found '" + text(from, to) + "'");
    }
    return v;
  }

  /** A format error at the current line. */
  MeshFormatException error(String detail) {
    return MeshFormatException.atLine(source, line, detail);
  }
}
