package org.radiomesh.jobs.ctmesh;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.upper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.radiomesh.jobs.HadoopFiles;
import org.radiomesh.jobs.JobSummary;
import org.radiomesh.jobs.StageStatus;
import org.radiomesh.jobs.TableCommit;
import scala.Tuple2;

/**
 * {@code radiomesh ct-mesh}: every CT (or chosen modality) series of a catalog or a DICOM folder → a volume in HU →
 * the iso-surface at a threshold (bone about 300–400 HU, tooth enamel 1500 HU and up), written as {@code OUT/meshes/}
 * (Parquet, see {@link CtMeshTables}), {@code OUT/obj/SERIES.obj}, {@code OUT/errors/} and {@code OUT/summary.json}.
 *
 * <p>Distribution: the driver collects the distinct Series Instance UIDs (metadata only), numbers them, and an exact
 * partitioner puts all files of series i in partition i, so each task assembles exactly one series; its files are read
 * there through the Hadoop file system ({@code file:}, {@code hdfs:}). Tables are committed atomically
 * ({@link TableCommit}); OBJ files are written to a staging folder and moved in place at the end. Invariant, checked
 * and put in summary.json: every series listed yields exactly one mesh row or at least one series-level error row.
 *
 * <p>Identifiers: from a catalog, series UIDs are the catalog's (de-identified by ingest); with {@code --input} they
 * are the files' own UIDs, undisguised, in the tables and OBJ names.
 */
public final class CtMeshJob {
  private static final String JOB = "ct-mesh";

  private CtMeshJob() {}

  /** Counts of a finished run. */
  public record Result(long filesListed, long filesSelected, long series, long meshes, long seriesFailed,
      long errors, Map<String, Long> errorsByReason) {}

  /** Runs the job and writes summary.json; tests call this directly with their session. */
  public static Result run(SparkSession spark, CtMeshOptions o) {
    Configuration hconf = spark.sparkContext().hadoopConfiguration();
    TableCommit.cleanStaging(o.out(), hconf);
    JobSummary summary = new JobSummary(JOB)
        .put("input", o.catalog() != null ? "catalog " + o.catalog() : "folder " + o.input())
        .put("output", o.out())
        .put("threshold_hu", o.thresholdHu())
        .put("modalities", o.modalities());

    StageStatus list = StageStatus.start(JOB, "list files and series");
    Dataset<Row> all = (o.catalog() != null ? CtMeshInputs.fromCatalog(spark, o.catalog())
        : CtMeshInputs.fromFolder(spark, o.input())).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> listingErrors = all.filter(col("reason").isNotNull())
        .select(col(CtMeshTables.SERIES), col(CtMeshTables.PATH), col("reason"), col("message"));
    Dataset<Row> members = all.filter(col("reason").isNull().and(col(CtMeshTables.SERIES).isNotNull())
        .and(upper(col(CtMeshTables.MODALITY)).isin(o.modalities().toArray())));
    if (!o.series().isEmpty()) {
      members = members.filter(col(CtMeshTables.SERIES).isin(o.series().toArray()));
    }
    List<String> uids = members.select(CtMeshTables.SERIES).distinct().orderBy(CtMeshTables.SERIES)
        .as(Encoders.STRING()).collectAsList();
    long listed = all.count();
    long selected = members.count();
    list.done(uids.size() + " series in " + selected + " of " + listed + " files");

    StageStatus mesh = StageStatus.start(JOB, "assemble and mesh " + uids.size() + " series");
    String objStaging = o.writeObj()
        ? HadoopFiles.resolve(o.out(), "_staging/obj-" + UUID.randomUUID()) : null;
    String objFinal = HadoopFiles.resolve(o.out(), "obj");
    SeriesMesher mesher = new SeriesMesher(o, objStaging, objFinal, hconf);
    JavaRDD<SeriesMesher.Outcome> outcomes = meshPerSeries(members, uids, mesher)
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    Dataset<Row> meshes = spark.createDataFrame(outcomes.flatMap(r -> r.meshes().iterator()), CtMeshTables.MESHES);
    Dataset<Row> errors = spark.createDataFrame(outcomes.flatMap(r -> r.errors().iterator()), CtMeshTables.ERRORS)
        .unionByName(listingErrors);
    TableCommit.writeParquet(meshes, o.out(), "meshes");
    TableCommit.writeParquet(errors, o.out(), "errors");
    if (objStaging != null) {
      moveObjFolder(objStaging, objFinal, hconf);
    }
    outcomes.unpersist(false);
    all.unpersist();

    Dataset<Row> written = spark.read().parquet(HadoopFiles.resolve(o.out(), "meshes"));
    Dataset<Row> writtenErrors = spark.read().parquet(HadoopFiles.resolve(o.out(), "errors"));
    long meshRows = written.count();
    long errorRows = writtenErrors.count();
    long failedSeries = writtenErrors.filter(col(CtMeshTables.PATH).isNull()).select(CtMeshTables.SERIES)
        .distinct().count();
    mesh.done(meshRows);
    checkInvariant(uids, written, writtenErrors);
    Map<String, Long> byReason = new LinkedHashMap<>();
    for (Row r : writtenErrors.groupBy("reason").count().orderBy("reason").collectAsList()) {
      byReason.put(r.getString(0), r.getLong(1));
    }
    summary.put("files_listed", listed).put("files_selected", selected).put("series", (long) uids.size())
        .put("meshes", meshRows).put("series_failed", failedSeries).put("errors", errorRows)
        .put("errors_by_reason", byReason)
        .put("invariant", "every selected series has exactly one mesh row or a series-level error: checked")
        .put("seconds", Map.of("list", list.elapsedSeconds(), "mesh", mesh.elapsedSeconds()));
    summary.write(o.out(), hconf);
    return new Result(listed, selected, uids.size(), meshRows, failedSeries, errorRows, byReason);
  }

  /** Every selected series has exactly one mesh row, or no mesh row and at least one series-level error row. */
  private static void checkInvariant(List<String> uids, Dataset<Row> meshes, Dataset<Row> errors) {
    List<String> meshed = meshes.select(CtMeshTables.SERIES).as(Encoders.STRING()).collectAsList();
    java.util.Set<String> failed = new java.util.HashSet<>(errors.filter(col(CtMeshTables.PATH).isNull())
        .select(CtMeshTables.SERIES).as(Encoders.STRING()).collectAsList());
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (String s : meshed) {
      if (!seen.add(s) || failed.contains(s)) {
        throw new IllegalStateException("ct-mesh produced two outcomes for one series");
      }
    }
    if (seen.size() + failed.size() != uids.size() || !uids.containsAll(seen) || !uids.containsAll(failed)) {
      throw new IllegalStateException("ct-mesh lost series: " + uids.size() + " selected, " + seen.size()
          + " meshed, " + failed.size() + " failed");
    }
  }

  /** One partition per series (exact numbering, no hash collisions); each task meshes its one series. */
  private static JavaRDD<SeriesMesher.Outcome> meshPerSeries(Dataset<Row> members, List<String> uids,
      SeriesMesher mesher) {
    HashMap<String, Integer> index = new HashMap<>();
    for (int i = 0; i < uids.size(); i++) {
      index.put(uids.get(i), i);
    }
    int partitions = Math.max(1, uids.size());
    return members.select(CtMeshTables.PATH, CtMeshTables.SERIES, CtMeshTables.MODALITY).javaRDD()
        .mapToPair(r -> new Tuple2<>(index.get(r.getString(1)),
            new String[] {r.getString(0), r.getString(1), r.getString(2)}))
        .partitionBy(new HashPartitioner(partitions))
        .mapPartitions(it -> meshPartition(it, mesher));
  }

  private static Iterator<SeriesMesher.Outcome> meshPartition(Iterator<Tuple2<Integer, String[]>> it,
      SeriesMesher mesher) {
    Map<String, List<String[]>> bySeries = new LinkedHashMap<>();
    while (it.hasNext()) {
      String[] f = it.next()._2();
      bySeries.computeIfAbsent(f[1], k -> new ArrayList<>()).add(new String[] {f[0], f[2]});
    }
    List<SeriesMesher.Outcome> out = new ArrayList<>();
    for (Map.Entry<String, List<String[]>> e : bySeries.entrySet()) {
      e.getValue().sort(java.util.Comparator.comparing(f -> f[0]));
      out.add(mesher.mesh(e.getKey(), e.getValue()));
    }
    return out.iterator();
  }

  private static void moveObjFolder(String staging, String target, Configuration conf) {
    try {
      Path from = new Path(staging);
      Path to = new Path(target);
      FileSystem fs = to.getFileSystem(conf);
      if (fs.exists(to)) {
        fs.delete(to, true);
      }
      if (!fs.exists(from)) {
        fs.mkdirs(to);
        return;
      }
      if (!fs.rename(from, to)) {
        throw new IOException("cannot rename " + from + " to " + to);
      }
      Path stagingRoot = from.getParent();
      if (fs.exists(stagingRoot) && fs.listStatus(stagingRoot).length == 0) {
        fs.delete(stagingRoot, false);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("moving OBJ files to " + target, e);
    }
  }
}
