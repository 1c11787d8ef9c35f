package org.radiomesh.jobs.model3d;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Schemas of the model job's tables.
 *
 * <p>{@code meshes/}: one row per record modelled: {@code id, kind, source, input_hash} (SHA-256 of kind, text, spec
 * and source), {@code text}, {@code spec} (the dentition spec JSON the mesh was made from), {@code generator},
 * {@code parameters} (map: every setting that decides the mesh, and for diffusion the model's identity and content
 * hash), {@code params_hash} (SHA-256 of the parameters: the rerun key with id and input_hash), the mesh as
 * {@code vertices} (array&lt;float&gt;, x y z interleaved, mm) and {@code faces} (array&lt;int&gt;, counter-clockwise
 * seen from outside), {@code labels} (array&lt;int&gt;, FDI per vertex, 0 gingiva, −1 none; null when unknown), the
 * measures {@code vertex_count, face_count, surface_area_mm2, volume_mm3, watertight, components}, {@code views}
 * (views generated; 0 for direct), {@code seconds} (map: step → seconds, thread CPU time for reconstruction steps,
 * wall-clock for the others), and the files written: {@code files} (array of mesh file URIs), {@code preview},
 * {@code views_dir}, {@code truth} (the ground-truth mesh file of pairs.csv, or null).
 *
 * <p>{@code errors/}: {@code id, kind, source, input_hash, params_hash, reason} ({@link ModelErrorReason}),
 * {@code message}.
 */
final class ModelTables {
  private static final DataType FLOATS = DataTypes.createArrayType(DataTypes.FloatType, false);
  private static final DataType INTS = DataTypes.createArrayType(DataTypes.IntegerType, false);
  private static final DataType STRINGS = DataTypes.createArrayType(DataTypes.StringType, false);

  static final StructType MESHES = new StructType()
      .add("id", DataTypes.StringType, false)
      .add("kind", DataTypes.StringType, false)
      .add("source", DataTypes.StringType, true)
      .add("input_hash", DataTypes.StringType, false)
      .add("text", DataTypes.StringType, true)
      .add("spec", DataTypes.StringType, false)
      .add("generator", DataTypes.StringType, false)
      .add("parameters", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, false), false)
      .add("params_hash", DataTypes.StringType, false)
      .add("vertices", FLOATS, false)
      .add("faces", INTS, false)
      .add("labels", INTS, true)
      .add("vertex_count", DataTypes.IntegerType, false)
      .add("face_count", DataTypes.IntegerType, false)
      .add("surface_area_mm2", DataTypes.DoubleType, false)
      .add("volume_mm3", DataTypes.DoubleType, false)
      .add("watertight", DataTypes.BooleanType, false)
      .add("components", DataTypes.IntegerType, false)
      .add("views", DataTypes.IntegerType, false)
      .add("seconds", DataTypes.createMapType(DataTypes.StringType, DataTypes.DoubleType, false), false)
      .add("files", STRINGS, false)
      .add("preview", DataTypes.StringType, true)
      .add("views_dir", DataTypes.StringType, true)
      .add("truth", DataTypes.StringType, true);

  static final StructType ERRORS = new StructType()
      .add("id", DataTypes.StringType, true)
      .add("kind", DataTypes.StringType, true)
      .add("source", DataTypes.StringType, true)
      .add("input_hash", DataTypes.StringType, true)
      .add("params_hash", DataTypes.StringType, false)
      .add("reason", DataTypes.StringType, false)
      .add("message", DataTypes.StringType, true);

  /** What executors emit per record: the mesh columns (null on error) and status, reason, message. */
  static final StructType OUTCOME = nullable(MESHES).add("status", DataTypes.StringType, false)
      .add("reason", DataTypes.StringType, true).add("message", DataTypes.StringType, true);

  static final String OK = "ok";
  static final String ERROR = "error";

  private ModelTables() {}

  private static StructType nullable(StructType t) {
    StructType out = new StructType();
    for (var f : t.fields()) {
      out = out.add(f.name(), f.dataType(), true);
    }
    return out;
  }

  /** A file name for an id: characters other than letters, digits, '.', '-' and '_' become '_'. */
  static String fileStem(String id) {
    return id.replaceAll("[^A-Za-z0-9._-]", "_");
  }
}
