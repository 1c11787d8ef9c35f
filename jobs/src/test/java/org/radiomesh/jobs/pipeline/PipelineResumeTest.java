package org.radiomesh.jobs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radiomesh.jobs.LocalSpark;
import org.radiomesh.jobs.TaskFaults;
import org.radiomesh.jobs.pipeline.PipelineResult.State;
import org.radiomesh.jobs.pipeline.PipelineResult.Status;
import org.radiomesh.jobs.report.ReportFixtures;

/**
 * Fault tolerance of the pipeline on local[2,4]: task failures on first attempts change nothing in the tables; a stage
 * killed half way and rerun leaves no row missing and none twice; a stage whose commit finished but whose marker was
 * not written reuses its rows; an unchanged stage is skipped.
 */
class PipelineResumeTest {
  @TempDir
  static Path work;
  static Path archive;
  static Path model;
  static Map<String, List<String>> clean;
  private static final SparkSession SPARK = LocalSpark.session();
  private static final PrintStream QUIET = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

  @BeforeAll
  static void cleanRun() throws Exception {
    archive = work.resolve("archive");
    PipelineFixtures.archive(archive);
    model = ReportFixtures.model(work.resolve("model"));
    Path out = work.resolve("clean");
    PipelineFixtures.pairs(SPARK, out);
    PipelineResult r = PipelineJob.run(SPARK, options(out).build(), QUIET);
    assertThat(r.status()).isEqualTo(Status.OK);
    clean = PipelineFixtures.tables(SPARK, out);
    assertThat(clean.get("ingest/catalog")).isNotEmpty();
    assertThat(clean.get("ingest/quarantine")).isNotEmpty();
    assertThat(clean.get("report/reports")).isNotEmpty();
    assertThat(clean.get("evaluate/metrics")).hasSize(1);
  }

  @AfterEach
  void clearFaults() {
    for (String job : List.of("ingest", "report", "evaluate")) {
      System.clearProperty(TaskFaults.PROPERTY_PREFIX + job);
    }
  }

  private static PipelineOptions.Builder options(Path out) {
    return PipelineFixtures.options(archive, out.toUri().toString(), model, "ingest", "report", "evaluate");
  }

  @Test
  void firstAttemptFailuresInEveryStageGiveTheSameTablesAsACleanRun() throws Exception {
    assertThat(SPARK.sparkContext().master()).isEqualTo("local[2,4]");
    for (String job : List.of("ingest", "report", "evaluate")) {
      System.setProperty(TaskFaults.PROPERTY_PREFIX + job, "0,2");
    }
    Path out = work.resolve("retried");
    PipelineFixtures.pairs(SPARK, out);
    PipelineResult r = PipelineJob.run(SPARK, options(out).build(), QUIET);
    assertThat(r.status()).isEqualTo(Status.OK);
    assertThat(r.stages()).extracting(PipelineResult.StageRun::state).containsOnly(State.RAN);
    assertThat(PipelineFixtures.tables(SPARK, out)).isEqualTo(clean);
  }

  @Test
  void aStageKilledHalfWayIsRedoneWithoutMissingOrRepeatedRows() throws Exception {
    Path out = work.resolve("killed");
    PipelineFixtures.pairs(SPARK, out);
    System.setProperty(TaskFaults.PROPERTY_PREFIX + "report", "1@all");
    PipelineResult failed = PipelineJob.run(SPARK, options(out).build(), QUIET);
    assertThat(failed.status()).isEqualTo(Status.FAILED);
    assertThat(failed.failedStage()).isEqualTo("report");
    assertThat(failed.message()).contains("stage report failed").contains("injected failure");
    assertThat(failed.stages()).extracting(PipelineResult.StageRun::stage).containsExactly("ingest", "report");
    assertThat(out.resolve("ingest/" + StageMarker.FILE)).exists();
    assertThat(out.resolve("report/" + StageMarker.FILE)).doesNotExist();
    String summary = Files.readString(out.resolve("summary.json"));
    assertThat(summary).contains("\"status\" : \"failed\"").contains("\"failed_stage\" : \"report\"")
        .contains("\"stages_not_reached\" : [ \"evaluate\" ]");

    System.clearProperty(TaskFaults.PROPERTY_PREFIX + "report");
    PipelineResult resumed = PipelineJob.run(SPARK, options(out).build(), QUIET);
    assertThat(resumed.status()).isEqualTo(Status.OK);
    assertThat(resumed.stages()).extracting(PipelineResult.StageRun::state)
        .containsExactly(State.UNCHANGED, State.RAN, State.RAN);
    Map<String, List<String>> tables = PipelineFixtures.tables(SPARK, out);
    assertThat(tables).isEqualTo(clean);
    for (List<String> rows : tables.values()) {
      assertThat(rows).doesNotHaveDuplicates();
    }

    // A run that died after the report's table commit but before its marker: the rerun reuses every report.
    Files.delete(out.resolve("report/" + StageMarker.FILE));
    PipelineResult again = PipelineJob.run(SPARK, options(out).build(), QUIET);
    PipelineResult.StageRun report = again.stages().get(1);
    assertThat(report.state()).isEqualTo(State.RAN);
    assertThat(report.result().outputs()).isZero();
    assertThat(report.result().skipped()).isEqualTo(clean.get("report/reports").size());
    assertThat(again.stages().get(2).state()).isEqualTo(State.UNCHANGED);
    assertThat(PipelineFixtures.tables(SPARK, out)).isEqualTo(clean);
  }

  @Test
  void aNewFileReRunsIngestForThatFileOnlyAndTheStagesAfterIt() throws Exception {
    Path out = work.resolve("grown");
    Path grown = work.resolve("archive-grown");
    PipelineFixtures.archive(grown);
    PipelineOptions o = PipelineFixtures.options(grown, out.toUri().toString(), model, "ingest", "report").build();
    PipelineResult first = PipelineJob.run(SPARK, o, QUIET);
    long listed = first.stages().get(0).result().inputs();
    PipelineResult same = PipelineJob.run(SPARK, o, QUIET);
    assertThat(same.stages()).extracting(PipelineResult.StageRun::state)
        .containsExactly(State.UNCHANGED, State.UNCHANGED);

    int reportsBefore = PipelineFixtures.tables(SPARK, out).get("report/reports").size();
    BufferedImage extra = new BufferedImage(48, 24, BufferedImage.TYPE_USHORT_GRAY);
    extra.getRaster().setSample(7, 5, 0, 4000);
    ImageIO.write(extra, "png", grown.resolve("extra.png").toFile());
    PipelineResult next = PipelineJob.run(SPARK, o, QUIET);
    StageResult ingest = next.stages().get(0).result();
    assertThat(next.stages().get(0).state()).isEqualTo(State.RAN);
    assertThat(ingest.inputs()).isEqualTo(listed + 1);
    assertThat(ingest.skipped()).isEqualTo(listed);
    StageResult report = next.stages().get(1).result();
    assertThat(next.stages().get(1).state()).isEqualTo(State.RAN);
    assertThat(report.skipped()).isEqualTo(reportsBefore);
    assertThat(report.inputs() - report.skipped()).isEqualTo(report.outputs() + report.errors());
    List<String> reportsAfter = PipelineFixtures.tables(SPARK, out).get("report/reports");
    assertThat(reportsAfter).hasSize(reportsBefore + (int) report.outputs()).doesNotHaveDuplicates();
  }
}
