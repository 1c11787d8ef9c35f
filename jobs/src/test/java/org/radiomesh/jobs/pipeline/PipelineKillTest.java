package org.radiomesh.jobs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radiomesh.dicom.DeidOptions;
import org.radiomesh.jobs.LocalSpark;
import org.radiomesh.jobs.TaskFaults;
import org.radiomesh.jobs.pipeline.PipelineResult.State;
import org.radiomesh.jobs.pipeline.PipelineResult.Status;
import org.radiomesh.jobs.report.ReportFixtures;

/**
 * The pipeline killed for real: a child JVM runs {@code radiomesh pipeline} (ingest, report) and is stopped with
 * SIGKILL at a known point in the middle of a stage, twice, and an in-process rerun on the same output folder must end
 * with every table equal to that of a clean run, no row twice, the killed stage run again and the stage before it
 * unchanged.
 *
 * <p>The kill points are reached without sleeping: the child runs with a {@link TaskFaults} hold property, so the
 * thread that reaches the point prints {@link TaskFaults#HELD} on stderr and blocks for good; the test reads the
 * child's output line by line until that line (failing after {@link #HOLD_TIMEOUT}), kills the child, waits for it and
 * checks the partial state on disk. (1) The ingest commit between its two renames: the catalog moved in place, the
 * quarantine still staged, no stage marker. (2) A second child on the same folder rolls that commit forward (no file
 * cataloged again, the rows of the first child's run only) and is killed in the report stage, in partition 1 of 3 once
 * it has produced its reports: ingest committed and marked, nothing of the report committed. The rerun then skips
 * ingest and redoes the report.
 *
 * <p>The child gets this JVM's test class path (surefire's {@code surefire.test.class.path}: surefire may start this
 * JVM from a manifest-only jar, whose {@code java.class.path} is that jar alone), the add-opens options on this JVM's
 * command line (the root pom's {@code spark.java.opens}), conf/ and the C1 JIT as {@code bin/radiomesh} gives them
 * (plus the serial collector and two shuffle partitions, which cut its start-up CPU by a fifth on 2 cores), and the
 * settings of {@link PipelineFixtures#options} (SR and JSON-lines copies off, to save time) as a configuration file.
 * Cost: two child pipelines up to their hold points, a clean run (during the first child's start-up) and a rerun
 * in-process, on the small fixture archive.
 */
class PipelineKillTest {
  private static final Duration HOLD_TIMEOUT = Duration.ofMinutes(4);
  private static final Path CONF = Path.of("..", "conf").toAbsolutePath().normalize();
  private static final List<String> STAGES = List.of("ingest", "report");
  /** What the reader thread queues when the child's output ends. */
  private static final String END = "\u0000end of output";
  private static final SparkSession SPARK = LocalSpark.session();
  private static final PrintStream QUIET = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

  @TempDir
  Path work;
  Path archive;
  Path model;

  private PipelineOptions.Builder options(Path out) {
    return PipelineFixtures.options(archive, out.toUri().toString(), model, STAGES.toArray(String[]::new))
        .set("report.sr", "false").set("report.jsonl", "false");
  }

  @Test
  void aPipelineKilledInTheIngestCommitAndThenInTheReportStageEndsWithTheTablesOfACleanRun() throws Exception {
    archive = work.resolve("archive");
    PipelineFixtures.archive(archive);
    model = ReportFixtures.model(work.resolve("model"));
    Path out = work.resolve("killed");
    PipelineResult cleanRun;
    Map<String, List<String>> clean;
    try (ChildPipeline first = start(out, "ingest", "commit")) {
      // The clean run overlaps the child's start-up.
      cleanRun = PipelineJob.run(SPARK, options(work.resolve("clean")).build(), QUIET);
      assertThat(cleanRun.status()).isEqualTo(Status.OK);
      clean = PipelineFixtures.tables(SPARK, work.resolve("clean"));
      assertThat(clean.get("ingest/catalog")).isNotEmpty();
      assertThat(clean.get("ingest/quarantine")).isNotEmpty();
      assertThat(clean.get("report/reports")).isNotEmpty();
      assertThat(first.killAtHoldPoint()).endsWith("ingest commit");
    }
    List<Path> staged = children(out.resolve("ingest/_staging"));
    assertThat(staged).hasSize(1);
    String runId = staged.get(0).getFileName().toString().replaceFirst("^ingest-", "");
    assertThat(staged.get(0).resolve("_READY")).exists();
    assertThat(staged.get(0).resolve("quarantine")).isDirectory();
    assertThat(children(out.resolve("ingest/catalog"))).extracting(p -> p.getFileName().toString())
        .containsExactly("run_id=" + runId);
    assertThat(out.resolve("ingest/quarantine")).doesNotExist();
    assertThat(out.resolve("ingest/" + StageMarker.FILE)).doesNotExist();
    assertThat(out.resolve("report")).doesNotExist();

    try (ChildPipeline second = start(out, "report", "1")) {
      assertThat(second.killAtHoldPoint()).endsWith("report partition 1 after its last row");
    }
    assertThat(out.resolve("ingest/_staging")).doesNotExist();
    assertThat(out.resolve("ingest/" + StageMarker.FILE)).exists();
    assertThat(out.resolve("report/" + StageMarker.FILE)).doesNotExist();
    assertThat(out.resolve("report/reports")).doesNotExist();
    assertThat(out.resolve("summary.json")).doesNotExist();

    PipelineResult rerun = PipelineJob.run(SPARK, options(out).build(), QUIET);
    assertThat(rerun.status()).isEqualTo(Status.OK);
    assertThat(rerun.stages()).extracting(PipelineResult.StageRun::state).containsExactly(State.UNCHANGED, State.RAN);
    StageResult ingest = rerun.stages().get(0).result();
    assertThat(ingest.inputs()).isEqualTo(cleanRun.stages().get(0).result().inputs());
    assertThat(ingest.skipped()).as("files committed by the first child, rolled forward by the second")
        .isEqualTo(ingest.inputs());
    assertThat(ingest.outputs()).isZero();
    assertThat(ingest.errors()).isZero();
    for (String table : List.of("catalog", "quarantine")) {
      List<Row> runs = SPARK.read().parquet(out.resolve("ingest/" + table).toUri().toString())
          .select("run_id").distinct().collectAsList();
      assertThat(runs).extracting(r -> r.getString(0)).as("run ids in %s", table).containsExactly(runId);
    }
    StageResult report = rerun.stages().get(1).result();
    StageResult cleanReport = cleanRun.stages().get(1).result();
    assertThat(report.skipped()).isZero();
    assertThat(report.inputs()).isEqualTo(cleanReport.inputs());
    assertThat(report.outputs()).isEqualTo(cleanReport.outputs());

    Map<String, List<String>> tables = PipelineFixtures.tables(SPARK, out);
    assertThat(tables).isEqualTo(clean);
    tables.forEach((name, rows) -> assertThat(rows).as(name).doesNotHaveDuplicates());
    try (Stream<Path> files = Files.walk(out)) {
      assertThat(files.filter(p -> p.getFileName().toString().equals("_staging"))).as("staging left behind")
          .isEmpty();
    }
  }

  private static List<Path> children(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isDirectory).sorted().toList();
    }
  }

  /** Starts the pipeline into {@code out} in a child JVM with {@code radiomesh.test.hold.JOB=point}. */
  private ChildPipeline start(Path out, String job, String point) throws IOException {
    Path config = work.resolve(job + "-" + point + ".conf");
    List<String> lines = new ArrayList<>();
    options(out).build().settings().asMap().forEach((k, v) -> lines.add(k + " = " + v));
    Files.write(config, lines);
    Path tmp = Files.createDirectories(work.resolve("tmp-" + job + "-" + point));
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(addOpens());
    cmd.addAll(List.of("-Xmx1g", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dai.djl.offline=true",
        "-Dai.djl.pytorch.num_threads=1", "-Dai.djl.pytorch.num_interop_threads=1", "-Djava.io.tmpdir=" + tmp,
        "-Dradiomesh.conf.dir=" + CONF, "-Dlog4j.configurationFile=" + CONF.resolve("log4j2.xml"),
        "-D" + TaskFaults.HOLD_PREFIX + job + "=" + point, "-cp", testClassPath(), "org.radiomesh.cli.Radiomesh",
        "pipeline", "--input", archive.toUri().toString(), "--out", out.toUri().toString(),
        "--stages", String.join(",", STAGES), "--config", config.toString(), "--master", "local[2]",
        "--conf", "spark.local.dir=" + tmp, "--conf", "spark.sql.shuffle.partitions=2",
        "--conf", "spark.driver.host=127.0.0.1"));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    pb.environment().put(DeidOptions.KEY_ENVIRONMENT_VARIABLE,
        new String(PipelineFixtures.KEY, StandardCharsets.UTF_8));
    return new ChildPipeline(pb.start());
  }

  /** A pipeline in a child JVM whose output a daemon thread queues line by line; closing it kills it. */
  private static final class ChildPipeline implements AutoCloseable {
    private final Process process;
    private final BlockingQueue<String> output;

    ChildPipeline(Process process) {
      this.process = process;
      this.output = follow(process);
    }

    /**
     * Waits for the hold line (at most {@link #HOLD_TIMEOUT}), kills the child with SIGKILL and waits for it to end;
     * returns the hold line from {@link TaskFaults#HELD} on. Fails with the child's output if the child ends or the
     * time runs out first.
     */
    String killAtHoldPoint() throws InterruptedException {
      StringBuilder seen = new StringBuilder();
      long deadline = System.nanoTime() + HOLD_TIMEOUT.toNanos();
      while (true) {
        String line = output.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
        if (line == null || line.equals(END)) {
          String why = line == null ? "reached no hold point in " + HOLD_TIMEOUT.toSeconds() + " s"
              : "ended (exit code " + process.waitFor() + ") without reaching its hold point";
          throw new AssertionError("the child pipeline " + why + "; its output:\n" + seen);
        }
        seen.append(line).append('\n');
        int at = line.indexOf(TaskFaults.HELD);
        if (at >= 0) {
          process.destroyForcibly();
          assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the killed child has ended").isTrue();
          assertThat(process.exitValue()).as("exit code of a JVM ended by SIGKILL").isEqualTo(128 + 9);
          return line.substring(at).strip();
        }
      }
    }

    /** Kills the child if it still runs, so that a failing test leaves no JVM behind. */
    @Override
    public void close() throws InterruptedException {
      process.destroyForcibly();
      process.waitFor(60, TimeUnit.SECONDS);
    }
  }

  /** A daemon thread that queues the child's output lines, then {@link #END}; it ends with the child's output. */
  private static BlockingQueue<String> follow(Process child) {
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(),
          StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          lines.add(line);
        }
      } catch (IOException e) {
        lines.add("reading the child's output failed: " + e);
      } finally {
        lines.add(END);
      }
    }, "child-pipeline-output");
    reader.setDaemon(true);
    reader.start();
    return lines;
  }

  /** The add-opens options of this JVM's command line: surefire's argLine carries the root pom's spark.java.opens. */
  private static List<String> addOpens() {
    List<String> opens = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(a -> a.startsWith("--add-opens") || a.startsWith("--add-exports")
            || a.equals("-XX:+IgnoreUnrecognizedVMOptions") || a.startsWith("-Djdk.reflect.")
            || a.startsWith("-Dio.netty."))
        .toList();
    assertThat(opens).as("add-opens options on this JVM's command line (run through Maven, whose surefire argLine "
        + "carries ${spark.java.opens})").anyMatch(a -> a.startsWith("--add-opens"));
    return opens;
  }

  /** The test class path: surefire's property when it started this JVM from a manifest-only jar. */
  private static String testClassPath() {
    String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    assertThat(cp.split(java.io.File.pathSeparator)).as("test class path")
        .anyMatch(e -> e.endsWith("jobs/target/classes") || e.endsWith("jobs/target/classes/"));
    return cp;
  }
}
