package org.radiomesh.mesh.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.radiomesh.mesh.MeshAssertions;
import org.radiomesh.mesh.MeshFixtures;
import org.radiomesh.mesh.TriangleMesh;

class MeshFilesTest {

  @TempDir
  Path dir;

  @ParameterizedTest
  @EnumSource(MeshFormat.class)
  void writesAndReadsThroughPathsByExtension(MeshFormat format) throws Exception {
    TriangleMesh cube = MeshFixtures.unitCube();
    Path file = dir.resolve("cube." + format.extension().toUpperCase());
    MeshFiles.write(cube, file);
    assertSameTriangles(MeshFiles.read(file), cube, format);
    try (var listing = Files.list(dir)) {
      assertThat(listing).containsExactly(file);
    }
    MeshFiles.write(MeshFixtures.flipped(cube), file);
    assertSameTriangles(MeshFiles.read(file), MeshFixtures.flipped(cube), format);
  }

  @ParameterizedTest
  @EnumSource(MeshFormat.class)
  void detectsTheFormatFromContentWhenTheNameHasNoExtension(MeshFormat format) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    MeshFiles.write(MeshFixtures.unitCube(), out, format);
    byte[] content = out.toByteArray();
    assertThat(MeshFormat.detect("hdfs://archive/part-0001/mesh", content)).isEqualTo(format);
    assertSameTriangles(MeshFiles.read("hdfs://archive/part-0001/mesh", content), MeshFixtures.unitCube(), format);
  }

  /** STL renumbers vertices in order of first use, the other formats keep the mesh as it is. */
  private static void assertSameTriangles(TriangleMesh actual, TriangleMesh expected, MeshFormat format) {
    if (format == MeshFormat.STL) {
      assertThat(actual.vertexCount()).isEqualTo(expected.vertexCount());
      MeshAssertions.assertSameCorners(actual, expected);
    } else {
      MeshAssertions.assertSameMesh(actual, expected);
    }
  }

  @Test
  void detectsAsciiStlAndObjAfterComments() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StlWriter.write(MeshFixtures.unitCube(), out, StlEncoding.ASCII);
    assertThat(MeshFormat.fromContent(out.toByteArray())).contains(MeshFormat.STL);
    byte[] obj = "# exported\n\n  # again\nmtllib x.mtl\nv 0 0 0\n".getBytes(StandardCharsets.US_ASCII);
    assertThat(MeshFormat.fromContent(obj)).contains(MeshFormat.OBJ);
  }

  @Test
  void unknownFormatNamesTheSourceAndWhatWasExpected() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};
    MeshFormatException e = catchThrowableOfType(MeshFormatException.class,
        () -> MeshFiles.read("s3://bucket/scan-17", png));
    assertThat(e.getMessage()).startsWith("s3://bucket/scan-17: unknown mesh format: expected the extension .obj,"
        + " .ply or .stl");
    assertThat(e.line()).isEqualTo(-1);
    assertThat(e.byteOffset()).isEqualTo(-1);
    assertThatThrownBy(() -> MeshFiles.write(MeshFixtures.unitCube(), dir.resolve("cube.off")))
        .isInstanceOf(MeshFormatException.class).hasMessageContaining("cube.off: cannot write");
  }

  @Test
  void extensionWinsOverContent() {
    byte[] obj = "v 0 0 0\n".getBytes(StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> MeshFiles.read("points.ply", obj)).isInstanceOf(MeshFormatException.class)
        .hasMessageStartingWith("points.ply, line 1: expected 'ply'");
  }

  @Test
  void pointCloudsWriteAsObjAndPlyButNotStl() throws Exception {
    TriangleMesh cloud = TriangleMesh.pointCloud(new float[] {0, 0, 0, 1, 2, 3});
    for (String name : new String[] {"c.obj", "c.ply"}) {
      MeshFiles.write(cloud, dir.resolve(name));
      TriangleMesh back = MeshFiles.read(dir.resolve(name));
      assertThat(back.isPointCloud()).isTrue();
      assertThat(back.xyz()).containsExactly(0, 0, 0, 1, 2, 3);
    }
    assertThatThrownBy(() -> MeshFiles.write(cloud, dir.resolve("c.stl")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("point cloud");
    assertThat(dir.resolve("c.stl")).doesNotExist();
  }

  @Test
  void missingFileSaysSo() {
    Path missing = dir.resolve("nope.ply");
    assertThatThrownBy(() -> MeshFiles.read(missing)).isInstanceOf(NoSuchFileException.class)
        .hasMessage(missing + ": no such file");
  }
}
