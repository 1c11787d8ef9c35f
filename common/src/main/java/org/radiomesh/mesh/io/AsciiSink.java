package org.radiomesh.mesh.io;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Buffered ASCII output for the text writers: ints without allocating, floats as {@link Float#toString(float)} (the
 * shortest decimal that reads back to the same float, so text files round-trip exactly). Does not close the stream.
 */
final class AsciiSink {
  private final OutputStream out;
  private final byte[] buf = new byte[1 << 16];
  private int n;

  AsciiSink(OutputStream out) {
    this.out = out;
  }

  AsciiSink text(String s) throws IOException {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c > 0x7F) {
        return utf8(s);
      }
    }
    for (int i = 0; i < s.length(); i++) {
      put((byte) s.charAt(i));
    }
    return this;
  }

  private AsciiSink utf8(String s) throws IOException {
    for (byte b : s.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      put(b);
    }
    return this;
  }

  AsciiSink space() throws IOException {
    put((byte) ' ');
    return this;
  }

  AsciiSink newline() throws IOException {
    put((byte) '\n');
    return this;
  }

  AsciiSink number(float v) throws IOException {
    if (v == (int) v && v != 0 && Math.abs(v) < 1e7f) {
      return number((int) v);
    }
    return text(Float.toString(v));
  }

  AsciiSink number(long v) throws IOException {
    if (n + 20 > buf.length) {
      flushBuffer();
    }
    if (v < 0) {
      buf[n++] = '-';
      v = -v;
    }
    int start = n;
    do {
      buf[n++] = (byte) ('0' + v % 10);
      v /= 10;
    } while (v != 0);
    for (int i = start, j = n - 1; i < j; i++, j--) {
      byte t = buf[i];
      buf[i] = buf[j];
      buf[j] = t;
    }
    return this;
  }

  private void put(byte b) throws IOException {
    if (n == buf.length) {
      flushBuffer();
    }
    buf[n++] = b;
  }

  private void flushBuffer() throws IOException {
    out.write(buf, 0, n);
    n = 0;
  }

  /** Writes what is buffered and flushes the stream. */
  void flush() throws IOException {
    flushBuffer();
    out.flush();
  }
}
