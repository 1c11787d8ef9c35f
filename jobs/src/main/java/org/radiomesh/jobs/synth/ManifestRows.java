package org.radiomesh.jobs.synth;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.radiomesh.synth.CaseFile;
import org.radiomesh.synth.CaseIdentity;
import org.radiomesh.synth.CaseRecord;
import org.radiomesh.synth.Provenance;

/**
 * The rows of the synth job. One outcome row per case ({@link #OUTCOME}: a status column, the manifest columns, then
 * reason and message), split by status into {@code manifest/} ({@link #MANIFEST_COLUMNS}) and {@code errors/}
 * ({@link #ERROR_COLUMNS}).
 *
 * <p>Manifest columns: {@code case_id}, {@code case_index}, {@code master_seed}, {@code seed}, {@code modalities},
 * {@code origin} (generated: made by this run; existing: complete from an earlier run, read back; regenerated: an
 * incomplete folder of an earlier run replaced), {@code parameters_json}, {@code findings_json}, {@code report_text},
 * {@code files} (array of struct path, bytes, sha256; paths relative to {@code case_dir}), {@code file_count},
 * {@code total_bytes}, {@code case_dir} (URI of the case folder), {@code licence}, {@code provenance}. Error columns:
 * {@code case_id}, {@code case_index}, {@code seed}, {@code reason} ({@link SynthErrorReason}), {@code message}.
 */
final class ManifestRows {
  static final String STATUS_OK = "ok";
  static final String STATUS_ERROR = "error";

  static final StructType FILE = new StructType(new StructField[] {
      DataTypes.createStructField("path", DataTypes.StringType, false),
      DataTypes.createStructField("bytes", DataTypes.LongType, false),
      DataTypes.createStructField("sha256", DataTypes.StringType, false)});

  static final StructType OUTCOME = new StructType(new StructField[] {
      DataTypes.createStructField("status", DataTypes.StringType, false),
      DataTypes.createStructField("case_id", DataTypes.StringType, false),
      DataTypes.createStructField("case_index", DataTypes.LongType, false),
      DataTypes.createStructField("master_seed", DataTypes.LongType, false),
      DataTypes.createStructField("seed", DataTypes.LongType, false),
      DataTypes.createStructField("modalities", DataTypes.StringType, true),
      DataTypes.createStructField("origin", DataTypes.StringType, true),
      DataTypes.createStructField("parameters_json", DataTypes.StringType, true),
      DataTypes.createStructField("findings_json", DataTypes.StringType, true),
      DataTypes.createStructField("report_text", DataTypes.StringType, true),
      DataTypes.createStructField("files", DataTypes.createArrayType(FILE, false), true),
      DataTypes.createStructField("file_count", DataTypes.IntegerType, true),
      DataTypes.createStructField("total_bytes", DataTypes.LongType, true),
      DataTypes.createStructField("case_dir", DataTypes.StringType, true),
      DataTypes.createStructField("licence", DataTypes.StringType, true),
      DataTypes.createStructField("provenance", DataTypes.StringType, true),
      DataTypes.createStructField("reason", DataTypes.StringType, true),
      DataTypes.createStructField("message", DataTypes.StringType, true)});

  static final List<String> MANIFEST_COLUMNS = List.of("case_id", "case_index", "master_seed", "seed", "modalities",
      "origin", "parameters_json", "findings_json", "report_text", "files", "file_count", "total_bytes", "case_dir",
      "licence", "provenance");

  static final List<String> ERROR_COLUMNS = List.of("case_id", "case_index", "seed", "reason", "message");

  private ManifestRows() {}

  /** The outcome row of a case that is complete. */
  static Row ok(CaseRecord r, String origin, String caseDir) {
    CaseIdentity id = r.identity();
    // An array, not a java.util.List: Spark's row encoder takes arrays or Scala sequences for array columns.
    Row[] files = new Row[r.files().size()];
    for (int i = 0; i < files.length; i++) {
      CaseFile f = r.files().get(i);
      files[i] = RowFactory.create(f.path(), f.bytes(), f.sha256());
    }
    return RowFactory.create(STATUS_OK, id.caseId(), id.index(), id.masterSeed(), id.seed(), r.modalities(), origin,
        r.parametersJson(), r.findingsJson(), r.reportText(), files, files.length, r.totalBytes(), caseDir,
        Provenance.LICENCE_STATEMENT, Provenance.PROVENANCE, null, null);
  }

  /** The outcome row of a case that failed. */
  static Row error(CaseIdentity id, SynthErrorReason reason, String message) {
    return RowFactory.create(STATUS_ERROR, id.caseId(), id.index(), id.masterSeed(), id.seed(), null, null, null,
        null, null, null, null, null, null, null, null, reason.name(), message);
  }
}
