package org.radiomesh.mesh.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.radiomesh.mesh.TriangleMesh;

/**
 * Writes a {@link TriangleMesh} as STL, binary unless asked otherwise: each face's corners by value, with the unit
 * facet normal computed from the corners (right-hand rule; (0, 0, 0) for a zero-area face). Vertex attributes and
 * groups have no STL form and are not written; a point cloud cannot be written ({@link IllegalArgumentException}).
 * The binary header is {@code "binary STL written by radiomesh"} padded with spaces, so it never starts with
 * {@code solid}. Cost O(faces); the stream is flushed, not closed.
 */
public final class StlWriter {
  private StlWriter() {}

  public static void write(TriangleMesh mesh, OutputStream out) throws IOException {
    write(mesh, out, StlEncoding.BINARY);
  }

  public static void write(TriangleMesh mesh, OutputStream out, StlEncoding encoding) throws IOException {
    if (mesh.isPointCloud() && !mesh.isEmpty()) {
      throw new IllegalArgumentException("STL stores triangles only: cannot write a point cloud of "
          + mesh.vertexCount() + " vertices");
    }
    if (encoding == StlEncoding.ASCII) {
      ascii(mesh, out);
    } else {
      binary(mesh, out);
    }
    out.flush();
  }

  private static void binary(TriangleMesh mesh, OutputStream out) throws IOException {
    byte[] header = new byte[StlReader.HEADER + 4];
    java.util.Arrays.fill(header, 0, StlReader.HEADER, (byte) ' ');
    byte[] title = "binary STL written by radiomesh".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(title, 0, header, 0, title.length);
    ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN).putInt(StlReader.HEADER, mesh.faceCount());
    out.write(header);
    ByteBuffer buf = ByteBuffer.allocate(StlReader.TRIANGLE * 1024).order(ByteOrder.LITTLE_ENDIAN);
    float[] n = new float[3];
    float[] xyz = mesh.xyz();
    int[] faces = mesh.faces();
    for (int f = 0; f < mesh.faceCount(); f++) {
      if (!buf.hasRemaining()) {
        out.write(buf.array(), 0, buf.position());
        buf.clear();
      }
      normal(xyz, faces, f, n);
      buf.putFloat(n[0]).putFloat(n[1]).putFloat(n[2]);
      for (int k = 0; k < 3; k++) {
        int v = faces[3 * f + k];
        buf.putFloat(xyz[3 * v]).putFloat(xyz[3 * v + 1]).putFloat(xyz[3 * v + 2]);
      }
      buf.putShort((short) 0);
    }
    out.write(buf.array(), 0, buf.position());
  }

  private static void ascii(TriangleMesh mesh, OutputStream out) throws IOException {
    AsciiSink s = new AsciiSink(out);
    float[] n = new float[3];
    float[] xyz = mesh.xyz();
    int[] faces = mesh.faces();
    s.text("solid radiomesh").newline();
    for (int f = 0; f < mesh.faceCount(); f++) {
      normal(xyz, faces, f, n);
      s.text("facet normal ").number(n[0]).space().number(n[1]).space().number(n[2]).newline();
      s.text(" outer loop").newline();
      for (int k = 0; k < 3; k++) {
        int v = faces[3 * f + k];
        s.text("  vertex ").number(xyz[3 * v]).space().number(xyz[3 * v + 1]).space().number(xyz[3 * v + 2])
            .newline();
      }
      s.text(" endloop").newline().text("endfacet").newline();
    }
    s.text("endsolid radiomesh").newline();
    s.flush();
  }

  /** The unit normal of face f into n, or zeros for a zero-area face. */
  private static void normal(float[] xyz, int[] faces, int f, float[] n) {
    int a = 3 * faces[3 * f];
    int b = 3 * faces[3 * f + 1];
    int c = 3 * faces[3 * f + 2];
    double ux = xyz[b] - xyz[a];
    double uy = xyz[b + 1] - xyz[a + 1];
    double uz = xyz[b + 2] - xyz[a + 2];
    double vx = xyz[c] - xyz[a];
    double vy = xyz[c + 1] - xyz[a + 1];
    double vz = xyz[c + 2] - xyz[a + 2];
    double nx = uy * vz - uz * vy;
    double ny = uz * vx - ux * vz;
    double nz = ux * vy - uy * vx;
    double len = Math.sqrt(nx * nx + ny * ny + nz * nz);
    if (len == 0) {
      n[0] = 0;
      n[1] = 0;
      n[2] = 0;
    } else {
      n[0] = (float) (nx / len);
      n[1] = (float) (ny / len);
      n[2] = (float) (nz / len);
    }
  }
}
