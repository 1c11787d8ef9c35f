package org.radiomesh.jobs.report;

import static org.apache.spark.sql.functions.col;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
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
 * inputs), are left out. One shuffle by study into as many tasks as the default parallelism, each sorted by study and
 * image id and written a study at a time. O(reports log reports).
 */
final class StudySrWriter {
  private StudySrWriter() {}

  /** Writes the SR files; returns the number of studies written. */
  static long write(Dataset<Row> reports, String dir, ModelIdentity model, LocalDateTime created,
      SerializableConfiguration conf) {
    Dataset<Row> withStudy = reports.filter(reports.col("study_id").rlike("^[0-9]+(\\.[0-9]+)*$"));
    // An explicit number of hash partitions, which adaptive execution keeps: a grouped shuffle of a thousand small
    // reports would otherwise be coalesced into one task, and encoding is the costly part.
    int partitions = Math.max(1, reports.sparkSession().sparkContext().defaultParallelism());
    return withStudy.repartition(partitions, col("study_id")).sortWithinPartitions("study_id", "image_id")
        .mapPartitions((MapPartitionsFunction<Row, String>) rows -> new Iterator<>() {
          private Row next = rows.hasNext() ? rows.next() : null;

          @Override
          public boolean hasNext() {
            return next != null;
          }

          @Override
          public String next() {
            if (next == null) {
              throw new java.util.NoSuchElementException();
            }
            String study = next.getAs("study_id");
            List<Row> group = new ArrayList<>();
            while (next != null && study.equals(next.getAs("study_id"))) {
              group.add(next);
              next = rows.hasNext() ? rows.next() : null;
            }
            try {
              return writeStudy(study, group, dir, model, created, conf);
            } catch (java.io.IOException e) {
              throw new java.io.UncheckedIOException("writing the SR of study " + study, e);
            }
          }
        }, Encoders.STRING())
        .count();
  }

  /** Writes one study's SR from its reports, which arrive sorted by image id. */
  private static String writeStudy(String study, List<Row> list, String dir, ModelIdentity model,
      LocalDateTime created, SerializableConfiguration conf) throws java.io.IOException {
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
