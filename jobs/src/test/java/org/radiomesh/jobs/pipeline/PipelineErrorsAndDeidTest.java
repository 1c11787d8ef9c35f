package org.radiomesh.jobs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radiomesh.dicom.CorpusExpectation;
import org.radiomesh.dicom.DicomTestCorpus;
import org.radiomesh.jobs.LocalSpark;
import org.radiomesh.jobs.StageStatus;
import org.radiomesh.jobs.pipeline.PipelineResult.Status;
import org.radiomesh.jobs.report.ReportFixtures;

/**
 * One pipeline run (ingest, report, evaluate) over the DICOM test corpus plus a cut-off PNG, with a pairs manifest
 * holding a NaN mesh, a malformed mesh and a missing file: every bad input lands in its stage's errors or quarantine
 * table with its reason, the summary agrees with the tables, and none of the corpus's identifying values (patient
 * names, IDs, birth and study dates, accession numbers, original UIDs, institutions) appears in any output file, in
 * any decoded table, or in the run's status and progress lines.
 */
class PipelineErrorsAndDeidTest {
  @TempDir
  static Path work;
  static Path out;
  static List<CorpusExpectation> corpus;
  static PipelineResult result;
  static String printed;
  private static final SparkSession SPARK = LocalSpark.session();

  @BeforeAll
  static void run() throws Exception {
    Path archive = work.resolve("archive");
    corpus = PipelineFixtures.archive(archive);
    Path model = ReportFixtures.model(work.resolve("model"));
    out = work.resolve("out");
    PipelineFixtures.pairs(SPARK, out);
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream stream = new PrintStream(captured, true, StandardCharsets.UTF_8);
    StageStatus.redirect(stream);
    result = PipelineJob.run(SPARK, PipelineFixtures.options(archive, out.toUri().toString(), model, "ingest",
        "report", "evaluate").build(), stream);
    printed = captured.toString(StandardCharsets.UTF_8);
  }

  @AfterAll
  static void restoreStatus() {
    StageStatus.redirect(System.err);
  }

  private static Map<String, String> reasons(String table, String key) {
    Map<String, String> m = new TreeMap<>();
    for (Row r : SPARK.read().parquet(out.resolve(table).toUri().toString()).collectAsList()) {
      String k = r.getAs(key);
      m.put(key.equals("path") ? k.substring(k.lastIndexOf('/') + 1) : k, r.getAs("reason"));
    }
    return m;
  }

  @Test
  void everyBadFileIsInTheQuarantineWithItsReasonAndEveryGoodOneInTheCatalog() throws Exception {
    assertThat(result.status()).isEqualTo(Status.OK);
    assertThat(result.runReport()).as("the run report is written with every run").endsWith("report.html");
    assertThat(java.nio.file.Files.readString(java.nio.file.Path.of(java.net.URI.create(result.runReport()))))
        .contains("<html").contains("ingest");
    Map<String, String> quarantine = reasons("ingest/quarantine", "path");
    Map<String, String> expected = new TreeMap<>();
    List<String> cataloged = new ArrayList<>(List.of("cut.png"));
    for (CorpusExpectation e : corpus) {
      if (e.cataloged()) {
        cataloged.add(e.file());
      } else {
        expected.put(e.file(), e.reason().name());
      }
    }
    assertThat(expected).containsKeys("empty.dcm", "notes.txt", "truncated_header.dcm", "random.bin");
    assertThat(quarantine).isEqualTo(expected);
    List<String> catalog = SPARK.read().parquet(out.resolve("ingest/catalog").toUri().toString()).select("path")
        .collectAsList().stream().map(r -> r.getString(0).substring(r.getString(0).lastIndexOf('/') + 1)).toList();
    assertThat(catalog).containsExactlyInAnyOrderElementsOf(cataloged);
  }

  @Test
  void everyCatalogRowIsReportedOrInTheReportErrorsWithItsReason() {
    Map<String, String> errors = reasons("report/errors", "path");
    assertThat(errors).containsEntry("cut.png", "DECODE_FAILED")
        .containsEntry("ct_explicit_le_16s.dcm", "UNSUPPORTED_MODALITY")
        .containsEntry("mr_implicit_le_16u.dcm", "UNSUPPORTED_MODALITY");
    List<String> reported = SPARK.read().parquet(out.resolve("report/reports").toUri().toString()).select("path")
        .collectAsList().stream().map(r -> r.getString(0).substring(r.getString(0).lastIndexOf('/') + 1)).toList();
    assertThat(reported).isNotEmpty().doesNotHaveDuplicates().doesNotContainAnyElementsOf(errors.keySet());
    long catalog = SPARK.read().parquet(out.resolve("ingest/catalog").toUri().toString()).count();
    assertThat(reported.size() + errors.size()).isEqualTo(catalog);
  }

  @Test
  void everyBadPairIsInTheEvaluateErrorsWithItsReason() {
    assertThat(reasons("evaluate/errors", "id")).isEqualTo(Map.of("nan", "NON_FINITE", "broken", "MALFORMED_MESH",
        "gone", "READ_FAILED"));
    assertThat(SPARK.read().parquet(out.resolve("evaluate/metrics").toUri().toString()).select("id")
        .collectAsList()).extracting(r -> r.getString(0)).containsExactly("good");
  }

  @Test
  void theSummaryCountsAgreeWithTheTables() throws Exception {
    JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    assertThat(summary.get("status").asText()).isEqualTo("ok");
    assertThat(summary.get("exit_code").asInt()).isZero();
    Map<String, String[]> tables = Map.of("ingest", new String[] {"ingest/catalog", "ingest/quarantine"},
        "report", new String[] {"report/reports", "report/errors"},
        "evaluate", new String[] {"evaluate/metrics", "evaluate/errors"});
    for (JsonNode stage : summary.get("stages")) {
      String[] t = tables.get(stage.get("stage").asText());
      long outputs = SPARK.read().parquet(out.resolve(t[0]).toUri().toString()).count();
      List<Row> byReason = SPARK.read().parquet(out.resolve(t[1]).toUri().toString()).groupBy("reason").count()
          .collectAsList();
      Map<String, Long> reasons = new HashMap<>();
      byReason.forEach(r -> reasons.put(r.getString(0), r.getLong(1)));
      assertThat(stage.get("status").asText()).isEqualTo("ran");
      assertThat(stage.get("outputs").asLong()).as(stage.get("stage").asText()).isEqualTo(outputs);
      Map<String, Long> summaryReasons = new HashMap<>();
      stage.get("errors_by_reason").fields().forEachRemaining(e -> summaryReasons.put(e.getKey(), e.getValue().asLong()));
      assertThat(summaryReasons).isEqualTo(reasons);
      assertThat(stage.get("inputs").asLong()).isEqualTo(outputs + stage.get("errors").asLong());
    }
    assertThat(out.resolve("report-data/index.json")).exists();
    JsonNode reports = new ObjectMapper().readTree(out.resolve("report-data/report.reports.json").toFile());
    assertThat(reports.get("sample").size()).isEqualTo(reports.get("rows").asInt());
  }

  @Test
  void noIdentifyingValueLeavesIngest() throws Exception {
    List<String> identifying = DicomTestCorpus.identifyingStrings();
    assertThat(identifying).contains("Zyxwvut^Qwertina", "PID-ZYX-4711", "19610709");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(out)) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    assertThat(files).anyMatch(p -> p.toString().endsWith(".dcm"));
    assertThat(files).anyMatch(p -> p.toString().endsWith(".parquet"));
    List<String> leaks = new ArrayList<>();
    for (Path f : files) {
      byte[] bytes = Files.readAllBytes(f);
      for (String value : identifying) {
        if (indexOf(bytes, value.getBytes(StandardCharsets.US_ASCII)) >= 0) {
          leaks.add(out.relativize(f) + ": " + value);
        }
      }
    }
    // Parquet pages may be compressed: scan the decoded rows too.
    for (String table : List.of("ingest/catalog", "ingest/quarantine", "report/reports", "report/errors")) {
      for (String row : SPARK.read().parquet(out.resolve(table).toUri().toString()).toJSON().collectAsList()) {
        for (String value : identifying) {
          if (row.contains(value)) {
            leaks.add(table + " (decoded): " + value);
          }
        }
      }
    }
    for (String value : identifying) {
      if (printed.contains(value)) {
        leaks.add("status and progress lines: " + value);
      }
    }
    assertThat(printed).contains("[pipeline 1/3] ingest").contains("[report]");
    assertThat(leaks).isEmpty();
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
