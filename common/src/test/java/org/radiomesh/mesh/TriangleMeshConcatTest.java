package org.radiomesh.mesh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import org.junit.jupiter.api.Test;

class TriangleMeshConcatTest {
  private static TriangleMesh tetra(float dx, int[] labels) {
    float[] xyz = {0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1};
    for (int i = 0; i < xyz.length; i += 3) {
      xyz[i] += dx;
    }
    TriangleMesh.Builder b = TriangleMesh.builder().xyz(xyz).faces(new int[] {0, 2, 1, 0, 1, 3, 0, 3, 2, 1, 2, 3});
    return labels == null ? b.build() : b.labels(labels).build();
  }

  @Test
  void appendsVerticesShiftsFacesAndKeepsLabelsWhereTheyExist() {
    TriangleMesh a = tetra(0, new int[] {11, 11, 12, 12});
    TriangleMesh b = tetra(5, null);
    TriangleMesh both = TriangleMesh.concat(List.of(a, b));
    assertThat(both.vertexCount()).isEqualTo(8);
    assertThat(both.faceCount()).isEqualTo(8);
    for (int i = 0; i < 12; i++) {
      assertThat(both.faces()[i]).isEqualTo(a.faces()[i]);
      assertThat(both.faces()[12 + i]).isEqualTo(b.faces()[i] + 4);
    }
    assertThat(both.xyz()[12]).isEqualTo(5f);
    assertThat(both.labels()).containsExactly(11, 11, 12, 12, 0, 0, 0, 0);
    assertThat(MeshMeasures.signedVolume(both)).isCloseTo(2 * MeshMeasures.signedVolume(a), offset(1e-6));
  }

  @Test
  void oneMeshIsReturnedAsItIsAndNoneIsAnError() {
    TriangleMesh a = tetra(0, null);
    assertThat(TriangleMesh.concat(List.of(a))).isSameAs(a);
    assertThatThrownBy(() -> TriangleMesh.concat(List.of())).isInstanceOf(IllegalArgumentException.class);
  }
}
