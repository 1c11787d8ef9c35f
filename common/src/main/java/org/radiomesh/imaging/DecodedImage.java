package org.radiomesh.imaging;

import org.radiomesh.dicom.ImageFormat;

/**
 * Decoded grayscale pixels ready for a model: {@code frames × height × width} floats in [0, 1] after the modality LUT,
 * the VOI mapping and MONOCHROME1 inversion (0 is black, 1 is white), frame-major then row-major
 * ({@code pixels[(f * height + y) * width + x]}), plus, when asked for, the modality values before VOI (Hounsfield units
 * for CT) in the same layout.
 *
 * <p>For DICOM the identifiers and the {@link ImagePlane} come from the header (plane null when the image has no
 * Image Position/Orientation (Patient) or Pixel Spacing); for PNG, JPEG and TIFF they are null. The arrays are not
 * copied: the image owns them and callers must treat them as read-only.
 */
public final class DecodedImage {
  private final String source;
  private final ImageFormat format;
  private final int width;
  private final int height;
  private final int frames;
  private final int firstFrame;
  private final float[] pixels;
  private final float[] modalityValues;
  private final String transferSyntaxUid;
  private final String photometricInterpretation;
  private final String modality;
  private final String seriesInstanceUid;
  private final String sopInstanceUid;
  private final int instanceNumber;
  private final ImagePlane plane;
  private final String voi;

  private DecodedImage(Builder b) {
    this.source = b.source;
    this.format = b.format;
    this.width = b.width;
    this.height = b.height;
    this.frames = b.frames;
    this.firstFrame = b.firstFrame;
    this.pixels = b.pixels;
    this.modalityValues = b.modalityValues;
    this.transferSyntaxUid = b.transferSyntaxUid;
    this.photometricInterpretation = b.photometricInterpretation;
    this.modality = b.modality;
    this.seriesInstanceUid = b.seriesInstanceUid;
    this.sopInstanceUid = b.sopInstanceUid;
    this.instanceNumber = b.instanceNumber;
    this.plane = b.plane;
    this.voi = b.voi;
  }

  static Builder builder() {
    return new Builder();
  }

  public String source() {
    return source;
  }

  public ImageFormat format() {
    return format;
  }

  public int width() {
    return width;
  }

  public int height() {
    return height;
  }

  /** Number of frames held here (1 unless all frames were asked for). */
  public int frames() {
    return frames;
  }

  /** Index in the source of the first frame held here. */
  public int firstFrame() {
    return firstFrame;
  }

  /** Values in [0, 1], {@code frames × height × width}. */
  public float[] pixels() {
    return pixels;
  }

  /** Pixel {@code (x, y)} of held frame {@code f}, in [0, 1]. */
  public float pixel(int f, int x, int y) {
    return pixels[(f * height + y) * width + x];
  }

  /** Modality values (rescaled stored values, HU for CT) in the layout of {@link #pixels()}, or null. */
  public float[] modalityValues() {
    return modalityValues;
  }

  /** Transfer Syntax UID, null for non-DICOM. */
  public String transferSyntaxUid() {
    return transferSyntaxUid;
  }

  /** Photometric Interpretation of the source (after decompression); MONOCHROME2 for 8/16-bit gray PNG/JPEG/TIFF. */
  public String photometricInterpretation() {
    return photometricInterpretation;
  }

  /** Modality (CT, MR, DX, IO, PX, ...) or null. */
  public String modality() {
    return modality;
  }

  public String seriesInstanceUid() {
    return seriesInstanceUid;
  }

  public String sopInstanceUid() {
    return sopInstanceUid;
  }

  /** Instance Number, or {@link Integer#MIN_VALUE} when absent. */
  public int instanceNumber() {
    return instanceNumber;
  }

  /** Position, orientation and spacing in the patient frame, or null. */
  public ImagePlane plane() {
    return plane;
  }

  /** How values were mapped to [0, 1], for provenance: for example {@code WINDOW 40/400 LINEAR}. */
  public String voi() {
    return voi;
  }

  @Override
  public String toString() {
    return "DecodedImage[" + source + ", " + width + "x" + height + "x" + frames + ", " + voi + "]";
  }

  static final class Builder {
    private String source;
    private ImageFormat format;
    private int width;
    private int height;
    private int frames = 1;
    private int firstFrame;
    private float[] pixels;
    private float[] modalityValues;
    private String transferSyntaxUid;
    private String photometricInterpretation;
    private String modality;
    private String seriesInstanceUid;
    private String sopInstanceUid;
    private int instanceNumber = Integer.MIN_VALUE;
    private ImagePlane plane;
    private String voi;

    Builder source(String s, ImageFormat f) {
      this.source = s;
      this.format = f;
      return this;
    }

    Builder size(int w, int h, int f, int first) {
      this.width = w;
      this.height = h;
      this.frames = f;
      this.firstFrame = first;
      return this;
    }

    Builder pixels(float[] p, float[] modality) {
      this.pixels = p;
      this.modalityValues = modality;
      return this;
    }

    Builder dicom(String tsUid, String photometric, String mod, String series, String sop, int instance) {
      this.transferSyntaxUid = tsUid;
      this.photometricInterpretation = photometric;
      this.modality = mod;
      this.seriesInstanceUid = series;
      this.sopInstanceUid = sop;
      this.instanceNumber = instance;
      return this;
    }

    Builder photometric(String p) {
      this.photometricInterpretation = p;
      return this;
    }

    Builder plane(ImagePlane p) {
      this.plane = p;
      return this;
    }

    Builder voi(String v) {
      this.voi = v;
      return this;
    }

    DecodedImage build() {
      if (pixels == null || pixels.length != (long) width * height * frames) {
        throw new IllegalStateException("pixels length does not match " + width + "x" + height + "x" + frames);
      }
      return new DecodedImage(this);
    }
  }
}
