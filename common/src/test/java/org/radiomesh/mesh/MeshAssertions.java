package org.radiomesh.mesh;

import static org.assertj.core.api.Assertions.assertThat;

/** Array-by-array mesh comparison, so that a failure says which attribute differs. */
public final class MeshAssertions {
  private MeshAssertions() {}

  /** Equal arrays, attribute by attribute (exact float equality), and equal group names. */
  public static void assertSameMesh(TriangleMesh actual, TriangleMesh expected) {
    assertThat(actual.xyz()).as("xyz").containsExactly(expected.xyz());
    assertThat(actual.faces()).as("faces").containsExactly(expected.faces());
    assertThat(actual.normals()).as("normals").isEqualTo(expected.normals());
    assertThat(actual.colors()).as("colors").isEqualTo(expected.colors());
    assertThat(actual.labels()).as("labels").isEqualTo(expected.labels());
    assertThat(actual.faceGroups()).as("faceGroups").isEqualTo(expected.faceGroups());
    assertThat(actual.groupNames()).as("groupNames").isEqualTo(expected.groupNames());
    assertThat(actual).isEqualTo(expected);
  }

  /** The same triangles corner by corner, whatever the vertex numbering (STL welds and renumbers). */
  public static void assertSameCorners(TriangleMesh actual, TriangleMesh expected) {
    assertThat(actual.faceCount()).as("faces").isEqualTo(expected.faceCount());
    for (int c = 0; c < expected.faces().length; c++) {
      for (int d = 0; d < 3; d++) {
        assertThat(actual.xyz()[3 * actual.faces()[c] + d]).as("corner %d axis %d", c, d)
            .isEqualTo(expected.xyz()[3 * expected.faces()[c] + d]);
      }
    }
  }
}
