package org.radiomesh.mesh.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.radiomesh.mesh.FloatArrayList;
import org.radiomesh.mesh.IntArrayList;
import org.radiomesh.mesh.TriangleMesh;

/**
 * Reads Wavefront OBJ text into a {@link TriangleMesh}, in one pass over the bytes (UTF-8, with or without a byte-order mark, or ASCII).
 *
 * <p>Statements: {@code v x y z} (with an optional {@code w}, ignored, or {@code r g b} colours, kept as given; every
 * {@code v} must then carry them), {@code vn}, {@code vt} (checked and counted, not kept), {@code f} with {@code v},
 * {@code v/vt}, {@code v//vn} or {@code v/vt/vn} corners and 1-based or negative (relative) indices, polygons fan
 * triangulated from their first corner, {@code o}/{@code g} names kept as per-face groups (faces before the first are
 * in group {@code default}), {@code l} and {@code p} counted and otherwise ignored, comments, continuation lines and
 * the other statements of the OBJ specification ({@code mtllib}, {@code usemtl}, {@code s}, free-form geometry, ...)
 * skipped. An unknown statement is an error, so that non-OBJ content is not read as an empty mesh.
 *
 * <p>Normals: a vertex whose faces all name the same {@code vn} gets that normal exactly; a vertex given different
 * normals by different faces gets their normalised average (vertices are not duplicated, which keeps the topology of a
 * flat-shaded mesh intact); a vertex that no face gives a normal gets (0, 0, 0). When there are as many {@code vn} as
 * {@code v} and every face corner that names a normal names the one with its vertex's index (or none does, as in point
 * clouds), normals and vertices simply pair up in order. Cost O(file size).
 */
public final class ObjReader {

  /** The mesh and the counts of what OBJ has beyond it. */
  public record Result(TriangleMesh mesh, int textureCoordinateCount, int lineElementCount, int pointElementCount) {}

  private static final String[] SKIPPED = {"mtllib", "usemtl", "s", "vp", "cstype", "deg", "bmat", "step", "curv",
      "curv2", "surf", "parm", "trim", "hole", "scrv", "sp", "end", "con", "mg", "bevel", "c_interp", "d_interp", "lod",
      "maplib", "usemap", "shadow_obj", "trace_obj", "ctech", "stech", "call", "csh"};

  private final TextCursor in;
  private final FloatArrayList xyz = new FloatArrayList(3 * 1024);
  private final FloatArrayList colors = new FloatArrayList(16);
  private final FloatArrayList normals = new FloatArrayList(16);
  private final IntArrayList faces = new IntArrayList(3 * 2048);
  private final IntArrayList cornerNormals = new IntArrayList(16);
  private final IntArrayList faceGroups = new IntArrayList(16);
  private final List<String> groupNames = new ArrayList<>();
  private final Map<String, Integer> groupIndex = new HashMap<>();
  private int currentGroup = -1;
  private boolean anyGroup;
  private boolean anyCornerNormal;
  private boolean cornerNormalsFollowVertices = true;
  private int vertexHasColor = -1;
  private int textureCount;
  private int lineCount;
  private int pointCount;
  private int[] polygon = new int[16];
  private int[] polygonNormals = new int[16];
  private final float[] numbers = new float[7];

  private ObjReader(String source, byte[] content) {
    boolean bom = content.length >= 3 && content[0] == (byte) 0xEF && content[1] == (byte) 0xBB
        && content[2] == (byte) 0xBF;
    this.in = new TextCursor(source, content, bom ? 3 : 0, content.length, 1, '#');
  }

  /** The mesh in {@code content}; {@code source} names it in error messages. */
  public static TriangleMesh read(String source, byte[] content) throws MeshFormatException {
    return parse(source, content).mesh();
  }

  /** The mesh in {@code content} with the counts of texture coordinates and of {@code l} and {@code p} elements. */
  public static Result parse(String source, byte[] content) throws MeshFormatException {
    return new ObjReader(source, content).run();
  }

  private Result run() throws MeshFormatException {
    while (!in.atEnd()) {
      if (in.nextTokenOnLine()) {
        statement();
      }
      in.nextLine();
    }
    return new Result(build(), textureCount, lineCount, pointCount);
  }

  private void statement() throws MeshFormatException {
    if (in.tokenIs("v")) {
      vertex();
    } else if (in.tokenIs("f")) {
      face();
    } else if (in.tokenIs("vn")) {
      if (numbers("vertex normal (vn)") != 3) {
        throw in.error("expected 3 numbers after 'vn' (nx ny nz)");
      }
      normals.add3(numbers[0], numbers[1], numbers[2]);
    } else if (in.tokenIs("vt")) {
      int n = numbers("texture coordinate (vt)");
      if (n < 1 || n > 3) {
        throw in.error("expected 1 to 3 numbers after 'vt' (u [v [w]]), found " + n);
      }
      textureCount++;
    } else if (in.tokenIs("o") || in.tokenIs("g")) {
      String name = in.restOfLine();
      group(name.isEmpty() ? "default" : name);
    } else if (in.tokenIs("l")) {
      lineCount++;
    } else if (in.tokenIs("p")) {
      pointCount++;
    } else if (!isSkipped()) {
      throw in.error("expected an OBJ statement (v, vn, vt, f, o, g, l, p, usemtl, ...), found '" + in.token() + "'");
    }
  }

  private boolean isSkipped() {
    for (String s : SKIPPED) {
      if (in.tokenIs(s)) {
        return true;
      }
    }
    return false;
  }

  /** Reads the numbers after the keyword up to the line end into {@link #numbers}; returns how many. */
  private int numbers(String what) throws MeshFormatException {
    int n = 0;
    while (in.nextTokenOnLine()) {
      if (n == numbers.length) {
        throw in.error("too many numbers for " + what + ": expected at most " + numbers.length);
      }
      numbers[n++] = in.tokenFloat(what);
    }
    return n;
  }

  private void vertex() throws MeshFormatException {
    int n = numbers("vertex (v)");
    if (n != 3 && n != 4 && n != 6) {
      throw in.error("expected 3 numbers after 'v' (x y z), optionally followed by w or by r g b, found " + n);
    }
    int hasColor = n == 6 ? 1 : 0;
    if (vertexHasColor < 0) {
      vertexHasColor = hasColor;
    } else if (vertexHasColor != hasColor) {
      throw in.error("expected every vertex " + (vertexHasColor == 1 ? "with" : "without")
          + " r g b colours, as the first one, found " + n + " numbers");
    }
    xyz.add3(numbers[0], numbers[1], numbers[2]);
    if (hasColor == 1) {
      colors.add3(numbers[3], numbers[4], numbers[5]);
    }
  }

  private void face() throws MeshFormatException {
    int corners = 0;
    while (in.nextTokenOnLine()) {
      if (corners == polygon.length) {
        polygon = java.util.Arrays.copyOf(polygon, 2 * corners);
        polygonNormals = java.util.Arrays.copyOf(polygonNormals, 2 * corners);
      }
      corner(corners++);
    }
    if (corners < 3) {
      throw in.error("expected at least 3 vertices in face, found " + corners);
    }
    for (int i = 1; i + 1 < corners; i++) {
      faces.add3(polygon[0], polygon[i], polygon[i + 1]);
      if (anyCornerNormal) {
        cornerNormals.add3(polygonNormals[0], polygonNormals[i], polygonNormals[i + 1]);
      }
      if (anyGroup) {
        faceGroups.add(currentGroup);
      }
    }
  }

  /** Parses one {@code v[/vt][/vn]} corner into {@code polygon[k]}, {@code polygonNormals[k]}. */
  private void corner(int k) throws MeshFormatException {
    byte[] b = in.bytes;
    int end = in.tokenEnd;
    int s1 = in.tokenStart;
    while (s1 < end && b[s1] != '/') {
      s1++;
    }
    polygon[k] = index(in.tokenStart, s1, xyz.size() / 3, "vertex", "vertices");
    polygonNormals[k] = -1;
    if (s1 == end) {
      return;
    }
    int s2 = s1 + 1;
    while (s2 < end && b[s2] != '/') {
      s2++;
    }
    if (s2 > s1 + 1) {
      index(s1 + 1, s2, textureCount, "texture coordinate", "texture coordinates");
    }
    if (s2 < end) {
      int vn = index(s2 + 1, end, normals.size() / 3, "normal", "normals");
      polygonNormals[k] = vn;
      cornerNormalsFollowVertices &= vn == polygon[k];
      if (!anyCornerNormal) {
        startCornerNormals();
      }
    }
  }

  private void startCornerNormals() {
    anyCornerNormal = true;
    for (int i = 0; i < faces.size(); i++) {
      cornerNormals.add(-1);
    }
  }

  /** A 1-based or negative OBJ index in {@code [from, to)} resolved to 0-based against {@code count} elements. */
  private int index(int from, int to, int count, String what, String plural) throws MeshFormatException {
    long parsed = in.parseLongOrInvalid(from, to);
    int i = parsed != TextCursor.INVALID && parsed == (int) parsed ? (int) parsed
        : in.parseInt(from, to, "face " + what + " index");
    int resolved = i > 0 ? i - 1 : count + i;
    if (i == 0 || resolved < 0 || resolved >= count) {
      throw in.error("face " + what + " index " + i + " out of range: expected 1.." + count + " or -" + count
          + "..-1 (" + count + " " + plural + " defined so far)");
    }
    return resolved;
  }

  private void group(String name) {
    Integer g = groupIndex.get(name);
    if (g == null) {
      g = groupNames.size();
      groupNames.add(name);
      groupIndex.put(name, g);
    }
    if (!anyGroup) {
      anyGroup = true;
      for (int i = 0; i < faces.size() / 3; i++) {
        faceGroups.add(-1);
      }
    }
    currentGroup = g;
  }

  private TriangleMesh build() {
    float[] v = xyz.toArray();
    int[] f = faces.toArray();
    TriangleMesh.Builder b = TriangleMesh.builder().xyz(v).faces(f);
    if (vertexHasColor == 1) {
      b.colors(colors.toArray());
    }
    if (normals.size() > 0 && normals.size() == v.length && cornerNormalsFollowVertices) {
      b.normals(normals.toArray());
    } else if (anyCornerNormal) {
      b.normals(ObjNormals.perVertex(v.length / 3, f, cornerNormals.toArray(), normals.toArray()));
    }
    if (anyGroup) {
      b.faceGroups(groupsWithDefault(), List.copyOf(groupNames));
    }
    return b.build();
  }

  /** Face groups with the faces before the first {@code o}/{@code g} moved to a group named {@code default}. */
  private int[] groupsWithDefault() {
    int[] g = faceGroups.toArray();
    int defaultGroup = -1;
    for (int i = 0; i < g.length; i++) {
      if (g[i] < 0) {
        if (defaultGroup < 0) {
          Integer existing = groupIndex.get("default");
          defaultGroup = existing != null ? existing : groupNames.size();
          if (existing == null) {
            groupNames.add("default");
          }
        }
        g[i] = defaultGroup;
      }
    }
    return g;
  }
}
