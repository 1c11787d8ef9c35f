package org.radiomesh.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads and writes a "cameras JSON": the calibration of a set of views, one entry per view with its name, image size,
 * intrinsic matrix K (3×3), world-to-camera rotation R (3×3) and translation t (3), in the conventions of
 * {@link Camera} (OpenCV axes, {@code x_c = R·X + t}, pixel centres at integer (u, v), world units = mesh units, mm).
 *
 * <pre>{@code
 * {"format": "radiomesh-cameras", "version": 1, "convention": "opencv", "units": "mm",
 *  "views": [{"name": "view_000", "width": 256, "height": 256,
 *             "K": [[fx, 0, cx], [0, fy, cy], [0, 0, 1]], "R": [[...], [...], [...]], "t": [tx, ty, tz]}]}
 * }</pre>
 *
 * <p>A bare array of views is accepted too. Reading is strict: an unknown field (for example lens distortion, which
 * radiomesh does not model), skew, a K whose last row is not (0, 0, 1), an R that is not a rotation within 1e-4 or a
 * duplicate name is an error naming the source, the view and the field, never silently dropped. Cost O(views).
 */
public final class CamerasJson {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final Set<String> TOP_FIELDS = Set.of("format", "version", "convention", "units", "views");
  private static final Set<String> VIEW_FIELDS = Set.of("name", "width", "height", "K", "R", "t");

  private CamerasJson() {}

  /** Reads a cameras JSON file. */
  public static List<NamedCamera> read(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
  }

  /** Writes a cameras JSON file (UTF-8). */
  public static void write(List<NamedCamera> views, Path file) throws IOException {
    Files.writeString(file, toJson(views), StandardCharsets.UTF_8);
  }

  /** Names cameras {@code view_000, view_001, ...} in list order. */
  public static List<NamedCamera> named(List<Camera> cameras) {
    List<NamedCamera> out = new ArrayList<>(cameras.size());
    for (int i = 0; i < cameras.size(); i++) {
      out.add(new NamedCamera(String.format("view_%03d", i), cameras.get(i)));
    }
    return out;
  }

  /** The JSON text of a list of views. */
  public static String toJson(List<NamedCamera> views) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", "radiomesh-cameras").put("version", 1)
        .put("convention", "opencv: x right, y down, z forward; x_cam = R x_world + t; pixel (col,row) centre at u=col,"
            + " v=row").put("units", "mm");
    ArrayNode arr = root.putArray("views");
    for (NamedCamera v : views) {
      Camera c = v.camera();
      ObjectNode o = arr.addObject();
      o.put("name", v.name()).put("width", c.width()).put("height", c.height());
      putMatrix(o.putArray("K"), c.intrinsicMatrix());
      putMatrix(o.putArray("R"), c.rotation());
      ArrayNode t = o.putArray("t");
      for (double x : c.translation()) {
        t.add(x);
      }
    }
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise cameras", e);
    }
  }

  /**
   * Parses cameras JSON text.
   *
   * @param source named in error messages (a file name)
   */
  public static List<NamedCamera> parse(String json, String source) throws CameraFormatException {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new CameraFormatException(source + ": not valid JSON at line " + e.getLocation().getLineNr()
          + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage(), e);
    }
    JsonNode views = root;
    if (root != null && root.isObject()) {
      checkFields(root, TOP_FIELDS, source + ": top level");
      views = root.get("views");
    }
    if (views == null || !views.isArray()) {
      throw new CameraFormatException(source + ": expected an array of views or an object with a \"views\" array");
    }
    List<NamedCamera> out = new ArrayList<>(views.size());
    Set<String> names = new HashSet<>();
    for (int i = 0; i < views.size(); i++) {
      NamedCamera v = parseView(views.get(i), source + ": view " + i);
      if (!names.add(v.name())) {
        throw new CameraFormatException(source + ": view " + i + ": name '" + v.name() + "' is used twice");
      }
      out.add(v);
    }
    if (out.isEmpty()) {
      throw new CameraFormatException(source + ": no views");
    }
    return out;
  }

  private static NamedCamera parseView(JsonNode v, String where) throws CameraFormatException {
    if (!v.isObject()) {
      throw new CameraFormatException(where + ": expected an object");
    }
    checkFields(v, VIEW_FIELDS, where);
    JsonNode nameNode = v.get("name");
    if (nameNode == null || !nameNode.isTextual() || nameNode.asText().isBlank()) {
      throw new CameraFormatException(where + ": field \"name\" must be a non-blank string");
    }
    where = where + " ('" + nameNode.asText() + "')";
    int width = positiveInt(v, "width", where);
    int height = positiveInt(v, "height", where);
    double[] k = matrix(v, "K", where);
    double[] r = matrix(v, "R", where);
    double[] t = numbers(v.get("t"), 3, "t", where);
    if (k[1] != 0 || k[3] != 0 || k[6] != 0 || k[7] != 0 || k[8] != 1) {
      throw new CameraFormatException(where + ": field \"K\" must be [[fx, 0, cx], [0, fy, cy], [0, 0, 1]], got "
          + java.util.Arrays.toString(k) + (k[1] != 0 ? " (skew is not supported)" : ""));
    }
    String rotation = Camera.rotationProblem(r);
    if (rotation != null) {
      throw new CameraFormatException(where + ": field \"R\" is not a rotation: " + rotation);
    }
    try {
      return new NamedCamera(nameNode.asText(), new Camera(k[0], k[4], k[2], k[5], width, height, r, t));
    } catch (IllegalArgumentException e) {
      throw new CameraFormatException(where + ": " + e.getMessage(), e);
    }
  }

  private static void checkFields(JsonNode o, Set<String> allowed, String where) throws CameraFormatException {
    for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!allowed.contains(f)) {
        throw new CameraFormatException(where + ": unknown field \"" + f + "\", expected only " + allowed);
      }
    }
  }

  private static int positiveInt(JsonNode v, String field, String where) throws CameraFormatException {
    JsonNode n = v.get(field);
    if (n == null || !n.canConvertToInt() || !n.isIntegralNumber() || n.asInt() <= 0) {
      throw new CameraFormatException(where + ": field \"" + field + "\" must be a positive integer, got " + n);
    }
    return n.asInt();
  }

  private static double[] matrix(JsonNode v, String field, String where) throws CameraFormatException {
    JsonNode m = v.get(field);
    if (m == null || !m.isArray() || m.size() != 3) {
      throw new CameraFormatException(where + ": field \"" + field + "\" must be a 3x3 array of rows, got " + m);
    }
    double[] out = new double[9];
    for (int i = 0; i < 3; i++) {
      System.arraycopy(numbers(m.get(i), 3, field + "[" + i + "]", where), 0, out, 3 * i, 3);
    }
    return out;
  }

  private static double[] numbers(JsonNode a, int n, String field, String where) throws CameraFormatException {
    if (a == null || !a.isArray() || a.size() != n) {
      throw new CameraFormatException(where + ": field \"" + field + "\" must be an array of " + n
          + " numbers, got " + a);
    }
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      JsonNode x = a.get(i);
      if (!x.isNumber() || !Double.isFinite(x.asDouble())) {
        throw new CameraFormatException(where + ": field \"" + field + "\" element " + i + " is not a finite number: "
            + x);
      }
      out[i] = x.asDouble();
    }
    return out;
  }

  private static void putMatrix(ArrayNode a, double[] m) {
    for (int i = 0; i < 3; i++) {
      ArrayNode row = a.addArray();
      for (int j = 0; j < 3; j++) {
        row.add(m[3 * i + j]);
      }
    }
  }
}
