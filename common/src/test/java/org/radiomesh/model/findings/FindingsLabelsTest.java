package org.radiomesh.model.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.radiomesh.report.ReportFinding;

class FindingsLabelsTest {

  @Test
  void layoutIsToothMajorInFdiOrder() {
    assertThat(FindingsLabels.OUTPUTS).isEqualTo(288);
    assertThat(FindingsLabels.TEETH).hasSize(32).startsWith(11, 12).endsWith(47, 48);
    assertThat(FindingsLabels.index(11, "missing")).isZero();
    assertThat(FindingsLabels.index(12, "missing")).isEqualTo(9);
    assertThat(FindingsLabels.index(48, "impacted")).isEqualTo(287);
    assertThatThrownBy(() -> FindingsLabels.index(19, "crown")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void mirrorSwapsSidesAndIsAnInvolution() {
    assertThat(FindingsLabels.mirror(16)).isEqualTo(26);
    assertThat(FindingsLabels.mirror(38)).isEqualTo(48);
    Random random = new Random(2);
    float[] y = new float[FindingsLabels.OUTPUTS];
    for (int i = 0; i < y.length; i++) {
      y[i] = random.nextInt(2);
    }
    float[] m = FindingsLabels.mirrorTargets(y);
    assertThat(FindingsLabels.mirrorTargets(m)).containsExactly(y);
    for (int fdi : FindingsLabels.TEETH) {
      for (String c : FindingsLabels.CONDITIONS) {
        assertThat(m[FindingsLabels.index(FindingsLabels.mirror(fdi), c)]).isEqualTo(y[FindingsLabels.index(fdi, c)]);
      }
    }
  }

  @Test
  void decoderKeepsMissingAndImplantExclusive() {
    float[] p = new float[FindingsLabels.OUTPUTS];
    p[FindingsLabels.index(16, "missing")] = 0.9f;
    p[FindingsLabels.index(16, "crown")] = 0.95f;
    p[FindingsLabels.index(26, "implant")] = 0.8f;
    p[FindingsLabels.index(26, "missing")] = 0.6f;
    p[FindingsLabels.index(26, "restoration")] = 0.9f;
    p[FindingsLabels.index(36, "crown")] = 0.7f;
    p[FindingsLabels.index(36, "root_canal")] = 0.4f;
    List<ReportFinding> f = new ToothFindingsDecoder(FindingsThresholds.half()).decode(p);
    assertThat(f).extracting(x -> x.tooth() + " " + x.code())
        .containsExactly("16 missing", "26 implant", "36 crown");
    assertThat(f.get(2).confidence()).isEqualTo(0.7f, org.assertj.core.api.Assertions.within(1e-6));
    double[] th = new double[9];
    java.util.Arrays.fill(th, 0.5);
    th[FindingsLabels.CONDITIONS.indexOf("root_canal")] = 0.3;
    assertThat(new ToothFindingsDecoder(FindingsThresholds.of(th)).decode(p))
        .extracting(x -> x.tooth() + " " + x.code()).contains("36 root_canal");
  }
}
