package org.radiomesh.mesh.io;

import java.io.IOException;
import java.io.OutputStream;
import org.radiomesh.mesh.TriangleMesh;

/**
 * Writes a {@link TriangleMesh} as Wavefront OBJ text: {@code v x y z [r g b]} per vertex, {@code vn} per vertex when
 * the mesh has normals (faces then name them as {@code v//vn} with the same index), a {@code g name} line wherever the
 * face group changes, and {@code f a b c} with 1-based indices. Floats are written in their shortest exact decimal
 * form, so {@link ObjReader} reads back the same mesh; labels have no OBJ form and are not written. A point cloud is
 * written as {@code v} (and {@code vn}) lines only. Cost O(vertices + faces); the stream is flushed, not closed.
 */
public final class ObjWriter {
  private ObjWriter() {}

  public static void write(TriangleMesh mesh, OutputStream out) throws IOException {
    AsciiSink s = new AsciiSink(out);
    float[] xyz = mesh.xyz();
    float[] colors = mesh.colors();
    float[] normals = mesh.normals();
    s.text("# radiomesh OBJ: ").number(mesh.vertexCount()).text(" vertices, ").number(mesh.faceCount())
        .text(" faces").newline();
    for (int v = 0; v < mesh.vertexCount(); v++) {
      s.text("v ").number(xyz[3 * v]).space().number(xyz[3 * v + 1]).space().number(xyz[3 * v + 2]);
      if (colors != null) {
        s.space().number(colors[3 * v]).space().number(colors[3 * v + 1]).space().number(colors[3 * v + 2]);
      }
      s.newline();
    }
    if (normals != null) {
      for (int v = 0; v < mesh.vertexCount(); v++) {
        s.text("vn ").number(normals[3 * v]).space().number(normals[3 * v + 1]).space().number(normals[3 * v + 2])
            .newline();
      }
    }
    int[] faces = mesh.faces();
    int[] groups = mesh.faceGroups();
    int group = -1;
    for (int f = 0; f < mesh.faceCount(); f++) {
      if (groups != null && groups[f] != group) {
        group = groups[f];
        s.text("g ").text(mesh.groupNames().get(group)).newline();
      }
      s.text("f");
      for (int k = 0; k < 3; k++) {
        int index = faces[3 * f + k] + 1;
        s.space().number(index);
        if (normals != null) {
          s.text("//").number(index);
        }
      }
      s.newline();
    }
    s.flush();
  }
}
