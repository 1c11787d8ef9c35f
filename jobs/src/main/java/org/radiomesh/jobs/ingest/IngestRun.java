package org.radiomesh.jobs.ingest;

import java.io.IOException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.radiomesh.jobs.TaskFaults;

/**
 * One ingest run's staging folder and its commit, which makes a run count entirely or not at all.
 *
 * <p>A run writes its new rows under {@code OUT/_staging/ingest-RUN/{catalog,quarantine}}. To commit it writes the
 * marker {@code _READY} there, then renames each table folder to {@code OUT/catalog/run_id=RUN} and
 * {@code OUT/quarantine/run_id=RUN} (one folder rename each, atomic on HDFS and local disks) and deletes the staging
 * folder. {@link #recover} runs before every ingest: a staging folder with {@code _READY} belongs to a run that died
 * during its commit and is rolled forward (its remaining renames done); one without belongs to a run that died before
 * committing and is deleted. So a dead run leaves either all of its rows or none, and a rerun never duplicates them.
 */
final class IngestRun {
  private static final Logger LOG = LogManager.getLogger(IngestRun.class);
  static final String STAGING = "_staging";
  static final String PREFIX = "ingest-";
  static final String READY = "_READY";
  static final List<String> TABLES = List.of("catalog", "quarantine");
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

  private final Path out;
  private final String runId;
  private final FileSystem fs;

  private IngestRun(Path out, String runId, FileSystem fs) {
    this.out = out;
    this.runId = runId;
    this.fs = fs;
  }

  /** A new run under {@code outDir} with an id that sorts by start time ({@code 20250101T120000Z-1a2b3c4d}). */
  static IngestRun start(String outDir, Configuration conf) throws IOException {
    Path out = new Path(outDir);
    FileSystem fs = out.getFileSystem(conf);
    String id = ZonedDateTime.now(ZoneOffset.UTC).format(STAMP) + "-" + UUID.randomUUID().toString().substring(0, 8);
    return new IngestRun(fs.makeQualified(out), id, fs);
  }

  String runId() {
    return runId;
  }

  /** Where this run writes {@code table} before the commit. */
  String stagingTable(String table) {
    return new Path(stagingDir(out, runId), table).toString();
  }

  /** The committed table folder, {@code OUT/table}. */
  String table(String table) {
    return new Path(out, table).toString();
  }

  /** Marks the run complete and moves its tables into place. */
  void commit() throws IOException {
    Path staging = stagingDir(out, runId);
    fs.mkdirs(staging);
    fs.create(new Path(staging, READY), true).close();
    rollForward(fs, out, runId);
    Path root = new Path(out, STAGING);
    if (fs.exists(root) && fs.listStatus(root).length == 0) {
      fs.delete(root, false);
    }
  }

  /**
   * Finishes the commits of runs that died after {@code _READY}, deletes the staging of runs that died before it.
   *
   * @return the ids of the runs rolled forward
   */
  static List<String> recover(String outDir, Configuration conf) throws IOException {
    Path out = new Path(outDir);
    FileSystem fs = out.getFileSystem(conf);
    out = fs.makeQualified(out);
    Path root = new Path(out, STAGING);
    List<String> rolled = new ArrayList<>();
    if (!fs.exists(root)) {
      return rolled;
    }
    for (FileStatus st : fs.listStatus(root)) {
      String name = st.getPath().getName();
      if (!st.isDirectory() || !name.startsWith(PREFIX)) {
        continue;
      }
      String id = name.substring(PREFIX.length());
      if (fs.exists(new Path(st.getPath(), READY))) {
        LOG.warn("ingest run {} died while committing: finishing its commit", id);
        rollForward(fs, out, id);
        rolled.add(id);
      } else {
        LOG.warn("ingest run {} died before committing: discarding its staged rows", id);
        fs.delete(st.getPath(), true);
      }
    }
    if (fs.exists(root) && fs.listStatus(root).length == 0) {
      fs.delete(root, false);
    }
    return rolled;
  }

  private static void rollForward(FileSystem fs, Path out, String runId) throws IOException {
    Path staging = stagingDir(out, runId);
    for (String table : TABLES) {
      Path src = new Path(staging, table);
      Path dst = new Path(new Path(out, table), "run_id=" + runId);
      if (!fs.exists(src)) {
        continue;
      }
      if (fs.exists(dst)) {
        throw new IOException("cannot commit ingest run " + runId + ": " + dst + " exists already");
      }
      fs.mkdirs(dst.getParent());
      if (!fs.rename(src, dst)) {
        throw new IOException("cannot rename " + src + " to " + dst);
      }
      // Kill tests stop the JVM here, between the two renames (TaskFaults; inert unless radiomesh.test.hold.ingest).
      TaskFaults.holdAt(IngestJob.NAME, "commit");
    }
    fs.delete(staging, true);
  }

  private static Path stagingDir(Path out, String runId) {
    return new Path(new Path(out, STAGING), PREFIX + runId);
  }
}
