package org.radiomesh.mesh.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.radiomesh.mesh.TriangleMesh;

/**
 * Writes a {@link TriangleMesh} as PLY, binary little endian unless asked otherwise. Element {@code vertex} has
 * {@code float x y z}, then {@code float nx ny nz} when the mesh has normals, {@code uchar red green blue} (colours
 * times 255, rounded and clamped to 0..255) when it has colours, and {@code int label} when it has labels; element
 * {@code face} ({@code list uchar int vertex_indices}) is written only when there are faces, so a point cloud is a
 * vertex element alone. Face groups have no PLY form and are not written. Cost O(vertices + faces), in 64 KiB chunks;
 * the stream is flushed, not closed.
 */
public final class PlyWriter {
  private static final int CHUNK = 1 << 16;

  private PlyWriter() {}

  /** Binary little endian, the encoding most tools read fastest. */
  public static void write(TriangleMesh mesh, OutputStream out) throws IOException {
    write(mesh, out, PlyEncoding.BINARY_LITTLE_ENDIAN);
  }

  public static void write(TriangleMesh mesh, OutputStream out, PlyEncoding encoding) throws IOException {
    out.write(header(mesh, encoding).getBytes(StandardCharsets.US_ASCII));
    if (encoding == PlyEncoding.ASCII) {
      ascii(mesh, out);
    } else {
      binary(mesh, out, encoding == PlyEncoding.BINARY_LITTLE_ENDIAN ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
    }
    out.flush();
  }

  private static String header(TriangleMesh mesh, PlyEncoding encoding) {
    StringBuilder h = new StringBuilder(256);
    h.append("ply\nformat ").append(encoding.headerName()).append(" 1.0\ncomment written by radiomesh\n");
    h.append("element vertex ").append(mesh.vertexCount()).append('\n');
    h.append("property float x\nproperty float y\nproperty float z\n");
    if (mesh.hasNormals()) {
      h.append("property float nx\nproperty float ny\nproperty float nz\n");
    }
    if (mesh.hasColors()) {
      h.append("property uchar red\nproperty uchar green\nproperty uchar blue\n");
    }
    if (mesh.hasLabels()) {
      h.append("property int label\n");
    }
    if (mesh.faceCount() > 0) {
      h.append("element face ").append(mesh.faceCount()).append('\n');
      h.append("property list uchar int vertex_indices\n");
    }
    return h.append("end_header\n").toString();
  }

  static int colorByte(float c) {
    return Math.max(0, Math.min(255, Math.round(c * 255f)));
  }

  private static void binary(TriangleMesh mesh, OutputStream out, ByteOrder order) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(CHUNK).order(order);
    float[] xyz = mesh.xyz();
    float[] normals = mesh.normals();
    float[] colors = mesh.colors();
    int[] labels = mesh.labels();
    for (int v = 0; v < mesh.vertexCount(); v++) {
      if (buf.remaining() < 31) {
        drain(buf, out);
      }
      buf.putFloat(xyz[3 * v]).putFloat(xyz[3 * v + 1]).putFloat(xyz[3 * v + 2]);
      if (normals != null) {
        buf.putFloat(normals[3 * v]).putFloat(normals[3 * v + 1]).putFloat(normals[3 * v + 2]);
      }
      if (colors != null) {
        buf.put((byte) colorByte(colors[3 * v])).put((byte) colorByte(colors[3 * v + 1]))
            .put((byte) colorByte(colors[3 * v + 2]));
      }
      if (labels != null) {
        buf.putInt(labels[v]);
      }
    }
    int[] faces = mesh.faces();
    for (int f = 0; f < mesh.faceCount(); f++) {
      if (buf.remaining() < 13) {
        drain(buf, out);
      }
      buf.put((byte) 3).putInt(faces[3 * f]).putInt(faces[3 * f + 1]).putInt(faces[3 * f + 2]);
    }
    drain(buf, out);
  }

  private static void drain(ByteBuffer buf, OutputStream out) throws IOException {
    out.write(buf.array(), 0, buf.position());
    buf.clear();
  }

  private static void ascii(TriangleMesh mesh, OutputStream out) throws IOException {
    AsciiSink s = new AsciiSink(out);
    float[] xyz = mesh.xyz();
    float[] normals = mesh.normals();
    float[] colors = mesh.colors();
    int[] labels = mesh.labels();
    for (int v = 0; v < mesh.vertexCount(); v++) {
      s.number(xyz[3 * v]).space().number(xyz[3 * v + 1]).space().number(xyz[3 * v + 2]);
      if (normals != null) {
        s.space().number(normals[3 * v]).space().number(normals[3 * v + 1]).space().number(normals[3 * v + 2]);
      }
      if (colors != null) {
        s.space().number(colorByte(colors[3 * v])).space().number(colorByte(colors[3 * v + 1])).space()
            .number(colorByte(colors[3 * v + 2]));
      }
      if (labels != null) {
        s.space().number(labels[v]);
      }
      s.newline();
    }
    int[] faces = mesh.faces();
    for (int f = 0; f < mesh.faceCount(); f++) {
      s.text("3 ").number(faces[3 * f]).space().number(faces[3 * f + 1]).space().number(faces[3 * f + 2]).newline();
    }
    s.flush();
  }
}
