package org.radiomesh.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.radiomesh.anatomy.Condition;
import org.radiomesh.anatomy.DentitionSpec;
import org.radiomesh.anatomy.ToothNumber;
import org.radiomesh.anatomy.ToothSpec;
import org.radiomesh.anatomy.ToothType;
import org.radiomesh.mesh.BoundingBox;
import org.radiomesh.mesh.MeshMeasures;
import org.radiomesh.mesh.TriangleMesh;

class SingleToothTest {

  @Test
  void leftAndRightMolarsAreClosedOutwardAndCrownUp() {
    for (int fdi : new int[] {36, 46, 16}) {
      TriangleMesh m = SingleTooth.mesh(new DentitionSpec(List.of(ToothSpec.sound(fdi))), 1, 0.4, 0);
      assertThat(MeshMeasures.isWatertight(m)).as("tooth %d", fdi).isTrue();
      assertThat(MeshMeasures.signedVolume(m)).as("tooth %d", fdi).isPositive();
      BoundingBox b = MeshMeasures.bounds(m);
      ToothType.Dimensions d = ToothNumber.fdi(fdi).type().dimensions(ToothNumber.fdi(fdi).isUpper());
      // Crown above the CEJ origin, roots below, widths around REFERENCE §2 (±30 % for variation and cusps).
      assertThat(b.maxZ()).as("crown of %d", fdi).isBetween(0.6 * d.crownLength(), 1.4 * d.crownLength());
      assertThat(-b.minZ()).as("root of %d", fdi).isBetween(0.6 * d.rootLength(), 1.4 * d.rootLength());
      assertThat(b.sizeX()).as("width of %d", fdi)
          .isBetween(0.7 * d.mesiodistal(), 1.3 * d.mesiodistal());
    }
  }

  @Test
  void smoothingKeepsTheToothClosedAndItsVolume() {
    DentitionSpec spec = new DentitionSpec(List.of(new ToothSpec(ToothNumber.fdi(21),
        List.of(new Condition.Crown(Condition.CrownMaterial.CERAMIC)))));
    TriangleMesh raw = SingleTooth.mesh(spec, 2, 0.4, 0);
    TriangleMesh smooth = SingleTooth.mesh(spec, 2, 0.4, 10);
    assertThat(MeshMeasures.isWatertight(smooth)).isTrue();
    assertThat(MeshMeasures.signedVolume(smooth)).isCloseTo(MeshMeasures.signedVolume(raw),
        org.assertj.core.data.Percentage.withPercentage(5));
  }

  @Test
  void aMissingToothOrSeveralTeethAreRefused() {
    assertThatThrownBy(() -> SingleTooth.mesh(new DentitionSpec(List.of(new ToothSpec(ToothNumber.fdi(36),
        List.of(new Condition.Missing())))), 0, 0.4, 0)).hasMessageContaining("missing");
    assertThatThrownBy(() -> SingleTooth.mesh(new DentitionSpec(List.of(ToothSpec.sound(36), ToothSpec.sound(37))),
        0, 0.4, 0)).hasMessageContaining("one tooth");
  }
}
