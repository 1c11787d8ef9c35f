package org.radiomesh.jobs.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radiomesh.jobs.LocalSpark;
import org.radiomesh.synth.CaseGenerator;
import org.radiomesh.synth.Modality;
import org.radiomesh.synth.SynthOptions;

/**
 * The synth job on the local file system: byte-identical cases whatever the partition count, resumption after a
 * simulated crash, and failed cases in errors/. Cases are tiny (coarse meshes and radiograph) to keep it fast.
 */
class SynthJobTest {
  static final SynthOptions TINY = SynthOptions.builder().optModalities(EnumSet.of(Modality.MESH, Modality.PANORAMIC))
      .optMeshVoxels(1.0, 3.0, 2.0).optPreviewSize(64, 48).optPixelPitchMm(1.0).optPanoramicVoxelMm(1.5).build();
  static final long SEED = 0;
  static final SparkSession SPARK = LocalSpark.session();
  @TempDir
  static Path dir;
  static SynthJob.Result one;

  @BeforeAll
  static void referenceRun() {
    one = SynthJob.run(SPARK, new SynthJob.Options(3, SEED, 0, dir.resolve("p1").toString(), TINY, 1));
  }

  @Test
  void outputsAreIdenticalWhateverThePartitionCount() throws Exception {
    SynthJob.Result three = SynthJob.run(SPARK, new SynthJob.Options(3, SEED, 0, dir.resolve("p3").toString(), TINY,
        3));
    assertThat(one.complete()).isEqualTo(3);
    assertThat(three.generated()).isEqualTo(3);
    assertThat(hashes(dir.resolve("p3"))).isEqualTo(hashes(dir.resolve("p1")));
    assertThat(tree(dir.resolve("p3/cases"))).isEqualTo(tree(dir.resolve("p1/cases")));
    assertThat(Files.readString(dir.resolve("p3/summary.json"))).contains("\"partitions\" : 3");
    Row first = SPARK.read().parquet(dir.resolve("p1/manifest").toString()).orderBy("case_index").first();
    assertThat(first.<String>getAs("licence")).isEqualTo("CC0-1.0, synthetic");
    assertThat(first.<String>getAs("provenance")).isEqualTo("synthetic");
    assertThat(first.<String>getAs("findings_json")).contains("\"case_id\" : \"case-000000\"");
    assertThat(first.<String>getAs("report_text")).startsWith("GROUND-TRUTH REPORT case-000000");
  }

  @Test
  void aRerunAfterACrashSkipsCompleteCasesAndRedoesPartialOnes() throws Exception {
    Path crashed = dir.resolve("crashed");
    copy(dir.resolve("p1/cases"), crashed.resolve("cases"));
    // Case 1 died while being written: only its in-progress folder, with some of its files, is left.
    Path partial = crashed.resolve("cases/_inprogress-case-000001-dead");
    Files.move(crashed.resolve("cases/case-000001"), partial);
    Files.delete(partial.resolve("case.json"));
    Files.delete(partial.resolve("panoramic/panoramic.dcm"));
    // Case 2 is half there under its final name (as a non-atomic rename on an object store can leave it).
    try (Stream<Path> s = Files.list(crashed.resolve("cases/case-000002/mesh/teeth"))) {
      for (Path p : s.limit(5).toList()) {
        Files.delete(p);
      }
    }
    Files.write(crashed.resolve("cases/case-000002/report.txt"), new byte[] {'x'});

    SynthJob.Result r = SynthJob.run(SPARK, new SynthJob.Options(3, SEED, 0, crashed.toString(), TINY, 2));

    assertThat(r.existing()).isEqualTo(1);
    assertThat(r.generated()).isEqualTo(1);
    assertThat(r.regenerated()).isEqualTo(1);
    assertThat(r.errors()).isZero();
    List<Row> rows = SPARK.read().parquet(crashed.resolve("manifest").toString()).orderBy("case_index")
        .collectAsList();
    assertThat(rows).extracting(x -> x.<Long>getAs("case_index")).containsExactly(0L, 1L, 2L);
    assertThat(rows).extracting(x -> x.<String>getAs("origin")).containsExactly("existing", "generated",
        "regenerated");
    try (Stream<Path> s = Files.list(crashed.resolve("cases"))) {
      assertThat(s.map(p -> p.getFileName().toString()).sorted().toList())
          .containsExactly("case-000000", "case-000001", "case-000002");
    }
    assertThat(hashes(crashed)).isEqualTo(hashes(dir.resolve("p1")));
    assertThat(tree(crashed.resolve("cases"))).isEqualTo(tree(dir.resolve("p1/cases")));
  }

  @Test
  void aFailingCaseLandsInErrorsAndLeavesNoFolder() throws Exception {
    SynthOptions meshOnly = TINY.toBuilder().optModalities(EnumSet.of(Modality.MESH)).build();
    CaseWork failOnOne = (id, sink) -> {
      if (id.index() == 1) {
        sink.write("spec.json", new byte[] {'{'});
        throw new IllegalStateException("simulated failure of " + id.caseId());
      }
      return new CaseGenerator(meshOnly).generate(id, sink);
    };
    Path out = dir.resolve("errors");
    SynthJob.Result r = SynthJob.run(SPARK, new SynthJob.Options(3, 7, 0, out.toString(), meshOnly, 2), failOnOne);

    assertThat(r.complete()).isEqualTo(2);
    assertThat(r.errorsByReason()).isEqualTo(Map.of("GENERATION_FAILED", 1L));
    Row e = SPARK.read().parquet(out.resolve("errors").toString()).first();
    assertThat(e.<String>getAs("case_id")).isEqualTo("case-000001");
    assertThat(e.<String>getAs("message")).contains("simulated failure of case-000001");
    try (Stream<Path> s = Files.list(out.resolve("cases"))) {
      assertThat(s.map(p -> p.getFileName().toString()).sorted().toList())
          .containsExactly("case-000000", "case-000002");
    }
    // Another master seed into the same folder is refused case by case, and nothing is deleted.
    SynthJob.Result other = SynthJob.run(SPARK, new SynthJob.Options(1, 8, 0, out.toString(), meshOnly, 1));
    assertThat(other.errorsByReason()).isEqualTo(Map.of("CONFLICT", 1L));
    assertThat(out.resolve("cases/case-000000/case.json")).exists();
  }

  /** case index → the manifest's files column as text (path, size, SHA-256 of every file). */
  static Map<Long, String> hashes(Path out) {
    Map<Long, String> m = new TreeMap<>();
    for (Row r : SPARK.read().parquet(out.resolve("manifest").toString()).collectAsList()) {
      m.put(r.<Long>getAs("case_index"), r.getList(r.fieldIndex("files")).toString());
    }
    return m;
  }

  /** relative path → content, of every file under {@code root}. */
  static Map<String, String> tree(Path root) throws IOException {
    Map<String, String> m = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        m.put(root.relativize(p).toString(), org.radiomesh.synth.ChecksumSink.sha256(Files.readAllBytes(p)));
      }
    }
    return m;
  }

  static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t);
        }
      }
    }
  }
}
