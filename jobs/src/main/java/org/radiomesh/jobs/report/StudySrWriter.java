package org.radiomesh.jobs.report;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.util.SerializableConfiguration;
import org.radiomesh.jobs.HadoopFiles;
import org.radiomesh.model.ModelIdentity;
import org.radiomesh.report.BasicTextSr;

/**
 * Writes one DICOM Basic Text SR per study ({@link BasicTextSr}) on the executors: the reports of a study, ordered by
 * image id, go to {@code DIR/STUDY_UID.dcm}. Reports without a study id, or whose study id is not a DICOM UID (PNG
 * inputs), are left out. O(reports).
 */
final class StudySrWriter {
  private StudySrWriter() {}

  /** Writes the SR files; returns the number of studies written. */
  static long write(Dataset<Row> reports, String dir, ModelIdentity model, LocalDateTime created,
      SerializableConfiguration conf) {
    Dataset<Row> withStudy = reports.filter(reports.col("study_id").rlike("^[0-9]+(\\.[0-9]+)*$"));
    return withStudy.groupByKey((MapFunction<Row, String>) r -> r.getAs("study_id"), Encoders.STRING())
        .flatMapGroups((FlatMapGroupsFunction<String, Row, String>) (study, rows) ->
            List.of(writeStudy(study, rows, dir, model, created, conf)).iterator(), Encoders.STRING())
        .count();
  }

  private static String writeStudy(String study, Iterator<Row> rows, String dir, ModelIdentity model,
      LocalDateTime created, SerializableConfiguration conf) throws java.io.IOException {
    List<Row> list = new ArrayList<>();
    rows.forEachRemaining(list::add);
    list.sort((a, b) -> a.<String>getAs("image_id").compareTo(b.getAs("image_id")));
    List<BasicTextSr.Entry> entries = new ArrayList<>();
    String patient = null;
    for (Row r : list) {
      entries.add(new BasicTextSr.Entry(ReportRows.toReport(r), r.getAs("series_instance_uid")));
      patient = patient != null ? patient : r.getAs("patient_id");
    }
    byte[] bytes = BasicTextSr.encode(new BasicTextSr.Study(study, patient, entries), model, created);
    String file = HadoopFiles.resolve(dir, study + ".dcm");
    HadoopFiles.write(file, bytes, conf.value());
    return file;
  }
}
