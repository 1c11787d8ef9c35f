package org.radiomesh.radiograph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ArchCurveTest {
  private static final double W = 55;
  private static final double D = 30;

  /** Arc length of the beta curve by a fine polyline of the closed-form y(x). */
  private static double betaLength(double w, double d) {
    int n = 2_000_000;
    double length = 0;
    double px = -w / 2;
    double py = 0;
    for (int i = 1; i <= n; i++) {
      double x = -w / 2 + w * i / n;
      double u = Math.max(0, (0.5 + x / w) * (0.5 - x / w));
      double y = 3.0314 * d * Math.pow(u, 0.8);
      length += Math.hypot(x - px, y - py);
      px = x;
      py = y;
    }
    return length;
  }

  @Test
  void betaArchFollowsTheClosedForm() {
    ArchCurve arch = ArchCurve.beta(W, D);
    assertThat(arch.length()).isCloseTo(betaLength(W, D), within(ArchCurve.SPACING_MM));
    assertThat(arch.point(0)).containsExactly(new double[] {-W / 2, 0}, within(1e-9));
    double[] apex = arch.point(arch.length() / 2);
    assertThat(apex[0]).isCloseTo(0, within(0.01));
    // y(0) = 3.0314·D·(1/4)^0.8 = 1.00005·D: the published constant normalises the depth.
    assertThat(apex[1]).isCloseTo(3.0314 * D * Math.pow(0.25, 0.8), within(0.01));
    // Every interpolated point lies on the closed-form curve (distance to a dense sampling of it).
    int n = 100_000;
    double[] cx = new double[n];
    double[] cy = new double[n];
    for (int i = 0; i < n; i++) {
      cx[i] = 0.5 * W * Math.sin(Math.PI * (i / (n - 1.0) - 0.5));
      cy[i] = 3.0314 * D * Math.pow(Math.max(0, (0.5 + cx[i] / W) * (0.5 - cx[i] / W)), 0.8);
    }
    SplittableRandom random = new SplittableRandom(11);
    for (int k = 0; k < 100; k++) {
      double[] p = arch.point(random.nextDouble(arch.length()));
      double best = Double.POSITIVE_INFINITY;
      for (int i = 0; i < n; i++) {
        best = Math.min(best, Math.hypot(p[0] - cx[i], p[1] - cy[i]));
      }
      assertThat(best).isLessThan(0.01);
    }
  }

  @Test
  void normalsAreUnitOutwardAndOrthogonalToTheTangent() {
    ArchCurve arch = ArchCurve.beta(W, D).extended(10);
    assertThat(arch.anterior()).containsExactly(new double[] {0, 1}, within(1e-3));
    for (double s = 0; s <= arch.length(); s += 3.7) {
      double[] n = arch.normal(s);
      double[] t = arch.tangent(s);
      double[] p = arch.point(s);
      assertThat(Math.hypot(n[0], n[1])).isCloseTo(1, within(1e-9));
      assertThat(n[0] * t[0] + n[1] * t[1]).isCloseTo(0, within(1e-9));
      // Outward: a step along the normal moves away from the arch's centre of area (0, D/3).
      assertThat(Math.hypot(p[0] + n[0] - 0, p[1] + n[1] - D / 3))
          .isGreaterThan(Math.hypot(p[0] - 0, p[1] - D / 3));
    }
  }

  @Test
  void extensionsAreStraightAlongTheEndTangents() {
    ArchCurve base = ArchCurve.beta(W, D);
    ArchCurve arch = base.extended(12);
    assertThat(arch.length()).isCloseTo(base.length() + 24, within(2 * ArchCurve.SPACING_MM));
    double e = 0.5 * (arch.length() - base.length());
    assertThat(arch.point(e)).containsExactly(base.point(0), within(1e-9));
    assertThat(arch.point(arch.length() - e)).containsExactly(base.point(base.length()), within(1e-9));
    // The start extension is a segment: its midpoint is halfway between its ends, and it heads back (−y).
    double[] a = arch.point(0);
    double[] m = arch.point(e / 2);
    double[] b = arch.point(e);
    assertThat(m).containsExactly(new double[] {(a[0] + b[0]) / 2, (a[1] + b[1]) / 2}, within(1e-9));
    assertThat(a[1]).isLessThan(b[1] - 10);
  }

  @Test
  void footArcLengthMatchesBruteForceNearestPoint() {
    ArchCurve arch = ArchCurve.beta(W, D).extended(8);
    SplittableRandom random = new SplittableRandom(5);
    for (int i = 0; i < 100; i++) {
      double x = random.nextDouble(-40, 40);
      double y = random.nextDouble(-15, 45);
      double best = Double.POSITIVE_INFINITY;
      for (double s = 0; s <= arch.length(); s += 0.005) {
        double[] p = arch.point(s);
        best = Math.min(best, Math.hypot(p[0] - x, p[1] - y));
      }
      double[] foot = arch.point(arch.footArcLength(x, y));
      assertThat(Math.hypot(foot[0] - x, foot[1] - y)).isCloseTo(best, within(1e-3));
    }
  }

  @Test
  void frameChangeKeepsThePatientsRightAtTheStart() {
    // A DICOM-like frame: x towards the patient's left, anterior = −y.
    ArchCurve arch = ArchCurve.beta(W, D).inFrame(1, 2, 1, 0, 0, -1);
    assertThat(arch.point(0)).containsExactly(new double[] {1 - W / 2, 2}, within(1e-9));
    assertThat(arch.anterior()).containsExactly(new double[] {0, -1}, within(1e-3));
    double[] apex = arch.point(arch.length() / 2);
    assertThat(apex[1]).isCloseTo(2 - D, within(0.05));
    assertThatThrownBy(() -> ArchCurve.beta(W, D).inFrame(0, 0, 1, 0, 1, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("orthogonal");
  }

  @Test
  void rejectsDegenerateInput() {
    assertThatThrownBy(() -> ArchCurve.beta(0, D)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ArchCurve.through(new double[] {0, 0, 0.1, 0}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mm long");
    assertThatThrownBy(() -> ArchCurve.through(new double[] {0, 0, 1}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("even count");
  }
}
