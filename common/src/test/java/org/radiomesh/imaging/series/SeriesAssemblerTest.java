package org.radiomesh.imaging.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.radiomesh.imaging.DecodeOptions;
import org.radiomesh.imaging.DicomImageWriter;
import org.radiomesh.imaging.ImageDecoder;

/**
 * A shuffled, obliquely oriented synthetic CT of a sphere (1000 HU inside, −1000 outside) with anisotropic spacing,
 * decoded from DICOM and assembled back: geometry, HU values, the missing slice and the duplicate.
 */
class SeriesAssemblerTest {
  private static final int ROWS = 24;
  private static final int COLS = 28;
  private static final int SLICES = 30;
  private static final double ROW_SPACING = 0.8;
  private static final double COL_SPACING = 0.7;
  private static final double SLICE_SPACING = 1.25;
  private static final double[] ORIGIN = {-10.5, 20.25, 100};

  private final double[] orientation = rotatedAxes(new Random(42));
  private final PhantomSeries phantom = PhantomSeries.builder()
      .field(PhantomSeries.sphere(center(), 7, 1000, -1000))
      .size(ROWS, COLS, SLICES).spacing(ROW_SPACING, COL_SPACING, SLICE_SPACING)
      .geometry(ORIGIN, orientation).seriesUid("2.25.77").build();

  @Test
  void shuffledSeriesWithAGapAndADuplicateIsSortedReportedAndFilled() throws Exception {
    List<Slice> slices = new ArrayList<>();
    for (int k = 0; k < SLICES; k++) {
      if (k != 10) {
        slices.add(decode(phantom.instance(k), "slice-" + k));
      }
    }
    slices.add(decode(DicomImageWriter.write(phantom.spec(20, "dup", 999)), "slice-20-copy"));
    slices.add(decode(otherSeries(), "other"));
    Collections.shuffle(slices, new Random(5));

    Map<String, List<Slice>> series = SeriesAssembler.groupBySeries(slices);
    assertThat(series).containsOnlyKeys("2.25.77", "2.25.88");
    SeriesAssembly a = SeriesAssembler.assemble(series.get("2.25.77"));

    SeriesReport r = a.report();
    assertThat(r.inputSlices()).isEqualTo(SLICES);
    assertThat(r.distinctSlices()).isEqualTo(SLICES - 1);
    assertThat(r.duplicates()).hasSize(1);
    assertThat(r.duplicates().get(0).keptSource()).isEqualTo("slice-20");
    assertThat(r.duplicates().get(0).droppedSource()).isEqualTo("slice-20-copy");
    assertThat(r.gaps()).hasSize(1);
    assertThat(r.gaps().get(0).afterSource()).isEqualTo("slice-9");
    assertThat(r.gaps().get(0).spacing()).isCloseTo(2 * SLICE_SPACING, within(1e-6));
    assertThat(r.missingSlices()).isEqualTo(1);
    assertThat(r.medianSpacing()).isCloseTo(SLICE_SPACING, within(1e-6));
    assertThat(r.uniform()).isFalse();
    assertThat(r.resampled()).isTrue();
    assertThat(r.maxInPlaneDrift()).isLessThan(1e-6);

    Volume v = a.volume();
    assertGeometry(v, SLICES);
    for (int k = 0; k < SLICES; k++) {
      for (int y = 0; y < ROWS; y++) {
        for (int x = 0; x < COLS; x++) {
          float expected = k == 10 ? (phantom.hu(9, x, y) + phantom.hu(11, x, y)) / 2f : phantom.hu(k, x, y);
          assertThat(v.value(x, y, k)).as("voxel %d %d %d", x, y, k).isCloseTo(expected, within(1e-3f));
        }
      }
    }
  }

  @Test
  void uniformSeriesIsStackedWithoutResampling() throws Exception {
    List<Slice> slices = new ArrayList<>();
    for (int k = SLICES - 1; k >= 0; k--) {
      slices.add(decode(phantom.instance(k), "slice-" + k));
    }

    SeriesAssembly a = SeriesAssembler.assemble(slices);

    assertThat(a.report().uniform()).isTrue();
    assertThat(a.report().resampled()).isFalse();
    assertThat(a.report().gaps()).isEmpty();
    assertThat(a.report().duplicates()).isEmpty();
    Volume v = a.volume();
    assertGeometry(v, SLICES);
    int inside = 0;
    for (int k = 0; k < SLICES; k++) {
      for (int y = 0; y < ROWS; y++) {
        for (int x = 0; x < COLS; x++) {
          assertThat(v.value(x, y, k)).isEqualTo((float) phantom.hu(k, x, y));
          double[] p = v.toPatient(x, y, k);
          double[] c = center();
          boolean in = (p[0] - c[0]) * (p[0] - c[0]) + (p[1] - c[1]) * (p[1] - c[1])
              + (p[2] - c[2]) * (p[2] - c[2]) <= 49;
          if (Math.abs(Math.sqrt((p[0] - c[0]) * (p[0] - c[0]) + (p[1] - c[1]) * (p[1] - c[1])
              + (p[2] - c[2]) * (p[2] - c[2])) - 7) > 1e-3) {
            assertThat(v.value(x, y, k)).isEqualTo(in ? 1000f : -1000f);
          }
          inside += v.value(x, y, k) > 0 ? 1 : 0;
        }
      }
    }
    double voxelVolume = ROW_SPACING * COL_SPACING * SLICE_SPACING;
    assertThat(inside * voxelVolume).isCloseTo(4 / 3.0 * Math.PI * 343, within(0.1 * 4 / 3.0 * Math.PI * 343));
  }

  @Test
  void inconsistentAndTooFewSlicesAndNonUniformSpacingFailWithReasons() throws Exception {
    Slice s0 = decode(phantom.instance(0), "a");
    Slice s1 = decode(phantom.instance(1), "b");
    Slice s3 = decode(phantom.instance(3), "c");
    Slice small = new Slice("small", s0.seriesInstanceUid(), "x", 1, s0.plane(), 2, 2, new float[4]);

    assertThat(reason(List.of(s0, small), SeriesAssembler.Options.defaults()))
        .isEqualTo(SeriesAssemblyException.Reason.INCONSISTENT_GEOMETRY);
    assertThat(reason(List.of(s0, s0), SeriesAssembler.Options.defaults()))
        .isEqualTo(SeriesAssemblyException.Reason.TOO_FEW_SLICES);
    assertThat(reason(List.of(s0, s1, s3), SeriesAssembler.Options.builder().resampleNonUniform(false).build()))
        .isEqualTo(SeriesAssemblyException.Reason.NON_UNIFORM_SPACING);
  }

  private void assertGeometry(Volume v, int nz) {
    assertThat(v.nx()).isEqualTo(COLS);
    assertThat(v.ny()).isEqualTo(ROWS);
    assertThat(v.nz()).isEqualTo(nz);
    assertThat(v.spacing()).containsExactly(new double[] {COL_SPACING, ROW_SPACING, SLICE_SPACING}, within(1e-6));
    assertThat(v.origin()).containsExactly(ORIGIN, within(1e-6));
    double[] n = phantom.normal();
    assertThat(v.direction()).containsExactly(new double[] {orientation[0], orientation[1], orientation[2],
        orientation[3], orientation[4], orientation[5], n[0], n[1], n[2]}, within(1e-6));
  }

  private static SeriesAssemblyException.Reason reason(List<Slice> s, SeriesAssembler.Options o) {
    SeriesAssemblyException e = catchThrowableOfType(SeriesAssemblyException.class,
        () -> new SeriesAssembler(o).assembleSeries(s));
    assertThat(e).isNotNull();
    return e.reason();
  }

  private double[] center() {
    double[] o = orientation;
    double[] n = {o[1] * o[5] - o[2] * o[4], o[2] * o[3] - o[0] * o[5], o[0] * o[4] - o[1] * o[3]};
    double a = COLS * COL_SPACING / 2;
    double b = ROWS * ROW_SPACING / 2;
    double c = SLICES * SLICE_SPACING / 2;
    return new double[] {ORIGIN[0] + a * o[0] + b * o[3] + c * n[0], ORIGIN[1] + a * o[1] + b * o[4] + c * n[1],
        ORIGIN[2] + a * o[2] + b * o[5] + c * n[2]};
  }

  private static byte[] otherSeries() throws Exception {
    return PhantomSeries.builder().field((x, y, z) -> 0).size(ROWS, COLS, 2).seriesUid("2.25.88").build()
        .instance(0);
  }

  private static Slice decode(byte[] file, String name) throws Exception {
    return Slice.of(ImageDecoder.decode(file, name, DecodeOptions.builder().keepModalityValues(true).build()));
  }

  /** Row and column cosines of a seeded random rotation (orthonormal, right-handed with the normal). */
  private static double[] rotatedAxes(Random r) {
    double[] u = unit(new double[] {r.nextGaussian(), r.nextGaussian(), r.nextGaussian()});
    double[] w = {r.nextGaussian(), r.nextGaussian(), r.nextGaussian()};
    double d = u[0] * w[0] + u[1] * w[1] + u[2] * w[2];
    double[] v = unit(new double[] {w[0] - d * u[0], w[1] - d * u[1], w[2] - d * u[2]});
    return new double[] {u[0], u[1], u[2], v[0], v[1], v[2]};
  }

  private static double[] unit(double[] a) {
    double l = Math.sqrt(a[0] * a[0] + a[1] * a[1] + a[2] * a[2]);
    return new double[] {a[0] / l, a[1] / l, a[2] / l};
  }
}
