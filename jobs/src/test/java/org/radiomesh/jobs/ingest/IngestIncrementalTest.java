package org.radiomesh.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radiomesh.dicom.DeidOptions;
import org.radiomesh.dicom.DicomTestCorpus;
import org.radiomesh.jobs.JobSummary;
import org.radiomesh.jobs.LocalSpark;

/**
 * Incremental runs of {@link IngestJob}: a rerun appends only new files, and a run that died before or during its
 * commit leaves nothing that counts twice.
 */
class IngestIncrementalTest {
  static final byte[] KEY = "incremental-test-key-0123456789ab".getBytes(StandardCharsets.UTF_8);
  final SparkSession spark = LocalSpark.session();

  JobSummary ingest(Path archive, Path out) {
    return IngestJob.run(spark, IngestOptions.builder().input(archive.toUri().toString())
        .out(out.toUri().toString()).deid(DeidOptions.basic(KEY, false)).limits(DicomTestCorpus.LIMITS)
        .exclude("*.txt").build());
  }

  long rows(Path out, String table) {
    return spark.read().parquet(out.resolve(table).toString()).count();
  }

  long distinctKeys(Path out, String table) {
    return spark.read().parquet(out.resolve(table).toString()).select("path", "size_bytes", "modification_time_ms")
        .distinct().count();
  }

  @SuppressWarnings("unchecked")
  static boolean invariantOk(JobSummary s) {
    return (Boolean) ((Map<String, Object>) s.get("invariant")).get("ok");
  }

  @Test
  void rerunAppendsOnlyNewFilesAndRecoversFromDeadRuns(@TempDir Path dir) throws Exception {
    Path archive = Files.createDirectories(dir.resolve("archive"));
    Path out = dir.resolve("out");
    int files = DicomTestCorpus.write(archive, 3).size() - 1;

    JobSummary first = ingest(archive, out);
    assertThat(first.get("listed")).as("notes.txt excluded").isEqualTo((long) files);
    assertThat(first.get("new")).isEqualTo((long) files);
    long catalog = rows(out, "catalog");
    long quarantine = rows(out, "quarantine");
    assertThat(catalog + quarantine).isEqualTo(files);

    JobSummary second = ingest(archive, out);
    assertThat(second.get("new")).isEqualTo(0L);
    assertThat(rows(out, "catalog")).isEqualTo(catalog);

    Files.copy(archive.resolve("ct_explicit_le_16s.dcm"), Files.createDirectories(archive.resolve("new"))
        .resolve("copy.dcm"));
    JobSummary third = ingest(archive, out);
    assertThat(third.get("new")).isEqualTo(1L);
    assertThat(third.get("already_done")).isEqualTo((long) files);
    assertThat(rows(out, "catalog")).isEqualTo(catalog + 1);
    List<Row> added = spark.read().parquet(out.resolve("catalog").toString())
        .where("run_id = '" + third.get("run_id") + "'").collectAsList();
    assertThat(added).hasSize(1);
    assertThat((String) added.get(0).getAs("path")).endsWith("/new/copy.dcm");

    // A run that died before its commit: staged rows without _READY must be discarded, not counted.
    String firstRun = (String) first.get("run_id");
    Path deadBefore = Files.createDirectories(out.resolve("_staging/ingest-dead-before"));
    copyTree(out.resolve("catalog/run_id=" + firstRun), deadBefore.resolve("catalog"));
    Files.writeString(archive.resolve("new/copy2.dcm"), "not an image");
    JobSummary fourth = ingest(archive, out);
    assertThat(fourth.get("recovered_runs")).isEqualTo(List.of());
    assertThat(fourth.get("new")).isEqualTo(1L);
    assertThat(rows(out, "catalog")).isEqualTo(distinctKeys(out, "catalog")).isEqualTo(catalog + 1);
    assertThat(rows(out, "quarantine")).isEqualTo(quarantine + 1);
    assertThat(invariantOk(fourth)).isTrue();

    // A run that died between its two renames: _READY is there, its quarantine still staged; roll it forward.
    String fourthRun = (String) fourth.get("run_id");
    Path deadDuring = Files.createDirectories(out.resolve("_staging/ingest-" + fourthRun));
    Files.move(out.resolve("quarantine/run_id=" + fourthRun), deadDuring.resolve("quarantine"));
    Files.createFile(deadDuring.resolve("_READY"));
    JobSummary fifth = ingest(archive, out);
    assertThat(fifth.get("recovered_runs")).isEqualTo(List.of(fourthRun));
    assertThat(fifth.get("new")).isEqualTo(0L);
    assertThat(rows(out, "quarantine")).isEqualTo(distinctKeys(out, "quarantine")).isEqualTo(quarantine + 1);
    assertThat(invariantOk(fifth)).isTrue();
    assertThat(Files.exists(out.resolve("_staging"))).isFalse();
  }

  static void copyTree(Path from, Path to) throws Exception {
    try (var walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
