package org.radiomesh.mesh.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.radiomesh.mesh.TriangleMesh;

class PlyReaderTest {

  /** Two vertices more than a quad needs, mixed types, skipped properties and elements before and after faces. */
  static byte[] rich(PlyEncoding e) {
    PlyFixture p = new PlyFixture(e)
        .element("vertex", 5).property("double", "x").property("float32", "y").property("int16", "z")
        .property("uchar", "quality").list("uint8", "int32", "extra")
        .property("float", "nx").property("float", "ny").property("float", "nz")
        .property("uchar", "red").property("uint8", "green").property("uchar", "blue").property("uchar", "alpha")
        .property("int", "label");
    for (int i = 0; i < 5; i++) {
      p.row(i + 0.5, -i * 0.25, i * 10, 200, new double[] {i, 7}, 0, 0, 1, 255, i * 50, 0, 128, 11 + i);
    }
    p.element("material", 2).property("float", "shininess").property("char", "kind")
        .row(0.5, -3).row(1.5, 4)
        .element("face", 2).property("uint8", "flags").list("int8", "uint32", "vertex_index")
        .row(9, new double[] {0, 1, 2, 3}).row(1, new double[] {4, 2, 1})
        .element("edge", 1).list("ushort", "int", "vertex_indices").property("double", "w")
        .row(new double[] {0, 1}, 2.5);
    return p.bytes();
  }

  @ParameterizedTest
  @EnumSource(PlyEncoding.class)
  void readsWantedPropertiesAndSkipsTheRest(PlyEncoding encoding) throws Exception {
    TriangleMesh m = PlyReader.read("rich.ply", rich(encoding));
    assertThat(m.xyz())
        .containsExactly(0.5f, 0f, 0, 1.5f, -0.25f, 10, 2.5f, -0.5f, 20, 3.5f, -0.75f, 30, 4.5f, -1f, 40);
    assertThat(m.faces()).containsExactly(0, 1, 2, 0, 2, 3, 4, 2, 1);
    assertThat(m.normals()).hasSize(15).containsOnly(0f, 1f);
    assertThat(Arrays.copyOfRange(m.colors(), 3, 6)).containsExactly(1f, 50 / 255f, 0f);
    assertThat(m.labels()).containsExactly(11, 12, 13, 14, 15);
    assertThat(m.faceGroups()).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"char", "uchar", "short", "ushort", "int", "uint", "float", "double", "int8", "uint8",
      "int16", "uint16", "int32", "uint32", "float32", "float64"})
  void readsEveryScalarTypeInEveryEncoding(String type) throws Exception {
    for (PlyEncoding e : PlyEncoding.values()) {
      byte[] ply = new PlyFixture(e).element("vertex", 2).property(type, "x").property(type, "y")
          .property(type, "z").row(1, 2, 3).row(100, 0, 7).bytes();
      TriangleMesh m = PlyReader.read("types.ply", ply);
      assertThat(m.xyz()).as("%s %s", type, e).containsExactly(1, 2, 3, 100, 0, 7);
      assertThat(m.isPointCloud()).isTrue();
    }
  }

  @Test
  void readsFloatAndShortColoursAndTheLabelsAlias() throws Exception {
    byte[] ply = new PlyFixture(PlyEncoding.BINARY_BIG_ENDIAN).element("vertex", 1).property("float", "x")
        .property("float", "y").property("float", "z").property("float", "red").property("float", "green")
        .property("float", "blue").property("ushort", "labels").row(0, 0, 0, 0.25, 0.5, 1, 65000).bytes();
    TriangleMesh m = PlyReader.read("c.ply", ply);
    assertThat(m.colors()).containsExactly(0.25f, 0.5f, 1f);
    assertThat(m.labels()).containsExactly(65000);
    byte[] shorts = new PlyFixture(PlyEncoding.ASCII).element("vertex", 1).property("float", "x")
        .property("float", "y").property("float", "z").property("ushort", "diffuse_red")
        .property("ushort", "diffuse_green").property("ushort", "diffuse_blue").row(0, 0, 0, 65535, 0, 65535).bytes();
    assertThat(PlyReader.read("s.ply", shorts).colors()).containsExactly(1f, 0f, 1f);
  }

  @ParameterizedTest
  @EnumSource(value = PlyEncoding.class, names = {"BINARY_LITTLE_ENDIAN", "BINARY_BIG_ENDIAN"})
  void truncatedBinaryBodyNamesTheByteOffset(PlyEncoding encoding) {
    byte[] full = rich(encoding);
    int body = bodyOffset(full);
    // Rows of this vertex element: 8+4+2+1+(1+2*4)+12+4+4 = 44 bytes. Cut inside y (bytes 8..11) of row 2.
    byte[] cut = Arrays.copyOf(full, body + 2 * 44 + 10);
    MeshFormatException e = catchThrowableOfType(MeshFormatException.class, () -> PlyReader.read("cut.ply", cut));
    assertThat(e.byteOffset()).isEqualTo(body + 2 * 44 + 8);
    assertThat(e.source()).isEqualTo("cut.ply");
    assertThat(e.getMessage()).startsWith("cut.ply, byte " + e.byteOffset() + ": truncated binary body")
        .contains("row 2 of element 'vertex'");
  }

  @Test
  void truncatedSkippedElementIsAlsoReported() {
    byte[] full = rich(PlyEncoding.BINARY_LITTLE_ENDIAN);
    int body = bodyOffset(full);
    byte[] cut = Arrays.copyOf(full, body + 5 * 44 + 6);
    assertThatThrownBy(() -> PlyReader.read("m.ply", cut)).isInstanceOf(MeshFormatException.class)
        .hasMessageContaining("m.ply, byte " + (body + 5 * 44)).hasMessageContaining("element 'material'");
  }

  @Test
  void asciiBodyErrorsNameTheLine() {
    String head = "ply\nformat ascii 1.0\nelement vertex 3\nproperty float x\nproperty float y\nproperty float z\n"
        + "element face 1\nproperty list uchar int vertex_indices\nend_header\n";
    assertError(head + "0 0 0\n1 0 0\n0 1\n3 0 1 2\n", 12, "expected property 'z' of row 2 of element 'vertex'");
    assertError(head + "0 0 0\n1 0 0\n0 1 0 7\n3 0 1 2\n", 12, "expected the end of row 2");
    assertError(head + "0 0 0\n1 nan 0\n0 1 0\n3 0 1 2\n", 11, "finite number");
    assertError(head + "0 0 0\n1 x1 0\n0 1 0\n3 0 1 2\n", 11, "expected a number");
    assertError(head + "0 0 0\n1 0 0\n0 1 0\n3 0 1 3\n", 13, "vertex index 3 out of range");
    assertError(head + "0 0 0\n1 0 0\n0 1 0\n2 0 1\n", 13, "expected 3 to 1000000 vertex indices");
    assertError(head + "0 0 0\n1 0 0\n", 12, "expected row 2 of element 'vertex', found the end of the file");
  }

  @Test
  void binaryValueErrorsNameTheByteOffset() {
    PlyFixture p = new PlyFixture(PlyEncoding.BINARY_LITTLE_ENDIAN).element("vertex", 2).property("float", "x")
        .property("float", "y").property("float", "z").row(0, 0, 0).row(1, Double.POSITIVE_INFINITY, 0);
    byte[] inf = p.bytes();
    MeshFormatException e = catchThrowableOfType(MeshFormatException.class, () -> PlyReader.read("inf.ply", inf));
    assertThat(e.byteOffset()).isEqualTo(bodyOffset(inf) + 16);
    assertThat(e.getMessage()).contains("inf.ply, byte", "finite", "'y' of row 1");

    byte[] bad = new PlyFixture(PlyEncoding.BINARY_BIG_ENDIAN).element("vertex", 1).property("float", "x")
        .property("float", "y").property("float", "z").row(0, 0, 0)
        .element("face", 1).list("uchar", "int", "vertex_indices").row(new double[] {0, 0, -1}).bytes();
    e = catchThrowableOfType(MeshFormatException.class, () -> PlyReader.read("neg.ply", bad));
    assertThat(e.byteOffset()).isEqualTo(bodyOffset(bad) + 12 + 1 + 8);
    assertThat(e.getMessage()).contains("vertex index -1 out of range", "expected 0..0");
  }

  @Test
  void badHeadersNameTheLineAndWhatWasExpected() {
    assertError("plx\nformat ascii 1.0\nend_header\n", 1, "expected 'ply'");
    assertError("ply\nformat utf8 1.0\nend_header\n", 2, "expected ascii, binary_little_endian or binary_big_endian");
    assertError("ply\nformat ascii 2.0\nend_header\n", 2, "expected version 1.0");
    assertError("ply\nformat ascii 1.0\nproperty float x\nend_header\n", 3, "expected an 'element' line");
    assertError("ply\nformat ascii 1.0\nelement vertex 1\nproperty float16 x\nend_header\n", 4,
        "expected a PLY type");
    assertError("ply\nformat ascii 1.0\nelement vertex -1\nend_header\n", 3, "non-negative row count");
    assertError("ply\nformat ascii 1.0\nelement vertex 1\nproperty float x\n", 5, "expected 'end_header'");
    assertError("ply\nformat ascii 1.0\nelement vertex 0\nproperty float x\nproperty float y\nend_header\n", 3,
        "expected scalar vertex properties x, y and z");
    assertError("ply\nformat ascii 1.0\nelement point 0\nend_header\n", 4, "expected an element 'vertex'");
    assertError("ply\nformat ascii 1.0\nelements vertex 0\nend_header\n", 3, "expected format, element");
    assertError("ply\nformat ascii 1.0\nelement vertex 0\nproperty float x\nproperty float y\nproperty float z\n"
        + "element face 0\nproperty list float int vertex_indices\nend_header\n", 8, "integer list count type");
  }

  @Test
  void partialNormalsAreAnError() {
    String ply = "ply\nformat ascii 1.0\nelement vertex 1\nproperty float x\nproperty float y\nproperty float z\n"
        + "property float nx\nend_header\n0 0 0 1\n";
    assertError(ply, 3, "nx, ny and nz together or none of them");
  }

  @Test
  void crlfHeaderAndCommentsAreAccepted() throws Exception {
    String ply = "ply\r\nformat ascii 1.0\r\ncomment made on windows\r\nobj_info x\r\nelement vertex 1\r\n"
        + "property float x\r\nproperty float y\r\nproperty float z\r\nend_header\r\n1 2 3\r\n";
    assertThat(PlyReader.read("w.ply", ply.getBytes(StandardCharsets.US_ASCII)).xyz()).containsExactly(1, 2, 3);
  }

  private static void assertError(String ply, int line, String expected) {
    MeshFormatException e = catchThrowableOfType(MeshFormatException.class,
        () -> PlyReader.read("bad.ply", ply.getBytes(StandardCharsets.US_ASCII)));
    assertThat(e).as("expected an error for %s", ply).isNotNull();
    assertThat(e.line()).as(e.getMessage()).isEqualTo(line);
    assertThat(e.getMessage()).startsWith("bad.ply, line " + line + ": ").contains(expected);
  }

  static int bodyOffset(byte[] ply) {
    String text = new String(ply, StandardCharsets.ISO_8859_1);
    return text.indexOf("end_header\n") + "end_header\n".length();
  }
}
