package org.radiomesh.dicom;

import java.io.Serializable;

/**
 * Size limits that keep one bad or huge file from exhausting an executor's memory. Immutable; build with
 * {@link #builder()} or take {@link #defaults()}.
 *
 * <ul>
 *   <li>{@code maxHeaderBytes}: bytes read before the Pixel Data element (preamble and meta header included; for a
 *       deflated data set, also the inflated bytes). A longer header, or a header element whose declared length would
 *       pass the limit, is {@link ReasonCode#TOO_LARGE}, detected before the element's value is allocated.
 *   <li>{@code maxPixelBytes}: the larger of the Pixel Data element's declared length and Rows·Columns·Frames·
 *       SamplesPerPixel·BitsAllocated/8. Above it the file is {@link ReasonCode#TOO_LARGE}. For PNG, JPEG and TIFF it
 *       bounds both the file length (which is read whole, to hash it) and width·height·bands·bits/8.
 *   <li>{@code maxInlineBinaryBytes}: binary values (OB, OW, OF, OD, OL, OV, UN) up to this length appear in the JSON
 *       header as base64 {@code InlineBinary}; longer ones as a {@code BulkDataURI} that records only their length
 *       (see {@link DicomJsonWriter}).
 * </ul>
 */
public final class CatalogLimits implements Serializable {
  private static final long serialVersionUID = 1L;

  private final long maxHeaderBytes;
  private final long maxPixelBytes;
  private final int maxInlineBinaryBytes;

  private CatalogLimits(Builder b) {
    this.maxHeaderBytes = b.maxHeaderBytes;
    this.maxPixelBytes = b.maxPixelBytes;
    this.maxInlineBinaryBytes = b.maxInlineBinaryBytes;
  }

  /** 16 MiB of header, 2 GiB of pixel data, 256-byte inline binary values. */
  public static CatalogLimits defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public long maxHeaderBytes() {
    return maxHeaderBytes;
  }

  public long maxPixelBytes() {
    return maxPixelBytes;
  }

  public int maxInlineBinaryBytes() {
    return maxInlineBinaryBytes;
  }

  @Override
  public String toString() {
    return "CatalogLimits[maxHeaderBytes=" + maxHeaderBytes + ", maxPixelBytes=" + maxPixelBytes
        + ", maxInlineBinaryBytes=" + maxInlineBinaryBytes + "]";
  }

  /** Builder for {@link CatalogLimits}; every field has a default. */
  public static final class Builder {
    private long maxHeaderBytes = 16L << 20;
    private long maxPixelBytes = 2L << 30;
    private int maxInlineBinaryBytes = 256;

    private Builder() {}

    public Builder maxHeaderBytes(long bytes) {
      this.maxHeaderBytes = bytes;
      return this;
    }

    public Builder maxPixelBytes(long bytes) {
      this.maxPixelBytes = bytes;
      return this;
    }

    public Builder maxInlineBinaryBytes(int bytes) {
      this.maxInlineBinaryBytes = bytes;
      return this;
    }

    /** Validates and builds; throws {@link IllegalArgumentException} naming the bad field. */
    public CatalogLimits build() {
      if (maxHeaderBytes < ImageFormat.PREFIX_BYTES) {
        throw new IllegalArgumentException("maxHeaderBytes must be at least " + ImageFormat.PREFIX_BYTES
            + " (preamble and DICM marker), got " + maxHeaderBytes);
      }
      if (maxPixelBytes < 1) {
        throw new IllegalArgumentException("maxPixelBytes must be positive, got " + maxPixelBytes);
      }
      if (maxInlineBinaryBytes < 0) {
        throw new IllegalArgumentException("maxInlineBinaryBytes must be >= 0, got " + maxInlineBinaryBytes);
      }
      return new CatalogLimits(this);
    }
  }
}
