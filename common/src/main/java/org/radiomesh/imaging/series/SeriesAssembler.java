package org.radiomesh.imaging.series;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.radiomesh.imaging.ImagePlane;
import org.radiomesh.imaging.series.SeriesAssemblyException.Reason;

/**
 * Builds a {@link Volume} from the slices of one CT, CBCT or MR series.
 *
 * <ol>
 *   <li>Checks that all slices share size, Pixel Spacing and Image Orientation (Patient) (within
 *       {@link Options#orientationTolerance()}).</li>
 *   <li>Sorts them by Image Position (Patient) projected on the unit normal row × column (ties: Instance Number, then
 *       source name), so the order never depends on file names or input order.</li>
 *   <li>Drops slices whose position is within {@link Options#duplicateTolerance()} mm of the previous one (reported as
 *       duplicates; the first in sort order is kept).</li>
 *   <li>Takes the median distance m between consecutive positions; a distance above 1.5·m is a gap of
 *       round(d/m) − 1 missing slices; spacing is uniform when every distance is within max(absolute tolerance,
 *       relative tolerance · m) of m.</li>
 *   <li>Uniform: stacks the slices, z spacing (last − first)/(n − 1). Otherwise (gaps included) interpolates linearly
 *       along the normal onto round((last − first)/m) + 1 evenly spaced planes, or fails with NON_UNIFORM_SPACING when
 *       resampling is off.</li>
 * </ol>
 * Cost O(n log n + voxels); memory one float per voxel besides the slices.
 *
 * <pre>{@code
 * SeriesAssembly a = SeriesAssembler.assemble(slices);
 * Volume hu = a.volume();
 * }</pre>
 */
public final class SeriesAssembler {
  private final Options options;

  public SeriesAssembler(Options options) {
    this.options = options;
  }

  /** Assembles with {@link Options#defaults()}. */
  public static SeriesAssembly assemble(Collection<Slice> slices) throws SeriesAssemblyException {
    return new SeriesAssembler(Options.defaults()).assembleSeries(slices);
  }

  /** Slices grouped by Series Instance UID, in UID order; each group keeps the input order. */
  public static Map<String, List<Slice>> groupBySeries(Collection<Slice> slices) {
    Map<String, List<Slice>> groups = new TreeMap<>();
    for (Slice s : slices) {
      groups.computeIfAbsent(String.valueOf(s.seriesInstanceUid()), k -> new ArrayList<>()).add(s);
    }
    return groups;
  }

  /** Assembles the slices of one series. */
  public SeriesAssembly assembleSeries(Collection<Slice> input) throws SeriesAssemblyException {
    if (input.isEmpty()) {
      throw new SeriesAssemblyException(Reason.TOO_FEW_SLICES, null, null, "at least two slices, got none");
    }
    List<Slice> slices = new ArrayList<>(input);
    Slice first = slices.get(0);
    String uid = first.seriesInstanceUid();
    checkConsistent(slices, first, uid);
    double[] normal = unitNormal(first.plane());
    slices.sort(Comparator.<Slice>comparingDouble(s -> s.plane().along(normal))
        .thenComparingInt(Slice::instanceNumber).thenComparing(s -> String.valueOf(s.source())));

    List<Slice> distinct = new ArrayList<>();
    List<SeriesReport.Duplicate> duplicates = new ArrayList<>();
    for (Slice s : slices) {
      Slice prev = distinct.isEmpty() ? null : distinct.get(distinct.size() - 1);
      double z = s.plane().along(normal);
      if (prev != null && z - prev.plane().along(normal) <= options.duplicateTolerance) {
        duplicates.add(new SeriesReport.Duplicate(z, prev.source(), s.source()));
      } else {
        distinct.add(s);
      }
    }
    int n = distinct.size();
    if (n < 2) {
      throw new SeriesAssemblyException(Reason.TOO_FEW_SLICES, uid, null, "at least two distinct slice positions,"
          + " got " + n + " from " + slices.size() + " slices");
    }
    double[] z = new double[n];
    for (int i = 0; i < n; i++) {
      z[i] = distinct.get(i).plane().along(normal);
    }
    double[] d = new double[n - 1];
    for (int i = 0; i < n - 1; i++) {
      d[i] = z[i + 1] - z[i];
    }
    double[] sorted = d.clone();
    Arrays.sort(sorted);
    double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
        : 0.5 * (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]);
    double tol = Math.max(options.absoluteTolerance, options.relativeTolerance * median);
    boolean uniform = true;
    List<SeriesReport.Gap> gaps = new ArrayList<>();
    for (int i = 0; i < n - 1; i++) {
      uniform &= Math.abs(d[i] - median) <= tol;
      if (d[i] > 1.5 * median) {
        gaps.add(new SeriesReport.Gap(z[i], d[i], (int) Math.round(d[i] / median) - 1, distinct.get(i).source()));
      }
    }
    if (!uniform && !options.resampleNonUniform) {
      throw new SeriesAssemblyException(Reason.NON_UNIFORM_SPACING, uid, null, "slice spacing within " + tol
          + " mm of the median " + median + " mm, found " + sorted[0] + " to " + sorted[sorted.length - 1]);
    }
    Volume volume = uniform ? stack(distinct, z, normal, uid) : resample(distinct, z, median, normal, uid);
    SeriesReport report = new SeriesReport(uid, slices.size(), n, median, sorted[0], sorted[sorted.length - 1],
        uniform, !uniform, gaps, duplicates, inPlaneDrift(distinct, normal));
    return new SeriesAssembly(volume, report);
  }

  private void checkConsistent(List<Slice> slices, Slice first, String uid) throws SeriesAssemblyException {
    for (Slice s : slices) {
      if (s.plane() == null) {
        throw new SeriesAssemblyException(Reason.MISSING_GEOMETRY, uid, s.source(), "Image Position/Orientation"
            + " (Patient) and Pixel Spacing");
      }
      if (!String.valueOf(uid).equals(String.valueOf(s.seriesInstanceUid()))) {
        throw new SeriesAssemblyException(Reason.INCONSISTENT_GEOMETRY, uid, s.source(), "slices of one series,"
            + " found series " + s.seriesInstanceUid());
      }
      if (s.width() != first.width() || s.height() != first.height()) {
        throw new SeriesAssemblyException(Reason.INCONSISTENT_GEOMETRY, uid, s.source(), "size " + first.width()
            + "x" + first.height() + " as " + first.source() + ", got " + s.width() + "x" + s.height());
      }
      ImagePlane p = s.plane();
      ImagePlane q = first.plane();
      if (p.orientationDifference(q) > options.orientationTolerance
          || Math.abs(p.rowSpacing() - q.rowSpacing()) > 1e-3 * q.rowSpacing()
          || Math.abs(p.columnSpacing() - q.columnSpacing()) > 1e-3 * q.columnSpacing()) {
        throw new SeriesAssemblyException(Reason.INCONSISTENT_GEOMETRY, uid, s.source(), "the orientation and"
            + " pixel spacing of " + first.source() + " (" + q + "), got " + p);
      }
    }
  }

  private Volume stack(List<Slice> slices, double[] z, double[] normal, String uid) throws SeriesAssemblyException {
    Slice f = slices.get(0);
    int plane = f.width() * f.height();
    float[] voxels = allocate((long) plane * slices.size(), uid);
    for (int k = 0; k < slices.size(); k++) {
      System.arraycopy(slices.get(k).values(), 0, voxels, k * plane, plane);
    }
    double dz = (z[z.length - 1] - z[0]) / (z.length - 1);
    return volume(f, voxels, slices.size(), dz, normal);
  }

  private Volume resample(List<Slice> slices, double[] z, double median, double[] normal, String uid)
      throws SeriesAssemblyException {
    Slice f = slices.get(0);
    int plane = f.width() * f.height();
    double extent = z[z.length - 1] - z[0];
    int nz = (int) Math.round(extent / median) + 1;
    double dz = extent / (nz - 1);
    float[] voxels = allocate((long) plane * nz, uid);
    int j = 0;
    for (int k = 0; k < nz; k++) {
      double target = z[0] + k * dz;
      while (j < z.length - 2 && z[j + 1] < target) {
        j++;
      }
      double t = Math.max(0, Math.min(1, (target - z[j]) / (z[j + 1] - z[j])));
      float[] a = slices.get(j).values();
      float[] b = slices.get(j + 1).values();
      float wa = (float) (1 - t);
      float wb = (float) t;
      int off = k * plane;
      for (int i = 0; i < plane; i++) {
        voxels[off + i] = wa * a[i] + wb * b[i];
      }
    }
    return volume(f, voxels, nz, dz, normal);
  }

  private static Volume volume(Slice first, float[] voxels, int nz, double dz, double[] normal) {
    ImagePlane p = first.plane();
    return new Volume(voxels, first.width(), first.height(), nz,
        new double[] {p.columnSpacing(), p.rowSpacing(), dz}, new double[] {p.x(), p.y(), p.z()},
        new double[] {p.rowX(), p.rowY(), p.rowZ(), p.colX(), p.colY(), p.colZ(), normal[0], normal[1], normal[2]});
  }

  private static float[] allocate(long voxels, String uid) throws SeriesAssemblyException {
    if (voxels > Integer.MAX_VALUE - 8) {
      throw new SeriesAssemblyException(Reason.TOO_LARGE, uid, null, "at most " + (Integer.MAX_VALUE - 8)
          + " voxels, the series needs " + voxels);
    }
    return new float[(int) voxels];
  }

  private static double[] unitNormal(ImagePlane p) {
    double[] n = p.normal();
    double len = Math.sqrt(n[0] * n[0] + n[1] * n[1] + n[2] * n[2]);
    return new double[] {n[0] / len, n[1] / len, n[2] / len};
  }

  private static double inPlaneDrift(List<Slice> slices, double[] normal) {
    ImagePlane o = slices.get(0).plane();
    double max = 0;
    for (Slice s : slices) {
      ImagePlane p = s.plane();
      double dx = p.x() - o.x();
      double dy = p.y() - o.y();
      double dzz = p.z() - o.z();
      double along = dx * normal[0] + dy * normal[1] + dzz * normal[2];
      double ox = dx - along * normal[0];
      double oy = dy - along * normal[1];
      double oz = dzz - along * normal[2];
      max = Math.max(max, Math.sqrt(ox * ox + oy * oy + oz * oz));
    }
    return max;
  }

  /** Tolerances and whether non-uniform spacing is resampled. Immutable. */
  public static final class Options {
    private static final Options DEFAULTS = builder().build();

    private final double relativeTolerance;
    private final double absoluteTolerance;
    private final double duplicateTolerance;
    private final double orientationTolerance;
    private final boolean resampleNonUniform;

    private Options(Builder b) {
      relativeTolerance = b.relativeTolerance;
      absoluteTolerance = b.absoluteTolerance;
      duplicateTolerance = b.duplicateTolerance;
      orientationTolerance = b.orientationTolerance;
      resampleNonUniform = b.resampleNonUniform;
    }

    /** 1 % or 0.01 mm spacing tolerance, 0.01 mm duplicates, 1e-3 orientation, resampling on. */
    public static Options defaults() {
      return DEFAULTS;
    }

    public static Builder builder() {
      return new Builder();
    }

    public double relativeTolerance() {
      return relativeTolerance;
    }

    public double absoluteTolerance() {
      return absoluteTolerance;
    }

    public double duplicateTolerance() {
      return duplicateTolerance;
    }

    public double orientationTolerance() {
      return orientationTolerance;
    }

    public boolean resampleNonUniform() {
      return resampleNonUniform;
    }

    /** Builder; everything optional. */
    public static final class Builder {
      private double relativeTolerance = 0.01;
      private double absoluteTolerance = 0.01;
      private double duplicateTolerance = 0.01;
      private double orientationTolerance = 1e-3;
      private boolean resampleNonUniform = true;

      private Builder() {}

      /** Spacing is uniform when every distance is within max(absolute, relative · median) of the median. */
      public Builder spacingTolerance(double relative, double absoluteMm) {
        this.relativeTolerance = relative;
        this.absoluteTolerance = absoluteMm;
        return this;
      }

      public Builder duplicateTolerance(double mm) {
        this.duplicateTolerance = mm;
        return this;
      }

      public Builder orientationTolerance(double cosineDifference) {
        this.orientationTolerance = cosineDifference;
        return this;
      }

      public Builder resampleNonUniform(boolean resample) {
        this.resampleNonUniform = resample;
        return this;
      }

      /** @throws IllegalArgumentException on a negative or non-finite tolerance */
      public Options build() {
        for (double t : new double[] {relativeTolerance, absoluteTolerance, duplicateTolerance,
            orientationTolerance}) {
          if (!(t >= 0) || Double.isInfinite(t)) {
            throw new IllegalArgumentException("tolerance " + t + ", expected finite and >= 0");
          }
        }
        return new Options(this);
      }
    }
  }
}
