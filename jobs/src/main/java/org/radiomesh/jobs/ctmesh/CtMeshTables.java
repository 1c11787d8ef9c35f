package org.radiomesh.jobs.ctmesh;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Schemas of the ct-mesh tables. {@code meshes/}: one row per series meshed, with the mesh as {@code id},
 * {@code vertices} (array&lt;float&gt;, x y z interleaved, patient LPS millimetres) and {@code faces} (array&lt;int&gt;,
 * counter-clockwise seen from outside), so that it is also a mesh table for {@code evaluate}, plus the mesh's measures
 * and what series assembly found. {@code errors/}: one row per file or series that produced no mesh, with a reason
 * code and the message.
 */
final class CtMeshTables {
  /** Columns that a catalog must have. */
  static final String PATH = "path";
  static final String SERIES = "series_instance_uid";
  static final String MODALITY = "modality";

  static final StructType MESHES = new StructType()
      .add("id", DataTypes.StringType, false)
      .add(SERIES, DataTypes.StringType, false)
      .add(MODALITY, DataTypes.StringType, true)
      .add("threshold_hu", DataTypes.DoubleType, false)
      .add("vertices", DataTypes.createArrayType(DataTypes.FloatType, false), false)
      .add("faces", DataTypes.createArrayType(DataTypes.IntegerType, false), false)
      .add("vertex_count", DataTypes.IntegerType, false)
      .add("face_count", DataTypes.IntegerType, false)
      .add("surface_area_mm2", DataTypes.DoubleType, false)
      .add("volume_mm3", DataTypes.DoubleType, false)
      .add("watertight", DataTypes.BooleanType, false)
      .add("components", DataTypes.IntegerType, false)
      .add("files", DataTypes.IntegerType, false)
      .add("failed_files", DataTypes.IntegerType, false)
      .add("distinct_slices", DataTypes.IntegerType, false)
      .add("missing_slices", DataTypes.IntegerType, false)
      .add("duplicate_slices", DataTypes.IntegerType, false)
      .add("uniform_spacing", DataTypes.BooleanType, false)
      .add("resampled", DataTypes.BooleanType, false)
      .add("dims", DataTypes.createArrayType(DataTypes.IntegerType, false), false)
      .add("spacing_mm", DataTypes.createArrayType(DataTypes.DoubleType, false), false)
      .add("origin_mm", DataTypes.createArrayType(DataTypes.DoubleType, false), false)
      .add("direction", DataTypes.createArrayType(DataTypes.DoubleType, false), false)
      .add("obj_path", DataTypes.StringType, true);

  static final StructType ERRORS = new StructType()
      .add(SERIES, DataTypes.StringType, true)
      .add(PATH, DataTypes.StringType, true)
      .add("reason", DataTypes.StringType, false)
      .add("message", DataTypes.StringType, true);

  /** Reason for a series whose volume has no voxel above the threshold. */
  static final String EMPTY_SURFACE = "EMPTY_SURFACE";
  /** Reason for a file the file system could not read, or one above the size limit. */
  static final String READ_FAILED = "READ_FAILED";

  private CtMeshTables() {}

  static Row error(String series, String path, String reason, String message) {
    return RowFactory.create(series, path, reason, message);
  }
}
