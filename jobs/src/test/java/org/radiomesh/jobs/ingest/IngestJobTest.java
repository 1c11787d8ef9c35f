package org.radiomesh.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radiomesh.dicom.CorpusExpectation;
import org.radiomesh.dicom.DeidOptions;
import org.radiomesh.dicom.DicomTestCorpus;
import org.radiomesh.jobs.JobSummary;
import org.radiomesh.jobs.LocalSpark;
import org.radiomesh.jobs.StageStatus;

/**
 * The test corpus through {@link IngestJob} on local[2] with de-identification on: every file cataloged with its typed
 * values or quarantined with its reason, the invariant in summary.json, and no original identity in any output file
 * (decoded Parquet rows and raw bytes), in radiomesh's log lines at every level, in PixelMed's at the WARN ceiling that
 * conf/log4j2.xml sets for it (its DEBUG and TRACE lines quote attribute values), or on stderr.
 */
class IngestJobTest {
  static final byte[] KEY = "ingest-test-key-0123456789abcdef".getBytes(StandardCharsets.UTF_8);

  @TempDir
  static Path dir;
  static List<CorpusExpectation> corpus;
  static JobSummary summary;
  static String captured;
  static final SparkSession spark = LocalSpark.session();

  @BeforeAll
  static void ingestTheCorpus() throws Exception {
    Path input = Files.createDirectories(dir.resolve("archive/2019"));
    corpus = DicomTestCorpus.write(input, 42);
    ByteArrayOutputStream logs = new ByteArrayOutputStream();
    PrintStream capture = new PrintStream(logs, true, StandardCharsets.UTF_8);
    LoggerContext ctx = LoggerContext.getContext(false);
    WriterAppender appender = WriterAppender.newBuilder().setName("ingest-capture")
        .setTarget(new java.io.OutputStreamWriter(capture, StandardCharsets.UTF_8))
        .setLayout(PatternLayout.newBuilder().withPattern("%p %c %m%n").build()).build();
    appender.start();
    ctx.getConfiguration().addAppender(appender);
    ctx.getRootLogger().addAppender(ctx.getConfiguration().getAppender("ingest-capture"));
    Configurator.setLevel("org.radiomesh", Level.ALL);
    PrintStream err = System.err;
    System.setErr(capture);
    StageStatus.redirect(capture);
    try {
      summary = IngestJob.run(spark, IngestOptions.builder().input(dir.resolve("archive").toUri().toString())
          .out(dir.resolve("out").toUri().toString()).deid(DeidOptions.basic(KEY, true))
          .limits(DicomTestCorpus.LIMITS).build());
    } finally {
      System.setErr(err);
      StageStatus.redirect(err);
      ctx.getRootLogger().removeAppender(appender);
      Configurator.setLevel("org.radiomesh", Level.INFO);
      appender.stop();
    }
    captured = logs.toString(StandardCharsets.UTF_8);
    captured.lines().filter(l -> l.startsWith("[ingest]")).forEach(System.err::println);
  }

  static String name(Row r) {
    String p = r.getAs("path");
    return p.substring(p.lastIndexOf('/') + 1);
  }

  @Test
  void everyFileIsCatalogedOrQuarantinedAsExpected() {
    Map<String, Row> catalog = new HashMap<>();
    spark.read().parquet(dir.resolve("out/catalog").toString()).collectAsList().forEach(r -> catalog.put(name(r), r));
    Map<String, Row> quarantine = new HashMap<>();
    spark.read().parquet(dir.resolve("out/quarantine").toString()).collectAsList()
        .forEach(r -> quarantine.put(name(r), r));
    assertThat(catalog.size() + quarantine.size()).isEqualTo(corpus.size());
    for (CorpusExpectation e : corpus) {
      if (!e.cataloged()) {
        assertThat(quarantine).as(e.file()).containsKey(e.file());
        assertThat((String) quarantine.get(e.file()).getAs("reason")).as(e.file()).isEqualTo(e.reason().name());
        assertThat((String) quarantine.get(e.file()).getAs("message")).contains(e.file());
        continue;
      }
      Row r = catalog.get(e.file());
      assertThat(r).as(e.file()).isNotNull();
      assertThat((String) r.getAs("format")).isEqualTo(e.format().name());
      assertThat((String) r.getAs("modality")).isEqualTo(e.modality());
      assertThat((Boolean) r.getAs("has_pixel_data")).isEqualTo(e.hasPixelData());
      assertThat((Boolean) r.getAs("deidentified")).isTrue();
      if (e.image() != null) {
        assertThat((Integer) r.getAs("rows")).isEqualTo(e.image().rows());
        assertThat((Integer) r.getAs("columns")).isEqualTo(e.image().columns());
        assertThat((Integer) r.getAs("bits_stored")).isEqualTo(e.image().bitsStored());
        assertThat((Integer) r.getAs("number_of_frames")).isEqualTo(e.image().frames());
      }
      if (e.patient() != null) {
        assertThat((String) r.getAs("transfer_syntax_uid")).isEqualTo(e.transferSyntax());
        assertThat((String) r.getAs("image_id")).startsWith("2.25.").isEqualTo(r.getAs("sop_instance_uid"));
        assertThat((String) r.getAs("header_json")).contains("\"00120062\"");
        assertThat(r.<java.sql.Date>getAs("study_date")).isNotNull();
      }
    }
    assertThat(Files.isDirectory(dir.resolve("out/catalog/run_id=" + summary.get("run_id") + "/modality=CT")))
        .isTrue();
    assertThat(Files.isDirectory(dir.resolve("out/catalog/run_id=" + summary.get("run_id") + "/modality=XR-IMAGE")))
        .isTrue();
  }

  @Test
  void summaryRecordsCountsAndTheInvariant() throws Exception {
    assertThat(summary.get("listed")).isEqualTo((long) corpus.size());
    assertThat(summary.get("cataloged")).isEqualTo(corpus.stream().filter(CorpusExpectation::cataloged).count());
    @SuppressWarnings("unchecked")
    Map<String, Object> invariant = (Map<String, Object>) summary.get("invariant");
    assertThat(invariant.get("ok")).isEqualTo(true);
    @SuppressWarnings("unchecked")
    Map<String, Long> reasons = (Map<String, Long>) summary.get("quarantine_by_reason");
    assertThat(reasons.get("TOO_LARGE")).isEqualTo(2L);
    assertThat(reasons.get("TRUNCATED")).isEqualTo(2L);
    String json = Files.readString(dir.resolve("out/summary.json"));
    assertThat(json).contains("\"ok\" : true").contains("files_per_second");
    assertThat(Files.exists(dir.resolve("out/_staging"))).isFalse();
  }

  @Test
  void noIdentityInAnyOutputFileOrLogLine() throws Exception {
    StringBuilder decoded = new StringBuilder();
    for (String table : List.of("catalog", "quarantine")) {
      spark.read().parquet(dir.resolve("out/" + table).toString()).toJSON().collectAsList()
          .forEach(s -> decoded.append(s).append('\n'));
    }
    StringBuilder raw = new StringBuilder();
    try (Stream<Path> files = Files.walk(dir.resolve("out"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        raw.append(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
      }
    }
    assertThat(captured).contains("[ingest] catalog headers");
    for (String identity : DicomTestCorpus.identifyingStrings()) {
      assertThat(decoded.toString()).doesNotContain(identity);
      assertThat(raw.toString()).doesNotContain(identity);
      assertThat(captured).doesNotContain(identity);
    }
  }
}
