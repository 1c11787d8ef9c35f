package org.radiomesh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radiomesh.mesh.TriangleMesh;
import org.radiomesh.mesh.io.MeshFiles;
import picocli.CommandLine;

class MeshInfoCommandTest {

  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = Radiomesh.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  /** The cube [0, 2]³, outward oriented: area 24, volume 8. */
  private static TriangleMesh cube(boolean dropLastFace) {
    float[] v = new float[24];
    for (int i = 0; i < 8; i++) {
      v[3 * i] = 2 * (i & 1);
      v[3 * i + 1] = 2 * ((i >> 1) & 1);
      v[3 * i + 2] = 2 * ((i >> 2) & 1);
    }
    int[] f = {0, 2, 1, 1, 2, 3, 4, 5, 6, 5, 7, 6, 0, 1, 4, 1, 5, 4, 2, 6, 3, 3, 6, 7, 0, 4, 2, 2, 4, 6, 1, 3, 5, 3, 7,
        5};
    return TriangleMesh.of(v, dropLastFace ? java.util.Arrays.copyOf(f, f.length - 3) : f);
  }

  @Test
  void printsAnAlignedTable() throws Exception {
    Path file = dir.resolve("cube.obj");
    MeshFiles.write(cube(false), file);
    assertThat(run("mesh-info", file.toString())).isEqualTo(ExitCodes.OK);
    String table = out.toString();
    assertThat(table).contains("format                 OBJ", "vertices               8", "faces                  12",
        "surface area           24\n", "signed volume          8\n", "bounds min             0 0 0",
        "bounds max             2 2 2", "watertight             yes", "edge-manifold          yes",
        "components             1", "degenerate faces       0");
    for (String line : table.split("\n")) {
      assertThat(line.charAt(22)).as(line).isEqualTo(' ');
      assertThat(line.charAt(23)).as(line).isNotEqualTo(' ');
    }
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void printsOneJsonObject() throws Exception {
    Path file = dir.resolve("open.ply");
    MeshFiles.write(cube(true), file);
    assertThat(run("mesh-info", "--json", file.toString())).isEqualTo(ExitCodes.OK);
    assertThat(out.toString().strip()).doesNotContain("\n");
    JsonNode j = new ObjectMapper().readTree(out.toString());
    assertThat(j.get("file").asText()).isEqualTo(file.toString());
    assertThat(j.get("format").asText()).isEqualTo("PLY");
    assertThat(j.get("vertices").asInt()).isEqualTo(8);
    assertThat(j.get("faces").asInt()).isEqualTo(11);
    assertThat(j.get("surfaceArea").asDouble()).isEqualTo(22.0);
    assertThat(j.get("watertight").asBoolean()).isFalse();
    assertThat(j.get("edgeManifold").asBoolean()).isTrue();
    assertThat(j.get("boundaryEdges").asInt()).isEqualTo(3);
    assertThat(j.get("components").asInt()).isEqualTo(1);
    assertThat(j.get("bounds").get("max").get(2).asDouble()).isEqualTo(2.0);
  }

  @Test
  void pointCloudHasNoComponentsAndEmptyFileHasEmptyBounds() throws Exception {
    Path cloud = dir.resolve("cloud.ply");
    MeshFiles.write(TriangleMesh.pointCloud(new float[] {1, 2, 3, -1, 0, 5}), cloud);
    assertThat(run("mesh-info", "--json", cloud.toString())).isEqualTo(ExitCodes.OK);
    JsonNode j = new ObjectMapper().readTree(out.toString());
    assertThat(j.get("components").asInt()).isZero();
    assertThat(j.get("unreferencedVertices").asInt()).isEqualTo(2);
    assertThat(j.get("watertight").asBoolean()).isFalse();

    Path empty = dir.resolve("empty.obj");
    Files.writeString(empty, "# nothing\n");
    out.getBuffer().setLength(0);
    assertThat(run("mesh-info", empty.toString())).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).contains("bounds                 empty");
  }

  @Test
  void malformedFilePrintsOneLineWithFileAndLineAndExitsWithBadInput() throws Exception {
    Path file = dir.resolve("broken.obj");
    Files.writeString(file, "v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 4\n", StandardCharsets.US_ASCII);
    assertThat(run("mesh-info", file.toString())).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString()).isEqualTo("radiomesh mesh-info: " + file + ", line 4: face vertex index 4 out of range:"
        + " expected 1..3 or -3..-1 (3 vertices defined so far)" + System.lineSeparator());
  }

  @Test
  void truncatedBinaryNamesTheByteOffset() throws Exception {
    Path file = dir.resolve("cut.stl");
    java.io.ByteArrayOutputStream stl = new java.io.ByteArrayOutputStream();
    MeshFiles.write(cube(false), stl, org.radiomesh.mesh.io.MeshFormat.STL);
    Files.write(file, java.util.Arrays.copyOf(stl.toByteArray(), 84 + 50 * 2 + 7));
    assertThat(run("mesh-info", file.toString())).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).startsWith("radiomesh mesh-info: " + file + ", byte 184: truncated binary STL")
        .hasLineCount(1);
  }

  @Test
  void missingAndUnknownFilesExitWithBadInput() throws Exception {
    Path missing = dir.resolve("missing.ply");
    assertThat(run("mesh-info", missing.toString())).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).isEqualTo("radiomesh mesh-info: " + missing + ": no such file"
        + System.lineSeparator());

    Path unknown = dir.resolve("scan.bin");
    Files.write(unknown, new byte[] {1, 2, 3, 4});
    err.getBuffer().setLength(0);
    assertThat(run("mesh-info", unknown.toString())).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).startsWith("radiomesh mesh-info: " + unknown + ": unknown mesh format").hasLineCount(1);
  }

  @Test
  void helpAndUsageErrors() {
    assertThat(run("mesh-info", "--help")).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).contains("mesh-info", "--json", "FILE");
    assertThat(run("mesh-info")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("Missing required parameter");
  }
}
