package org.radiomesh.mesh.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.radiomesh.mesh.TriangleMesh;

class ObjReaderTest {

  private static ObjReader.Result parse(String obj) throws MeshFormatException {
    return ObjReader.parse("t.obj", obj.getBytes(StandardCharsets.UTF_8));
  }

  private static final String SQUARE = "v 0 0 0\nv 1 0 0\nv 1 1 0\nv 0 1 0\n";

  @Test
  void readsAllFaceCornerFormsAndNegativeIndices() throws Exception {
    String obj = SQUARE + "vt 0 0\nvt 1 0\nvt 1 1\nvn 0 0 1\n"
        + "f 1 2 3\n"
        + "f 1/1 2/2 3/3\n"
        + "f 1//1 2//1 3//1\n"
        + "f 1/1/1 2/2/1 3/3/1\n"
        + "f -4/-3/-1 -3/-2/-1 -2/-1/-1\n";
    ObjReader.Result r = parse(obj);
    TriangleMesh m = r.mesh();
    assertThat(m.faceCount()).isEqualTo(5);
    for (int f = 0; f < 5; f++) {
      assertThat(java.util.Arrays.copyOfRange(m.faces(), 3 * f, 3 * f + 3)).containsExactly(0, 1, 2);
    }
    assertThat(r.textureCoordinateCount()).isEqualTo(3);
    assertThat(m.normals()).containsExactly(0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 0);
  }

  @Test
  void polygonsAreFanTriangulated() throws Exception {
    TriangleMesh m = parse(SQUARE + "v 0.5 1.5 0\nf 1 2 3 5 4\n").mesh();
    assertThat(m.faces()).containsExactly(0, 1, 2, 0, 2, 4, 0, 4, 3);
  }

  @Test
  void groupsBecomeFaceGroupsWithADefaultForEarlierFaces() throws Exception {
    String obj = SQUARE + "f 1 2 3\no upper jaw\nf 1 3 4\ng tooth 11\nf 1 2 4\nusemtl enamel\ns off\n"
        + "g upper jaw\nf 2 3 4\ng\nf 4 3 2\n";
    TriangleMesh m = parse(obj).mesh();
    assertThat(m.groupNames()).containsExactly("upper jaw", "tooth 11", "default");
    assertThat(m.faceGroups()).containsExactly(2, 0, 1, 0, 2);
  }

  @Test
  void linesAndPointsAreCountedNotKept() throws Exception {
    ObjReader.Result r = parse(SQUARE + "l 1 2 3\nl 3 4\np 1\np 2 3\np 4\nf 1 2 3\n");
    assertThat(r.lineElementCount()).isEqualTo(2);
    assertThat(r.pointElementCount()).isEqualTo(3);
    assertThat(r.mesh().faceCount()).isEqualTo(1);
    assertThat(r.mesh().vertexCount()).isEqualTo(4);
  }

  @Test
  void vertexColoursCommentsContinuationsAndCrlf() throws Exception {
    String obj = "# a comment\r\nmtllib a.mtl\r\nv 0 0 0 1 0 0 # red\r\nv 1 0 0 \\\r\n 0 1 0\r\nv 0 1 0 0 0 1\r\n"
        + "\r\n   \r\nf 1 2 3\r\n";
    TriangleMesh m = parse(obj).mesh();
    assertThat(m.xyz()).containsExactly(0, 0, 0, 1, 0, 0, 0, 1, 0);
    assertThat(m.colors()).containsExactly(1, 0, 0, 0, 1, 0, 0, 0, 1);
  }

  @Test
  void byteOrderMarkIsSkipped() throws Exception {
    byte[] obj = "\uFEFFv 1 2 3\n".getBytes(StandardCharsets.UTF_8);
    assertThat(ObjReader.read("bom.obj", obj).xyz()).containsExactly(1, 2, 3);
  }

  @Test
  void homogeneousWIsIgnored() throws Exception {
    assertThat(parse("v 1 2 3 1\n").mesh().xyz()).containsExactly(1, 2, 3);
  }

  @Test
  void differentNormalsAtOneVertexAreAveraged() throws Exception {
    String obj = SQUARE + "vn 0 0 1\nvn 1 0 0\nf 1//1 2//1 3//1\nf 1//2 3//2 4//2\n";
    float[] n = parse(obj).mesh().normals();
    float h = (float) Math.sqrt(0.5);
    assertThat(java.util.Arrays.copyOfRange(n, 0, 3)).containsExactly(h, 0, h);
    assertThat(java.util.Arrays.copyOfRange(n, 3, 6)).containsExactly(0, 0, 1);
    assertThat(java.util.Arrays.copyOfRange(n, 9, 12)).containsExactly(1, 0, 0);
  }

  @Test
  void pointCloudWithOneNormalPerVertex() throws Exception {
    TriangleMesh m = parse("v 0 0 0\nv 1 2 3\nvn 0 1 0\nvn 1 0 0\n").mesh();
    assertThat(m.isPointCloud()).isTrue();
    assertThat(m.normals()).containsExactly(0, 1, 0, 1, 0, 0);
  }

  @Test
  void utf8GroupNamesSurvive() throws Exception {
    TriangleMesh m = parse(SQUARE + "g mâchoire supérieure\nf 1 2 3\n").mesh();
    assertThat(m.groupNames()).isEqualTo(List.of("mâchoire supérieure"));
  }

  @Test
  void errorsNameTheFileLineAndExpectation() {
    assertError(SQUARE + "f 1 2 5\n", 5, "face vertex index 5 out of range: expected 1..4 or -4..-1");
    assertError(SQUARE + "f 0 1 2\n", 5, "face vertex index 0 out of range");
    assertError(SQUARE + "f -5 1 2\n", 5, "face vertex index -5 out of range");
    assertError(SQUARE + "f 1//1 2//1 3//1\n", 5, "face normal index 1 out of range");
    assertError(SQUARE + "vt 0 0\nf 1/2 2/1 3/1\n", 6, "face texture coordinate index 2 out of range");
    assertError(SQUARE + "f 1 2\n", 5, "expected at least 3 vertices in face, found 2");
    assertError("v 0 0 nan\n", 1, "expected a finite number for vertex (v), found 'nan'");
    assertError("v 0 0 1e40\n", 1, "expected a finite number");
    assertError("\n\nv 0 0 1.5x\n", 3, "expected a number for vertex (v), found '1.5x'");
    assertError("v 0 0\n", 1, "expected 3 numbers after 'v'");
    assertError("vn 0 0 inf\n", 1, "finite number");
    assertError("v 0 0 0 1 1 1\nv 1 0 0\n", 2, "expected every vertex with r g b colours");
    assertError(SQUARE + "f 1 x 3\n", 5, "expected an integer for face vertex index");
    assertError("v 0 0 0\nsolid cube\n", 2, "expected an OBJ statement");
  }

  private static void assertError(String obj, int line, String expected) {
    MeshFormatException e = catchThrowableOfType(MeshFormatException.class, () -> parse(obj));
    assertThat(e).as("expected an error for %s", obj).isNotNull();
    assertThat(e.line()).as(e.getMessage()).isEqualTo(line);
    assertThat(e.source()).isEqualTo("t.obj");
    assertThat(e.getMessage()).startsWith("t.obj, line " + line + ": ").contains(expected);
  }
}
