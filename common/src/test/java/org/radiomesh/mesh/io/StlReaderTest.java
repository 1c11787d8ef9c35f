package org.radiomesh.mesh.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.radiomesh.mesh.MeshFixtures;
import org.radiomesh.mesh.MeshMeasures;
import org.radiomesh.mesh.TriangleMesh;

class StlReaderTest {

  /** A binary STL of the mesh's faces, built here byte by byte, with the given 80-byte header text. */
  static byte[] binaryStl(TriangleMesh m, String headerText) {
    ByteBuffer b = ByteBuffer.allocate(84 + 50 * m.faceCount()).order(ByteOrder.LITTLE_ENDIAN);
    byte[] header = Arrays.copyOf(headerText.getBytes(StandardCharsets.US_ASCII), 80);
    b.put(header).putInt(m.faceCount());
    for (int f = 0; f < m.faceCount(); f++) {
      b.putFloat(0).putFloat(0).putFloat(0);
      for (int k = 0; k < 3; k++) {
        int v = m.faces()[3 * f + k];
        b.putFloat(m.xyz()[3 * v]).putFloat(m.xyz()[3 * v + 1]).putFloat(m.xyz()[3 * v + 2]);
      }
      b.putShort((short) 0);
    }
    return b.array();
  }

  @Test
  void binaryWhoseHeaderStartsWithSolidIsReadAsBinary() throws Exception {
    byte[] stl = binaryStl(MeshFixtures.unitCube(), "solid cube exported by a CAD tool");
    assertThat(new String(stl, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("solid");
    TriangleMesh m = StlReader.read("cube.stl", stl);
    assertThat(m.vertexCount()).isEqualTo(8);
    assertThat(m.faceCount()).isEqualTo(12);
    assertThat(MeshMeasures.isWatertight(m)).isTrue();
    assertThat(MeshMeasures.signedVolume(m)).isEqualTo(1.0);
    assertThat(MeshFormat.fromContent(stl)).contains(MeshFormat.STL);
  }

  @Test
  void asciiWithMixedCaseAndTwoSolids() throws Exception {
    String stl = "solid a\n FACET NORMAL 0 0 nan\n  Outer Loop\n   vertex 0 0 0\n   vertex 1 0 0\n   vertex 0 1 0\n"
        + "  endloop\n endfacet\nendsolid a\nsolid b\nfacet normal 0 0 1 outer loop vertex 1 0 0 vertex 1 1 0\n"
        + "vertex 0 1 0 endloop endfacet endsolid\n";
    TriangleMesh m = StlReader.read("a.stl", stl.getBytes(StandardCharsets.US_ASCII));
    assertThat(m.vertexCount()).isEqualTo(4);
    assertThat(m.faces()).containsExactly(0, 1, 2, 1, 3, 2);
    assertThat(MeshMeasures.surfaceArea(m)).isEqualTo(1.0);
  }

  @Test
  void truncatedBinaryNamesTheOffsetOfTheMissingTriangle() {
    byte[] full = binaryStl(MeshFixtures.unitCube(), "cube");
    byte[] cut = Arrays.copyOf(full, 84 + 50 * 5 + 20);
    MeshFormatException e = catchThrowableOfType(MeshFormatException.class, () -> StlReader.read("cut.stl", cut));
    assertThat(e.byteOffset()).isEqualTo(84 + 50 * 5);
    assertThat(e.getMessage()).startsWith("cut.stl, byte 334: truncated binary STL: expected 50 bytes for triangle 5"
        + " of 12").contains("found 20");
  }

  @Test
  void truncatedBinaryWithSolidHeaderIsStillReportedAsBinary() {
    byte[] full = binaryStl(MeshFixtures.unitCube(), "solid x");
    byte[] cut = Arrays.copyOf(full, full.length - 1);
    MeshFormatException e = catchThrowableOfType(MeshFormatException.class, () -> StlReader.read("s.stl", cut));
    assertThat(e.byteOffset()).isEqualTo(84 + 50 * 11);
  }

  @Test
  void trailingBytesAndTinyFilesAreErrors() {
    byte[] full = binaryStl(MeshFixtures.unitCube(), "cube");
    byte[] longer = Arrays.copyOf(full, full.length + 3);
    MeshFormatException e = catchThrowableOfType(MeshFormatException.class, () -> StlReader.read("l.stl", longer));
    assertThat(e.byteOffset()).isEqualTo(full.length);
    assertThat(e.getMessage()).contains("expected the end of a binary STL of 12 triangles");
    e = catchThrowableOfType(MeshFormatException.class, () -> StlReader.read("t.stl", new byte[10]));
    assertThat(e.getMessage()).contains("t.stl, byte 10: truncated");
  }

  @Test
  void nonFiniteBinaryCoordinateNamesItsOffset() {
    byte[] stl = binaryStl(MeshFixtures.unitCube(), "cube");
    ByteBuffer.wrap(stl).order(ByteOrder.LITTLE_ENDIAN).putFloat(84 + 50 * 3 + 12 + 4 * 7, Float.NaN);
    MeshFormatException e = catchThrowableOfType(MeshFormatException.class, () -> StlReader.read("n.stl", stl));
    assertThat(e.byteOffset()).isEqualTo(84 + 50 * 3 + 12 + 4 * 7);
    assertThat(e.getMessage()).contains("expected a finite vertex coordinate in triangle 3");
  }

  @Test
  void malformedAsciiNamesTheLine() {
    String ok = "solid s\nfacet normal 0 0 1\nouter loop\nvertex 0 0 0\nvertex 1 0 0\nvertex 0 1 0\nendloop\n"
        + "endfacet\nendsolid s\n";
    assertError(ok.replace("vertex 1 0 0", "vertex 1 0"), 6,
        "expected a number for a vertex coordinate, found 'vertex'");
    assertError(ok.replace("vertex 1 0 0", "vertex 1 0 inf"), 5, "expected a finite number");
    assertError(ok.replace("outer loop", "outer ring"), 3, "expected 'loop', found 'ring'");
    assertError(ok.replace("endsolid s\n", ""), 9, "expected 'endsolid' before the end of the file");
    assertError(ok.replace("endfacet", "endface"), 8, "expected 'endfacet', found 'endface'");
    assertError(ok.replace("facet normal", "facets normal"), 2, "expected 'facet' or 'endsolid'");
  }

  private static void assertError(String stl, int line, String expected) {
    MeshFormatException e = catchThrowableOfType(MeshFormatException.class,
        () -> StlReader.read("bad.stl", stl.getBytes(StandardCharsets.US_ASCII)));
    assertThat(e).as("expected an error for %s", stl).isNotNull();
    assertThat(e.line()).as(e.getMessage()).isEqualTo(line);
    assertThat(e.getMessage()).startsWith("bad.stl, line " + line + ": ").contains(expected);
  }

  @Test
  void writerHeaderNeverStartsWithSolid() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StlWriter.write(MeshFixtures.unitCube(), out);
    assertThat(StlReader.startsWithSolid(out.toByteArray())).isFalse();
    assertThat(out.size()).isEqualTo(84 + 50 * 12);
  }
}
