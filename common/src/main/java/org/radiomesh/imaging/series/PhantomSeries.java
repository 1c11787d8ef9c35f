package org.radiomesh.imaging.series;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.radiomesh.imaging.DicomImageSpec;
import org.radiomesh.imaging.DicomImageWriter;

/**
 * A synthetic CT series of a field given in patient coordinates (HU as a function of x, y, z in mm), written as
 * 16-bit signed DICOM CT instances (Rescale Slope 1, Intercept −1024, stored = round(HU) + 1024): test fixtures,
 * benchmark corpora and demos with a known answer. Slice k lies at {@code origin + k · sliceSpacing · (row × column)};
 * pixel (x, y) of a slice at {@code position + x · columnSpacing · row + y · rowSpacing · column}. Immutable.
 *
 * <pre>{@code
 * PhantomSeries s = PhantomSeries.builder().field(PhantomSeries.sphere(new double[] {0, 0, 0}, 20, 1000, -1000))
 *     .size(64, 64, 50).build();
 * List<Path> files = s.write(dir);
 * }</pre>
 */
public final class PhantomSeries {
  /** Hounsfield units at a patient position (mm). */
  @FunctionalInterface
  public interface HuField extends java.io.Serializable {
    double hu(double x, double y, double z);
  }

  private final HuField field;
  private final int rows;
  private final int columns;
  private final int slices;
  private final double rowSpacing;
  private final double columnSpacing;
  private final double sliceSpacing;
  private final double[] origin;
  private final double[] orientation;
  private final String seriesUid;
  private final String transferSyntaxUid;

  private PhantomSeries(Builder b) {
    field = b.field;
    rows = b.rows;
    columns = b.columns;
    slices = b.slices;
    rowSpacing = b.rowSpacing;
    columnSpacing = b.columnSpacing;
    sliceSpacing = b.sliceSpacing;
    origin = b.origin.clone();
    orientation = b.orientation.clone();
    seriesUid = b.seriesUid;
    transferSyntaxUid = b.transferSyntaxUid;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code inside} HU within {@code radius} mm of {@code center}, {@code outside} HU elsewhere. */
  public static HuField sphere(double[] center, double radius, double inside, double outside) {
    double cx = center[0];
    double cy = center[1];
    double cz = center[2];
    double r2 = radius * radius;
    return (x, y, z) -> (x - cx) * (x - cx) + (y - cy) * (y - cy) + (z - cz) * (z - cz) <= r2 ? inside : outside;
  }

  /**
   * A sphere with a linear edge: {@code inside} HU up to {@code radius − edge/2}, {@code outside} from
   * {@code radius + edge/2}, linear in between (a partial-volume-like blur), so the mid-value iso-surface is the sphere
   * of {@code radius} itself.
   */
  public static HuField sphere(double[] center, double radius, double inside, double outside, double edge) {
    double cx = center[0];
    double cy = center[1];
    double cz = center[2];
    return (x, y, z) -> {
      double d = Math.sqrt((x - cx) * (x - cx) + (y - cy) * (y - cy) + (z - cz) * (z - cz));
      double t = Math.max(0, Math.min(1, (d - radius) / edge + 0.5));
      return inside + t * (outside - inside);
    };
  }

  public int slices() {
    return slices;
  }

  /** Unit slice normal, row × column. */
  public double[] normal() {
    double[] o = orientation;
    double[] n = {o[1] * o[5] - o[2] * o[4], o[2] * o[3] - o[0] * o[5], o[0] * o[4] - o[1] * o[3]};
    double len = Math.sqrt(n[0] * n[0] + n[1] * n[1] + n[2] * n[2]);
    return new double[] {n[0] / len, n[1] / len, n[2] / len};
  }

  /** Image Position (Patient) of slice k. */
  public double[] position(int k) {
    double[] n = normal();
    return new double[] {origin[0] + k * sliceSpacing * n[0], origin[1] + k * sliceSpacing * n[1],
        origin[2] + k * sliceSpacing * n[2]};
  }

  /** The HU the writer stores for pixel (x, y) of slice k: the field rounded to an integer and clipped to int16. */
  public int hu(int k, int x, int y) {
    double[] p = position(k);
    double[] o = orientation;
    double a = x * columnSpacing;
    double b = y * rowSpacing;
    double v = field.hu(p[0] + a * o[0] + b * o[3], p[1] + a * o[1] + b * o[4], p[2] + a * o[2] + b * o[5]);
    return (int) Math.max(-32768 + 1024, Math.min(32767 - 1024, Math.round(v)));
  }

  /** The instance of slice k with the given SOP Instance UID suffix and Instance Number. */
  public DicomImageSpec spec(int k, String sopSuffix, int instanceNumber) {
    int[] stored = new int[rows * columns];
    for (int y = 0; y < rows; y++) {
      for (int x = 0; x < columns; x++) {
        stored[y * columns + x] = hu(k, x, y) + 1024;
      }
    }
    return DicomImageSpec.builder().size(rows, columns, 1).bits(16, 16, 15, true).stored(stored)
        .rescale(1, -1024).windows(new double[] {400}, new double[] {2000}, null)
        .modality("CT", "1.2.840.10008.5.1.4.1.1.2")
        .uids(seriesUid + ".0", seriesUid, seriesUid + "." + sopSuffix).instanceNumber(instanceNumber)
        .plane(position(k), orientation, new double[] {rowSpacing, columnSpacing})
        .transferSyntax(transferSyntaxUid, true).build();
  }

  /** Slice k encoded, SOP Instance UID {@code series.(k + 1)}, Instance Number k + 1. */
  public byte[] instance(int k) throws IOException {
    return DicomImageWriter.write(spec(k, Integer.toString(k + 1), k + 1));
  }

  /** Writes every slice to {@code dir/slice-NNNN.dcm}; returns the paths in slice order. */
  public List<Path> write(Path dir) throws IOException {
    Files.createDirectories(dir);
    List<Path> paths = new ArrayList<>();
    for (int k = 0; k < slices; k++) {
      Path p = dir.resolve(String.format("slice-%04d.dcm", k));
      Files.write(p, instance(k));
      paths.add(p);
    }
    return paths;
  }

  /** Builder; {@code field} is required. Defaults: 64 × 64 × 32, 1 mm isotropic, axial, origin 0, explicit LE. */
  public static final class Builder {
    private HuField field;
    private int rows = 64;
    private int columns = 64;
    private int slices = 32;
    private double rowSpacing = 1;
    private double columnSpacing = 1;
    private double sliceSpacing = 1;
    private double[] origin = {0, 0, 0};
    private double[] orientation = {1, 0, 0, 0, 1, 0};
    private String seriesUid = "2.25.1000";
    private String transferSyntaxUid = "1.2.840.10008.1.2.1";

    private Builder() {}

    public Builder field(HuField field) {
      this.field = field;
      return this;
    }

    public Builder size(int rows, int columns, int slices) {
      this.rows = rows;
      this.columns = columns;
      this.slices = slices;
      return this;
    }

    /** Distance between rows, between columns, and between slices (mm). */
    public Builder spacing(double rowSpacing, double columnSpacing, double sliceSpacing) {
      this.rowSpacing = rowSpacing;
      this.columnSpacing = columnSpacing;
      this.sliceSpacing = sliceSpacing;
      return this;
    }

    /** Position of pixel (0, 0) of slice 0, and the row and column cosines (orthonormal). */
    public Builder geometry(double[] origin, double[] orientation) {
      this.origin = origin.clone();
      this.orientation = orientation.clone();
      return this;
    }

    public Builder seriesUid(String uid) {
      this.seriesUid = uid;
      return this;
    }

    public Builder transferSyntax(String uid) {
      this.transferSyntaxUid = uid;
      return this;
    }

    /** @throws IllegalArgumentException when the field is missing or a size or spacing is not positive */
    public PhantomSeries build() {
      if (field == null) {
        throw new IllegalArgumentException("field is required");
      }
      if (rows <= 0 || columns <= 0 || slices <= 0 || !(rowSpacing > 0 && columnSpacing > 0 && sliceSpacing > 0)) {
        throw new IllegalArgumentException("sizes and spacings must be positive");
      }
      if (origin.length != 3 || orientation.length != 6) {
        throw new IllegalArgumentException("expected 3 origin and 6 orientation values");
      }
      return new PhantomSeries(this);
    }
  }
}
