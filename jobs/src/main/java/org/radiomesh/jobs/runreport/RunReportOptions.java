package org.radiomesh.jobs.runreport;

/**
 * How much of a run the report samples. Defaults: 3 meshes in the 3D viewer, each simplified to at most 20,000 faces;
 * 6 preview images per kind (radiographs, mesh renderings) at most 256 pixels on the longer side; 3 report texts;
 * 20 histogram bins; files above 64 MiB are not read for previews.
 *
 * <pre>{@code
 * RunReportOptions o = RunReportOptions.builder().optViewerMeshes(5).build();
 * }</pre>
 */
public final class RunReportOptions {
  private static final RunReportOptions DEFAULTS = builder().build();
  private final int viewerMeshes;
  private final int viewerFaces;
  private final int previews;
  private final int previewPixels;
  private final int reports;
  private final int bins;
  private final long maxFileBytes;

  private RunReportOptions(Builder b) {
    viewerMeshes = b.viewerMeshes;
    viewerFaces = b.viewerFaces;
    previews = b.previews;
    previewPixels = b.previewPixels;
    reports = b.reports;
    bins = b.bins;
    maxFileBytes = b.maxFileBytes;
  }

  public static RunReportOptions defaults() {
    return DEFAULTS;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Meshes shown in the 3D viewer (0: no viewer). */
  public int viewerMeshes() {
    return viewerMeshes;
  }

  /** Face budget per viewer mesh; larger meshes are simplified by vertex clustering. */
  public int viewerFaces() {
    return viewerFaces;
  }

  /** Preview images per kind. */
  public int previews() {
    return previews;
  }

  /** Longer side of a preview image, pixels. */
  public int previewPixels() {
    return previewPixels;
  }

  /** Report texts shown. */
  public int reports() {
    return reports;
  }

  /** Histogram bins. */
  public int bins() {
    return bins;
  }

  /** Files (images, meshes) above this many bytes are not read for previews. */
  public long maxFileBytes() {
    return maxFileBytes;
  }

  /** Builder; every field is optional. */
  public static final class Builder {
    private int viewerMeshes = 3;
    private int viewerFaces = 20_000;
    private int previews = 6;
    private int previewPixels = 256;
    private int reports = 3;
    private int bins = 20;
    private long maxFileBytes = 64L << 20;

    private Builder() {}

    public Builder optViewerMeshes(int n) {
      viewerMeshes = n;
      return this;
    }

    public Builder optViewerFaces(int n) {
      viewerFaces = n;
      return this;
    }

    public Builder optPreviews(int n) {
      previews = n;
      return this;
    }

    public Builder optPreviewPixels(int n) {
      previewPixels = n;
      return this;
    }

    public Builder optReports(int n) {
      reports = n;
      return this;
    }

    public Builder optBins(int n) {
      bins = n;
      return this;
    }

    public Builder optMaxFileBytes(long n) {
      maxFileBytes = n;
      return this;
    }

    /** @throws IllegalArgumentException when a count is negative, or a size, budget or bin count below 1 */
    public RunReportOptions build() {
      if (viewerMeshes < 0 || previews < 0 || reports < 0) {
        throw new IllegalArgumentException("sample counts must be >= 0: viewer meshes " + viewerMeshes
            + ", previews " + previews + ", reports " + reports);
      }
      if (viewerFaces < 1 || previewPixels < 1 || bins < 1 || maxFileBytes < 1) {
        throw new IllegalArgumentException("face budget, preview size, bins and file limit must be >= 1: "
            + viewerFaces + ", " + previewPixels + ", " + bins + ", " + maxFileBytes);
      }
      return new RunReportOptions(this);
    }
  }
}
