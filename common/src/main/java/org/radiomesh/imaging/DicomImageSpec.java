package org.radiomesh.imaging;

import java.util.Arrays;

/**
 * What {@link DicomImageWriter} writes: the stored pixel words of one instance (all frames, row-major, samples
 * interleaved unless planar), the Image Pixel module that describes them, the rescale and window, identifiers, plane
 * geometry and the transfer syntax. Immutable; arrays are copied in the builder.
 *
 * <p>Stored words are written as given, bits above High Bit included, so a test can put noise there. Defaults: 16 bits
 * allocated and stored, unsigned, MONOCHROME2, one sample, modality OT, Explicit VR Little Endian, with preamble.
 */
public final class DicomImageSpec {
  final int rows;
  final int columns;
  final int frames;
  final int bitsAllocated;
  final int bitsStored;
  final int highBit;
  final boolean signed;
  final String photometric;
  final int samplesPerPixel;
  final int planarConfiguration;
  final int[] stored;
  final Double rescaleSlope;
  final Double rescaleIntercept;
  final double[] windowCenters;
  final double[] windowWidths;
  final String voiLutFunction;
  final String modality;
  final String sopClassUid;
  final String studyUid;
  final String seriesUid;
  final String sopUid;
  final Integer instanceNumber;
  final double[] position;
  final double[] orientation;
  final double[] pixelSpacing;
  final String transferSyntaxUid;
  final boolean preamble;

  private DicomImageSpec(Builder b) {
    rows = b.rows;
    columns = b.columns;
    frames = b.frames;
    bitsAllocated = b.bitsAllocated;
    bitsStored = b.bitsStored == 0 ? b.bitsAllocated : b.bitsStored;
    highBit = b.highBit < 0 ? bitsStored - 1 : b.highBit;
    signed = b.signed;
    photometric = b.photometric;
    samplesPerPixel = b.samplesPerPixel;
    planarConfiguration = b.planarConfiguration;
    stored = b.stored;
    rescaleSlope = b.rescaleSlope;
    rescaleIntercept = b.rescaleIntercept;
    windowCenters = b.windowCenters;
    windowWidths = b.windowWidths;
    voiLutFunction = b.voiLutFunction;
    modality = b.modality;
    sopClassUid = b.sopClassUid;
    studyUid = b.studyUid;
    seriesUid = b.seriesUid;
    sopUid = b.sopUid;
    instanceNumber = b.instanceNumber;
    position = b.position;
    orientation = b.orientation;
    pixelSpacing = b.pixelSpacing;
    transferSyntaxUid = b.transferSyntaxUid;
    preamble = b.preamble;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builder; {@code size} and {@code stored} are required. */
  public static final class Builder {
    private int rows;
    private int columns;
    private int frames = 1;
    private int bitsAllocated = 16;
    private int bitsStored;
    private int highBit = -1;
    private boolean signed;
    private String photometric = "MONOCHROME2";
    private int samplesPerPixel = 1;
    private int planarConfiguration;
    private int[] stored;
    private Double rescaleSlope;
    private Double rescaleIntercept;
    private double[] windowCenters;
    private double[] windowWidths;
    private String voiLutFunction;
    private String modality = "OT";
    private String sopClassUid = "1.2.840.10008.5.1.4.1.1.7";
    private String studyUid = "2.25.1";
    private String seriesUid = "2.25.2";
    private String sopUid = "2.25.3";
    private Integer instanceNumber;
    private double[] position;
    private double[] orientation;
    private double[] pixelSpacing;
    private String transferSyntaxUid = DecodableTransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN.uid();
    private boolean preamble = true;

    private Builder() {}

    public Builder size(int rows, int columns, int frames) {
      this.rows = rows;
      this.columns = columns;
      this.frames = frames;
      return this;
    }

    /** Bits allocated (8 or 16), bits stored, high bit (−1: bits stored − 1) and signedness. */
    public Builder bits(int allocated, int stored, int highBit, boolean signed) {
      this.bitsAllocated = allocated;
      this.bitsStored = stored;
      this.highBit = highBit;
      this.signed = signed;
      return this;
    }

    public Builder photometric(String photometric, int samplesPerPixel, int planarConfiguration) {
      this.photometric = photometric;
      this.samplesPerPixel = samplesPerPixel;
      this.planarConfiguration = planarConfiguration;
      return this;
    }

    /** Stored words, frames × rows × columns × samples; only the low bits allocated of each are written. */
    public Builder stored(int[] words) {
      this.stored = words.clone();
      return this;
    }

    public Builder rescale(double slope, double intercept) {
      this.rescaleSlope = slope;
      this.rescaleIntercept = intercept;
      return this;
    }

    public Builder windows(double[] centers, double[] widths, String function) {
      this.windowCenters = centers.clone();
      this.windowWidths = widths.clone();
      this.voiLutFunction = function;
      return this;
    }

    public Builder modality(String modality, String sopClassUid) {
      this.modality = modality;
      this.sopClassUid = sopClassUid;
      return this;
    }

    public Builder uids(String study, String series, String sop) {
      this.studyUid = study;
      this.seriesUid = series;
      this.sopUid = sop;
      return this;
    }

    public Builder instanceNumber(int n) {
      this.instanceNumber = n;
      return this;
    }

    /** Image Position (Patient) (3), Image Orientation (Patient) (6) and Pixel Spacing (row, column) in mm. */
    public Builder plane(double[] position, double[] orientation, double[] pixelSpacing) {
      this.position = position.clone();
      this.orientation = orientation.clone();
      this.pixelSpacing = pixelSpacing.clone();
      return this;
    }

    /** Transfer syntax and whether to write the 128-byte preamble, DICM and meta header (false: raw data set). */
    public Builder transferSyntax(String uid, boolean preamble) {
      this.transferSyntaxUid = uid;
      this.preamble = preamble;
      return this;
    }

    /** @throws IllegalArgumentException when the stored words do not match the size, or a required field is missing */
    public DicomImageSpec build() {
      if (rows <= 0 || columns <= 0 || frames <= 0) {
        throw new IllegalArgumentException("size " + rows + " x " + columns + " x " + frames + ", expected > 0");
      }
      if (stored == null || stored.length != rows * columns * frames * samplesPerPixel) {
        throw new IllegalArgumentException("stored words " + (stored == null ? "missing" : stored.length)
            + ", expected " + rows * columns * frames * samplesPerPixel);
      }
      if (bitsAllocated != 8 && bitsAllocated != 16) {
        throw new IllegalArgumentException("bitsAllocated " + bitsAllocated + ", expected 8 or 16");
      }
      if (windowCenters != null && windowCenters.length != windowWidths.length) {
        throw new IllegalArgumentException("window centres " + Arrays.toString(windowCenters) + " and widths "
            + Arrays.toString(windowWidths) + " differ in count");
      }
      if (!preamble && !DecodableTransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN.uid().equals(transferSyntaxUid)) {
        throw new IllegalArgumentException("a raw data set without meta header must be Implicit VR Little Endian");
      }
      return new DicomImageSpec(this);
    }
  }
}
