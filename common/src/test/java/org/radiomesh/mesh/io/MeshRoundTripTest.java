package org.radiomesh.mesh.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.radiomesh.mesh.MeshAssertions.assertSameCorners;
import static org.radiomesh.mesh.MeshAssertions.assertSameMesh;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.radiomesh.mesh.MeshFixtures;
import org.radiomesh.mesh.MeshMeasures;
import org.radiomesh.mesh.TriangleMesh;

/** Write then read, in every format and encoding, on seeded random meshes with the attributes each format keeps. */
class MeshRoundTripTest {

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void objKeepsPositionsFacesNormalsColoursAndGroups(long seed) throws IOException {
    TriangleMesh m = MeshFixtures.random(seed, 500, 900, true, true, false, true);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ObjWriter.write(m, out);
    assertSameMesh(ObjReader.read("r.obj", out.toByteArray()), m);
  }

  @Test
  void objWithoutAttributesAndAsPointCloud() throws IOException {
    TriangleMesh m = MeshFixtures.random(4, 50, 70, false, false, false, false);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ObjWriter.write(m, out);
    assertThat(ObjReader.read("r.obj", out.toByteArray())).isEqualTo(m);
    TriangleMesh cloud = MeshFixtures.random(5, 50, 0, true, false, false, false);
    out.reset();
    ObjWriter.write(cloud, out);
    TriangleMesh back = ObjReader.read("c.obj", out.toByteArray());
    assertThat(back).isEqualTo(cloud);
    assertThat(back.isPointCloud()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(PlyEncoding.class)
  void plyKeepsPositionsFacesNormalsColoursAndLabels(PlyEncoding encoding) throws IOException {
    for (long seed = 10; seed < 13; seed++) {
      TriangleMesh m = MeshFixtures.random(seed, 400, 700, true, true, true, false);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      PlyWriter.write(m, out, encoding);
      assertSameMesh(PlyReader.read("r.ply", out.toByteArray()), m);
    }
  }

  @ParameterizedTest
  @EnumSource(PlyEncoding.class)
  void plyPointCloudHasNoFaceElement(PlyEncoding encoding) throws IOException {
    TriangleMesh cloud = MeshFixtures.random(20, 300, 0, false, true, true, false);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PlyWriter.write(cloud, out, encoding);
    assertThat(out.toString(java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("element face");
    assertThat(PlyReader.read("c.ply", out.toByteArray())).isEqualTo(cloud);
  }

  @Test
  void plyDropsFaceGroupsOnly() throws IOException {
    TriangleMesh m = MeshFixtures.random(21, 30, 40, false, false, true, true);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PlyWriter.write(m, out);
    assertThat(PlyReader.read("g.ply", out.toByteArray())).isEqualTo(m.toBuilder().faceGroups(null, null).build());
  }

  @ParameterizedTest
  @EnumSource(StlEncoding.class)
  void stlKeepsEveryFaceCornerAndWeldsSharedPositions(StlEncoding encoding) throws IOException {
    for (long seed = 30; seed < 33; seed++) {
      TriangleMesh m = MeshFixtures.random(seed, 300, 600, false, false, false, false);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      StlWriter.write(m, out, encoding);
      TriangleMesh back = StlReader.read("r.stl", out.toByteArray());
      assertThat(back.faceCount()).isEqualTo(m.faceCount());
      assertThat(back.vertexCount()).isEqualTo(referencedVertices(m));
      assertSameCorners(back, m);
    }
  }

  @ParameterizedTest
  @EnumSource(StlEncoding.class)
  void closedSurfaceComesBackWatertightThroughStl(StlEncoding encoding) throws IOException {
    TriangleMesh sphere = MeshFixtures.icosphere(3, 7.5);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StlWriter.write(sphere, out, encoding);
    TriangleMesh back = StlReader.read("s.stl", out.toByteArray());
    assertThat(back.vertexCount()).isEqualTo(sphere.vertexCount());
    assertThat(MeshMeasures.isWatertight(back)).isTrue();
    assertThat(MeshMeasures.signedVolume(back)).isEqualTo(MeshMeasures.signedVolume(sphere));
  }

  private static int referencedVertices(TriangleMesh m) {
    boolean[] used = new boolean[m.vertexCount()];
    int n = 0;
    for (int v : m.faces()) {
      if (!used[v]) {
        used[v] = true;
        n++;
      }
    }
    return n;
  }
}
