package org.radiomesh.jobs.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.radiomesh.anatomy.Condition;
import org.radiomesh.model.ModelIdentity;
import org.radiomesh.radiograph.PixelBox;
import org.radiomesh.report.ReportFinding;
import org.radiomesh.report.StructuredReport;
import scala.collection.JavaConverters;

/**
 * The Parquet layouts of the report job and the conversions between Spark rows and {@link StructuredReport}.
 *
 * <p>{@code reports/}: {@code image_id, path, study_id, series_instance_uid, sop_class_uid, sop_instance_uid,
 * patient_id, modality, model_name, model_version, model_hash, findings, teeth_present, impression, text,
 * generated_text}, where {@code findings} is an array of structs {@code {tooth int, region string, code string,
 * caries_depth string, confidence double, detail string (the condition as JSON, findings.json layout), box {x, y,
 * width, height} (pixels)}}, and {@code generated_text} is the raw text of a vision-language model (null for the
 * findings model; {@code impression} and {@code text} are rendered from {@code findings} in both cases).
 * {@code errors/}: {@code image_id, path, modality, model_hash, reason, message}. Executors emit {@link #OUTCOME}
 * rows, the report columns plus {@code status}, {@code reason}, {@code message}, and the per-image decode and
 * inference nanoseconds.
 */
public final class ReportRows {
  static final String STATUS_OK = "ok";
  static final String STATUS_ERROR = "error";
  private static final ObjectMapper JSON = new ObjectMapper();

  static final StructType BOX = new StructType().add("x", DataTypes.DoubleType).add("y", DataTypes.DoubleType)
      .add("width", DataTypes.DoubleType).add("height", DataTypes.DoubleType);
  static final StructType FINDING = new StructType().add("tooth", DataTypes.IntegerType)
      .add("region", DataTypes.StringType).add("code", DataTypes.StringType, false)
      .add("caries_depth", DataTypes.StringType).add("confidence", DataTypes.DoubleType, false)
      .add("detail", DataTypes.StringType).add("box", BOX);
  private static final DataType FINDINGS = DataTypes.createArrayType(FINDING, false);

  /** The identity columns every input, report and outcome row starts with. */
  static final StructType INPUT = new StructType().add("image_id", DataTypes.StringType)
      .add("path", DataTypes.StringType).add("study_id", DataTypes.StringType)
      .add("series_instance_uid", DataTypes.StringType).add("sop_class_uid", DataTypes.StringType)
      .add("sop_instance_uid", DataTypes.StringType).add("patient_id", DataTypes.StringType)
      .add("modality", DataTypes.StringType);

  /** The column added after the first release of {@code reports/}; tables written before it lack it. */
  static final String GENERATED_TEXT = "generated_text";

  /** {@code reports/}. */
  public static final StructType REPORTS = INPUT.add("model_name", DataTypes.StringType)
      .add("model_version", DataTypes.StringType).add("model_hash", DataTypes.StringType)
      .add("findings", FINDINGS).add("teeth_present", DataTypes.IntegerType).add("impression", DataTypes.StringType)
      .add("text", DataTypes.StringType).add(GENERATED_TEXT, DataTypes.StringType);

  /** {@code errors/}. */
  public static final StructType ERRORS = new StructType().add("image_id", DataTypes.StringType)
      .add("path", DataTypes.StringType).add("modality", DataTypes.StringType)
      .add("model_hash", DataTypes.StringType).add("reason", DataTypes.StringType)
      .add("message", DataTypes.StringType);

  /** What executors emit per input row. */
  static final StructType OUTCOME = REPORTS.add("status", DataTypes.StringType, false)
      .add("reason", DataTypes.StringType).add("message", DataTypes.StringType)
      .add("decode_ns", DataTypes.LongType).add("inference_ns", DataTypes.LongType);

  private ReportRows() {}

  /** The outcome row of a report; {@code input} is the image's {@link #INPUT} row (identity may be refined). */
  static Row ok(Object[] identity, StructuredReport r, long decodeNs, long inferenceNs) {
    Object[] v = new Object[OUTCOME.size()];
    System.arraycopy(identity, 0, v, 0, INPUT.size());
    int i = INPUT.size();
    v[i++] = r.model().name();
    v[i++] = r.model().version();
    v[i++] = r.model().contentHash();
    v[i++] = JavaConverters.asScalaBuffer(findings(r.findings())).toSeq();
    v[i++] = r.teethPresent();
    v[i++] = r.impression();
    v[i++] = r.text();
    v[i++] = r.generatedText();
    v[i++] = STATUS_OK;
    v[i++] = null;
    v[i++] = null;
    v[i++] = decodeNs;
    v[i] = inferenceNs;
    return RowFactory.create(v);
  }

  /** The outcome row of an image that got no report. */
  static Row error(Object[] identity, ModelIdentity model, ReportErrorReason reason, String message, long decodeNs) {
    Object[] v = new Object[OUTCOME.size()];
    System.arraycopy(identity, 0, v, 0, INPUT.size());
    v[INPUT.size() + 2] = model.contentHash();
    int s = OUTCOME.fieldIndex("status");
    v[s] = STATUS_ERROR;
    v[s + 1] = reason.name();
    v[s + 2] = message;
    v[s + 3] = decodeNs;
    v[s + 4] = 0L;
    return RowFactory.create(v);
  }

  /**
   * The report of a {@code reports/} row (any column order, {@code generated_text} optional; the text is taken as
   * stored).
   */
  public static StructuredReport toReport(Row row) {
    List<ReportFinding> findings = new ArrayList<>();
    List<Row> list = row.getList(row.fieldIndex("findings"));
    for (Row f : list) {
      Condition detail = null;
      String json = f.getAs("detail");
      if (json != null) {
        try {
          detail = JSON.readValue(json, Condition.class);
        } catch (JsonProcessingException e) {
          throw new IllegalArgumentException("finding detail '" + json + "': " + e.getOriginalMessage(), e);
        }
      }
      Row b = f.getAs("box");
      String depth = f.getAs("caries_depth");
      findings.add(new ReportFinding(f.getAs("tooth"), f.getAs("region"), f.getAs("code"),
          depth == null ? null : Condition.CariesDepth.valueOf(depth), detail, f.<Double>getAs("confidence"),
          b == null ? null : new PixelBox(b.getAs("x"), b.getAs("y"), b.getAs("width"), b.getAs("height"))));
    }
    ModelIdentity model = new ModelIdentity(row.getAs("model_name"), row.getAs("model_version"),
        row.getAs("model_hash"));
    return new StructuredReport(row.getAs("image_id"), row.getAs("study_id"), row.getAs("modality"),
        row.getAs("sop_class_uid"), row.getAs("sop_instance_uid"), model, findings,
        row.<Integer>getAs("teeth_present"), row.getAs("impression"), row.getAs("text"),
        hasField(row, GENERATED_TEXT) ? row.getAs(GENERATED_TEXT) : null);
  }

  private static boolean hasField(Row row, String name) {
    return row.schema() != null && Arrays.asList(row.schema().fieldNames()).contains(name);
  }

  private static List<Row> findings(List<ReportFinding> findings) {
    List<Row> out = new ArrayList<>();
    for (ReportFinding f : findings) {
      String detail;
      try {
        detail = f.detail() == null ? null : JSON.writeValueAsString(f.detail());
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("condition " + f.detail() + " is not serialisable", e);
      }
      PixelBox b = f.box();
      out.add(RowFactory.create(f.tooth(), f.region(), f.code(),
          f.cariesDepth() == null ? null : f.cariesDepth().name(), f.confidence(), detail,
          b == null ? null : RowFactory.create(b.x(), b.y(), b.width(), b.height())));
    }
    return out;
  }
}
