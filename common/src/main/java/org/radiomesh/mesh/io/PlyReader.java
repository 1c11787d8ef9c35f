package org.radiomesh.mesh.io;

import java.nio.BufferUnderflowException;
import java.util.List;
import org.radiomesh.mesh.IntArrayList;
import org.radiomesh.mesh.TriangleMesh;

/**
 * Reads PLY (ASCII, binary little endian, binary big endian) into a {@link TriangleMesh}, in one pass.
 *
 * <p>From element {@code vertex}: {@code x y z} (required), {@code nx ny nz}, {@code red green blue} (or
 * {@code diffuse_red ...}; float types kept as given, {@code ushort}/{@code short} divided by 65535, other integer
 * types by 255) and {@code label} or {@code labels} (an integral value). From element {@code face}: the list
 * {@code vertex_indices} (or {@code vertex_index}) of any integer count and index types, polygons fan triangulated.
 * Every other property and element is skipped, in all three encodings (a binary element of fixed-size rows in one
 * step). A file without faces reads as a point cloud. Cost O(file size).
 */
public final class PlyReader {
  private static final int SKIP = 0;
  private static final int X = 1;
  private static final int NX = 4;
  private static final int RED = 7;
  private static final int LABEL = 10;
  private static final String[] ROLE_NAMES = {null, "x", "y", "z", "nx", "ny", "nz", "red", "green", "blue"};

  private final String source;
  private final PlyHeader header;
  private final PlyBody body;
  private int vertexCount = -1;
  private float[] xyz;
  private float[] normals;
  private float[] colors;
  private int[] labels;
  private IntArrayList faces;

  private PlyReader(String source, byte[] content, PlyHeader header) {
    this.source = source;
    this.header = header;
    this.body = PlyBody.of(source, content, header);
  }

  /** The mesh in {@code content}; {@code source} names it in error messages. */
  public static TriangleMesh read(String source, byte[] content) throws MeshFormatException {
    return new PlyReader(source, content, PlyHeader.parse(source, content)).run();
  }

  private TriangleMesh run() throws MeshFormatException {
    for (PlyHeader.Element e : header.elements()) {
      if (e.name().equals("vertex")) {
        vertexCount = e.count();
      }
    }
    if (vertexCount < 0) {
      throw MeshFormatException.atLine(source, header.bodyLine() - 1,
          "expected an element 'vertex' before end_header");
    }
    try {
      for (PlyHeader.Element e : header.elements()) {
        body.element = e.name();
        body.row = 0;
        if (e.name().equals("vertex") && xyz == null) {
          vertices(e);
        } else if (e.name().equals("face") && faces == null) {
          faces(e);
        } else {
          skip(e);
        }
      }
    } catch (BufferUnderflowException ex) {
      PlyBody.Binary b = (PlyBody.Binary) body;
      throw MeshFormatException.atOffset(source, b.buf.position(), "truncated binary body: expected " + body.rowName()
          + " (of " + countOf(body.element) + "), found " + b.buf.remaining() + " bytes left");
    }
    TriangleMesh.Builder b = TriangleMesh.builder().xyz(xyz).normals(normals).colors(colors).labels(labels);
    if (faces != null) {
      b.faces(faces.toArray());
    }
    return b.build();
  }

  private int countOf(String element) {
    for (PlyHeader.Element e : header.elements()) {
      if (e.name().equals(element)) {
        return e.count();
      }
    }
    return 0;
  }

  private void vertices(PlyHeader.Element e) throws MeshFormatException {
    List<PlyHeader.Property> props = e.properties();
    int[] roles = new int[props.size()];
    int found = 0;
    for (int i = 0; i < roles.length; i++) {
      PlyHeader.Property p = props.get(i);
      roles[i] = p.isList() ? SKIP : role(p.name());
      if (roles[i] != SKIP) {
        found |= 1 << roles[i];
      }
    }
    requireAll(e, found, X, "x, y and z", true);
    boolean hasNormals = requireAll(e, found, NX, "nx, ny and nz", false);
    boolean hasColors = requireAll(e, found, RED, "red, green and blue", false);
    int n = e.count();
    xyz = new float[3 * n];
    normals = hasNormals ? new float[3 * n] : null;
    colors = hasColors ? new float[3 * n] : null;
    labels = (found & (1 << LABEL)) != 0 ? new int[n] : null;
    for (int r = 0; r < n; r++) {
      body.row = r;
      body.beginRow();
      for (int i = 0; i < roles.length; i++) {
        PlyHeader.Property p = props.get(i);
        int role = roles[i];
        if (role == SKIP) {
          skipValue(p);
        } else if (role == LABEL) {
          labels[r] = label(p);
        } else {
          float v = (float) body.real(p.type(), p);
          if (!Float.isFinite(v)) {
            throw body.error("expected a finite " + body.valueName(p) + ", found " + v);
          }
          if (role < NX) {
            xyz[3 * r + role - X] = v;
          } else if (role < RED) {
            normals[3 * r + role - NX] = v;
          } else {
            colors[3 * r + role - RED] = v / colorScale(p.type());
          }
        }
      }
      body.endRow();
    }
  }

  private static int role(String name) {
    for (int i = 1; i < ROLE_NAMES.length; i++) {
      if (ROLE_NAMES[i].equals(name) || (i >= RED && name.equals("diffuse_" + ROLE_NAMES[i]))) {
        return i;
      }
    }
    return name.equals("label") || name.equals("labels") ? LABEL : SKIP;
  }

  private boolean requireAll(PlyHeader.Element e, int found, int first, String names, boolean required)
      throws MeshFormatException {
    int mask = 7 << first;
    if ((found & mask) == mask) {
      return true;
    }
    if (required || (found & mask) != 0) {
      throw MeshFormatException.atLine(source, e.line(), "expected scalar vertex properties " + names + " together"
          + (required ? "" : " or none of them"));
    }
    return false;
  }

  private static float colorScale(PlyType t) {
    return switch (t) {
      case FLOAT32, FLOAT64 -> 1f;
      case INT16, UINT16 -> 65535f;
      default -> 255f;
    };
  }

  private int label(PlyHeader.Property p) throws MeshFormatException {
    double v = p.type().integer ? body.integer(p.type(), p) : body.real(p.type(), p);
    if (v != Math.rint(v) || v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
      throw body.error("expected an integral " + body.valueName(p) + " within the int range, found " + v);
    }
    return (int) v;
  }

  private void faces(PlyHeader.Element e) throws MeshFormatException {
    List<PlyHeader.Property> props = e.properties();
    int listAt = -1;
    for (int i = 0; i < props.size(); i++) {
      String name = props.get(i).name();
      if (listAt < 0 && props.get(i).isList() && (name.equals("vertex_indices") || name.equals("vertex_index"))) {
        listAt = i;
      }
    }
    if (listAt < 0) {
      throw MeshFormatException.atLine(source, e.line(), "expected a list property vertex_indices (or"
          + " vertex_index) in element 'face'");
    }
    PlyHeader.Property list = props.get(listAt);
    if (!list.type().integer) {
      throw MeshFormatException.atLine(source, e.line(), "expected an integer type for the items of face list '"
          + list.name() + "', found '" + list.type().name + "'");
    }
    faces = new IntArrayList(3 * e.count());
    int[] polygon = new int[16];
    for (int r = 0; r < e.count(); r++) {
      body.row = r;
      body.beginRow();
      for (int i = 0; i < props.size(); i++) {
        if (i != listAt) {
          skipValue(props.get(i));
          continue;
        }
        long n = body.integer(list.countType(), list);
        if (n < 3 || n > 1_000_000) {
          throw body.error("expected 3 to 1000000 vertex indices in " + body.rowName() + ", found " + n);
        }
        if (n > polygon.length) {
          polygon = new int[(int) n];
        }
        for (int k = 0; k < n; k++) {
          long v = body.integer(list.type(), list);
          if (v < 0 || v >= vertexCount) {
            throw body.error("vertex index " + v + " out of range in " + body.rowName() + ": expected 0.."
                + (vertexCount - 1));
          }
          polygon[k] = (int) v;
        }
        for (int k = 1; k + 1 < n; k++) {
          faces.add3(polygon[0], polygon[k], polygon[k + 1]);
        }
      }
      body.endRow();
    }
  }

  private void skip(PlyHeader.Element e) throws MeshFormatException {
    int rowSize = e.rowSize();
    if (rowSize >= 0 && body instanceof PlyBody.Binary) {
      body.skipRows(e.count(), rowSize);
      return;
    }
    for (int r = 0; r < e.count(); r++) {
      body.row = r;
      body.beginRow();
      for (PlyHeader.Property p : e.properties()) {
        skipValue(p);
      }
      body.endRow();
    }
  }

  private void skipValue(PlyHeader.Property p) throws MeshFormatException {
    if (!p.isList()) {
      body.skip(p.type(), p);
      return;
    }
    long n = body.integer(p.countType(), p);
    if (n < 0) {
      throw body.error("expected a non-negative list length for " + body.valueName(p) + ", found " + n);
    }
    for (long k = 0; k < n; k++) {
      body.skip(p.type(), p);
    }
  }
}
