package org.radiomesh.anatomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ArchFormTest {

  @Test
  void betaFunctionHasItsDepthAtTheFrontAndZeroAtTheEnds() {
    ArchForm a = new ArchForm(60, 30);
    // y is measured backwards from the front: the beta value 3.0314·D·(1/4)^0.8 = D at x = 0.
    assertThat(3.0314 * Math.pow(0.25, 0.8)).isCloseTo(1, within(1e-3));
    assertThat(a.y(0)).isCloseTo(0, within(0.05));
    assertThat(a.y(30)).isCloseTo(30, within(1e-9));
    assertThat(a.y(-30)).isCloseTo(30, within(1e-9));
  }

  @Test
  void arcLengthPointsAndTangentsAgreeWithTheCurve() {
    ArchForm a = new ArchForm(60, 30);
    // Half length against a fine polyline of the same curve.
    double len = 0;
    int n = 200000;
    for (int i = 1; i <= n; i++) {
      double x0 = 30.0 * (i - 1) / n;
      double x1 = 30.0 * i / n;
      len += Math.hypot(x1 - x0, a.y(x1) - a.y(x0));
    }
    assertThat(a.halfLength()).isCloseTo(len, within(0.02));
    double[] p = new double[4];
    for (double s = -60; s <= 60; s += 1.7) {
      a.pointAt(s, p);
      assertThat(Math.hypot(p[2], p[3])).isCloseTo(1, within(1e-9));
      if (Math.abs(s) < a.halfLength()) {
        assertThat(p[1]).isCloseTo(a.y(p[0]), within(0.01));
      }
      // The tangent is the derivative of the position along s.
      double[] q = new double[4];
      a.pointAt(s + 1e-4, q);
      assertThat((q[0] - p[0]) / 1e-4).isCloseTo(p[2], within(0.01));
      assertThat((q[1] - p[1]) / 1e-4).isCloseTo(p[3], within(0.01));
      double[] out = a.outwardAt(s);
      assertThat(out[0] * p[2] + out[1] * p[3]).isCloseTo(0, within(1e-9));
    }
    assertThat(a.outwardAt(0)[1]).isCloseTo(-1, within(1e-6)); // at the front, outwards is anterior (−y)
  }

  @Test
  void fitHoldsTheTeethAndPutsTheFirstMolarsAtTheDrawnWidth() {
    double[] md = {8.5, 6.5, 7.5, 7, 7, 10, 9};
    ArchForm a = ArchLayout.fit(56, md, 0.1);
    double half = 0.05;
    for (int k = 0; k < 7; k++) {
      half += md[k] + (k < 6 ? 0.1 : 0);
    }
    assertThat(a.halfLength()).isCloseTo(half, within(0.05));
    double s6 = 0.05 + 8.5 + 6.5 + 7.5 + 7 + 7 + 5 * 0.1 + 5;
    double[] p = new double[4];
    a.pointAt(s6, p);
    assertThat(2 * p[0]).isCloseTo(56, within(0.05));
    assertThat(a.depth()).isBetween(20.0, 45.0);
  }
}
