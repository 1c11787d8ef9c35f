package org.radiomesh.jobs.ctmesh;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.SerializableConfiguration;
import org.radiomesh.imaging.PixelDecodeException;
import org.radiomesh.imaging.series.SeriesMember;
import org.radiomesh.jobs.HadoopFiles;

/**
 * The files ct-mesh works on, as rows {@code path, series_instance_uid, modality, reason, message} (reason and message
 * null for usable files): from a catalog table, or by listing a folder and reading each file's header on the
 * executors.
 */
final class CtMeshInputs {
  /** Bytes read from the start of each file to find its series when listing a folder. */
  static final int HEADER_BYTES = 256 << 10;

  static final StructType MEMBERS = new StructType()
      .add(CtMeshTables.PATH, DataTypes.StringType, false)
      .add(CtMeshTables.SERIES, DataTypes.StringType, true)
      .add(CtMeshTables.MODALITY, DataTypes.StringType, true)
      .add("reason", DataTypes.StringType, true)
      .add("message", DataTypes.StringType, true);

  private CtMeshInputs() {}

  /**
   * Rows of a catalog: {@code radiomesh ingest}'s {@code OUT/catalog} (partitioned by run_id and modality), or any
   * Parquet table with path, series_instance_uid and modality columns. A path listed more than once (ingest keeps the
   * old row of a file that changed between runs) is taken once.
   */
  static Dataset<Row> fromCatalog(SparkSession spark, String catalog) {
    Dataset<Row> t = spark.read().parquet(catalog);
    List<String> names = Arrays.asList(t.columns());
    if (!names.containsAll(List.of(CtMeshTables.PATH, CtMeshTables.SERIES, CtMeshTables.MODALITY))) {
      throw new IllegalArgumentException(catalog + ": a catalog needs columns path, series_instance_uid, modality;"
          + " found " + names);
    }
    return t.select(col(CtMeshTables.PATH).cast("string"), col(CtMeshTables.SERIES).cast("string"),
            col(CtMeshTables.MODALITY).cast("string"), lit(null).cast("string").as("reason"),
            lit(null).cast("string").as("message"))
        .toDF(MEMBERS.fieldNames())
        .dropDuplicates(CtMeshTables.PATH);
  }

  /** Every file under {@code dir} (recursively), with the series and modality from its header. */
  static Dataset<Row> fromFolder(SparkSession spark, String dir) {
    Dataset<Row> paths = spark.read().format("binaryFile").option("recursiveFileLookup", "true").load(dir)
        .select(CtMeshTables.PATH);
    SerializableConfiguration conf = new SerializableConfiguration(spark.sparkContext().hadoopConfiguration());
    MapPartitionsFunction<Row, Row> readHeaders = rows -> headers(rows, conf);
    return paths.mapPartitions(readHeaders, Encoders.row(MEMBERS));
  }

  private static Iterator<Row> headers(Iterator<Row> rows, SerializableConfiguration conf) {
    List<Row> out = new ArrayList<>();
    while (rows.hasNext()) {
      String path = rows.next().getString(0);
      try {
        byte[] head = HadoopFiles.readHead(path, conf.value(), HEADER_BYTES);
        SeriesMember m = SeriesMember.read(head, head.length, path);
        out.add(RowFactory.create(path, m.seriesInstanceUid(), m.modality(), null, null));
      } catch (PixelDecodeException e) {
        out.add(RowFactory.create(path, null, null, e.reason().name(), e.getMessage()));
      } catch (java.io.IOException e) {
        out.add(RowFactory.create(path, null, null, CtMeshTables.READ_FAILED, e.getMessage()));
      }
    }
    return out.iterator();
  }
}
