package org.radiomesh.dicom;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The stream under PixelMed's parser: counts the bytes consumed, stops at a byte limit, feeds a digest, and remembers
 * why reading stopped. PixelMed's {@code AttributeList.read} swallows {@link IOException}s at the top level of a data
 * set (it treats them as the end of the data), so the reader learns about a hit limit, a failing file system or an
 * early end from the flags here, not from an exception.
 *
 * <p>Supports {@code mark}/{@code reset} when the wrapped stream does (PixelMed looks ahead while guessing the transfer
 * syntax); bytes seen again after a reset are not digested twice. {@code skip} reads through a small buffer so that
 * skipped bytes are digested too. O(1) per byte.
 */
final class HeaderInputStream extends FilterInputStream {
  private final long limit;
  private final ContentDigest digest;
  private long position;
  private long markPosition = -1;
  private long highWater;
  private boolean limitExceeded;
  private boolean endReached;
  private IOException failure;

  /**
   * @param in the stream to read
   * @param limit the most bytes that may be consumed
   * @param digest where to feed every byte once, or null
   * @param digestFrom the position of the first byte to digest (bytes before it are a synthetic prefix)
   */
  HeaderInputStream(InputStream in, long limit, ContentDigest digest, long digestFrom) {
    super(in);
    this.limit = limit;
    this.digest = digest;
    this.highWater = digestFrom;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int r = read(one, 0, 1);
    return r <= 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    long room = limit - position;
    if (room <= 0) {
      limitExceeded = true;
      throw new IOException("header byte limit " + limit + " reached");
    }
    int want = (int) Math.min(len, room);
    int r;
    try {
      r = in.read(b, off, want);
    } catch (IOException e) {
      if (failure == null) {
        failure = e;
      }
      throw e;
    }
    if (r < 0) {
      endReached = true;
      return r;
    }
    if (digest != null && position + r > highWater) {
      long start = Math.max(position, highWater);
      digest.update(b, off + (int) (start - position), (int) (position + r - start));
      highWater = position + r;
    }
    position += r;
    return r;
  }

  @Override
  public long skip(long n) throws IOException {
    byte[] scratch = new byte[(int) Math.min(n, 8192)];
    long done = 0;
    while (done < n) {
      int r = read(scratch, 0, (int) Math.min(scratch.length, n - done));
      if (r < 0) {
        break;
      }
      done += r;
    }
    return done;
  }

  @Override
  public synchronized void mark(int readlimit) {
    in.mark(readlimit);
    markPosition = position;
  }

  @Override
  public synchronized void reset() throws IOException {
    if (markPosition < 0) {
      throw new IOException("reset without mark");
    }
    in.reset();
    position = markPosition;
  }

  /** Bytes consumed so far (after a reset, counted from the mark). */
  long position() {
    return position;
  }

  /** Bytes still allowed before the limit. */
  long remaining() {
    return limit - position;
  }

  boolean limitExceeded() {
    return limitExceeded;
  }

  boolean endReached() {
    return endReached;
  }

  /** The digest of the bytes consumed so far, hex, or null without a digest; resets the digest. */
  String finishDigest() {
    return digest == null ? null : digest.finishHex();
  }

  /** The first exception the wrapped stream threw, or null. */
  IOException failure() {
    return failure;
  }
}
