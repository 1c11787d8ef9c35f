package org.radiomesh.jobs.synth;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.sql.Row;
import org.apache.spark.util.SerializableConfiguration;
import org.radiomesh.synth.CaseFile;
import org.radiomesh.synth.CaseIdentity;
import org.radiomesh.synth.CaseRecord;
import org.radiomesh.synth.StableJson;

/**
 * Makes the cases of one partition on an executor, resumably. For case i, with {@code D = CASES/case-00000i}:
 *
 * <ol>
 *   <li>If D exists and is complete (its {@code case.json} parses, belongs to this case and master seed, and lists
 *       exactly the files present with their sizes), the case is read back, not regenerated (origin "existing").</li>
 *   <li>Otherwise an incomplete D (left by a non-atomic rename on an object store, or damaged) is deleted and the
 *       case regenerated (origin "regenerated"); a missing D is generated (origin "generated").</li>
 *   <li>Generation writes into {@code CASES/_inprogress-case-00000i-UUID}, unique to this attempt, then renames it to
 *       D without overwriting (atomic on HDFS and local file systems). If another attempt got there first, this one's
 *       folder is deleted and the winner's read back. Leftover {@code _inprogress-*} folders of dead attempts are
 *       swept by the driver at the end of the job.</li>
 * </ol>
 *
 * Every case yields exactly one outcome row, ok or error ({@link ManifestRows}); no exception escapes for a bad case.
 * Cost: the generator's, plus a listing and four small reads for a complete case.
 */
final class CaseTask implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String IN_PROGRESS = "_inprogress-";

  private final String casesDir;
  private final long masterSeed;
  private final CaseWork work;
  private final SerializableConfiguration conf;

  /** @param casesDir fully qualified URI of the {@code cases} folder */
  CaseTask(String casesDir, long masterSeed, CaseWork work, Configuration conf) {
    this.casesDir = casesDir;
    this.masterSeed = masterSeed;
    this.work = work;
    this.conf = new SerializableConfiguration(conf);
  }

  /** The outcome rows of the cases whose indices {@code indices} yields, in order. */
  Iterator<Row> run(Iterator<Long> indices) {
    List<Row> out = new ArrayList<>();
    while (indices.hasNext()) {
      out.add(process(indices.next()));
    }
    return out.iterator();
  }

  /** The outcome row of case {@code index}. */
  Row process(long index) {
    CaseIdentity id = CaseIdentity.of(masterSeed, index);
    Path dir = new Path(casesDir, id.caseId());
    Configuration c = conf.value();
    String origin = "generated";
    FileSystem fs;
    try {
      fs = HadoopCaseSink.fileSystem(dir, c);
      if (fs.exists(dir)) {
        Optional<CaseRecord> done = readComplete(fs, dir, id);
        if (done.isPresent()) {
          return ManifestRows.ok(done.get(), "existing", dir.toString());
        }
        if (!fs.delete(dir, true)) {
          return ManifestRows.error(id, SynthErrorReason.WRITE_FAILED, "cannot delete incomplete case " + dir);
        }
        origin = "regenerated";
      }
    } catch (Conflict e) {
      return ManifestRows.error(id, SynthErrorReason.CONFLICT, e.getMessage());
    } catch (IOException e) {
      return ManifestRows.error(id, SynthErrorReason.READ_FAILED, "checking " + dir + ": " + describe(e));
    }
    Path tmp = new Path(casesDir, IN_PROGRESS + id.caseId() + "-" + UUID.randomUUID());
    CaseRecord record;
    try {
      record = work.generate(id, new HadoopCaseSink(tmp, c));
    } catch (IOException e) {
      return ManifestRows.error(id, SynthErrorReason.WRITE_FAILED, describe(e) + cleanup(fs, tmp));
    } catch (RuntimeException e) {
      return ManifestRows.error(id, SynthErrorReason.GENERATION_FAILED, describe(e) + cleanup(fs, tmp));
    }
    try {
      FileContext.getFileContext(dir.toUri(), c).rename(tmp, dir);
      return ManifestRows.ok(record, origin, dir.toString());
    } catch (FileAlreadyExistsException e) {
      String cleaned = cleanup(fs, tmp);
      try {
        Optional<CaseRecord> winner = readComplete(fs, dir, id);
        if (winner.isPresent() && cleaned.isEmpty()) {
          return ManifestRows.ok(winner.get(), "existing", dir.toString());
        }
        return ManifestRows.error(id, SynthErrorReason.WRITE_FAILED, "another attempt wrote " + dir
            + (winner.isPresent() ? "" : " but it is incomplete") + cleaned);
      } catch (Conflict r) {
        return ManifestRows.error(id, SynthErrorReason.CONFLICT, r.getMessage() + cleaned);
      } catch (IOException r) {
        return ManifestRows.error(id, SynthErrorReason.READ_FAILED, "reading " + dir + ": " + describe(r) + cleaned);
      }
    } catch (IOException | RuntimeException e) {
      return ManifestRows.error(id, SynthErrorReason.WRITE_FAILED, "renaming " + tmp + " to " + dir + ": "
          + describe(e) + cleanup(fs, tmp));
    }
  }

  /**
   * The record of a complete case folder, or empty when the folder is incomplete: no or malformed {@code case.json},
   * or files missing, extra or of another size than it lists.
   *
   * @throws Conflict when the folder holds a case of another master seed (never deleted)
   * @throws IOException when the folder cannot be listed or read
   */
  static Optional<CaseRecord> readComplete(FileSystem fs, Path dir, CaseIdentity id) throws IOException {
    Map<String, Long> present = new TreeMap<>();
    String prefix = fs.makeQualified(dir).toUri().getPath() + "/";
    RemoteIterator<LocatedFileStatus> it = fs.listFiles(dir, true);
    while (it.hasNext()) {
      LocatedFileStatus s = it.next();
      present.put(s.getPath().toUri().getPath().substring(prefix.length()), s.getLen());
    }
    for (String needed : List.of(CaseRecord.CASE_JSON, "parameters.json", "findings.json", "report.txt")) {
      if (!present.containsKey(needed)) {
        return Optional.empty();
      }
    }
    byte[] caseJson = read(fs, dir, CaseRecord.CASE_JSON);
    byte[] parameters = read(fs, dir, "parameters.json");
    byte[] findings = read(fs, dir, "findings.json");
    byte[] report = read(fs, dir, "report.txt");
    JsonNode head;
    try {
      head = StableJson.mapper().readTree(caseJson);
    } catch (IOException malformed) {
      return Optional.empty();
    }
    if (head != null && head.has("master_seed") && head.has("seed")
        && (head.get("master_seed").asLong() != id.masterSeed() || head.get("seed").asLong() != id.seed())) {
      throw new Conflict(dir + " holds case " + head.path("case_id").asText() + " of master seed "
          + head.get("master_seed").asLong() + ", not of master seed " + id.masterSeed()
          + ": use another --out, or the same --seed to resume that run");
    }
    CaseRecord r;
    try {
      r = CaseRecord.read(id, dir.toString(), caseJson, parameters, findings, report);
    } catch (IOException malformed) {
      // The bytes were read; a case.json that does not parse (a half-copied one) marks an incomplete folder.
      return Optional.empty();
    }
    Map<String, Long> listed = new TreeMap<>();
    for (CaseFile f : r.files()) {
      listed.put(f.path(), f.bytes());
    }
    return listed.equals(present) ? Optional.of(r) : Optional.empty();
  }

  private static byte[] read(FileSystem fs, Path dir, String name) throws IOException {
    try (InputStream in = fs.open(new Path(dir, name))) {
      return in.readAllBytes();
    }
  }

  /** Deletes an attempt's folder; "" when done, else a note for the error message (never silently dropped). */
  private static String cleanup(FileSystem fs, Path tmp) {
    try {
      if (fs != null && fs.exists(tmp) && !fs.delete(tmp, true)) {
        return "; also could not delete " + tmp;
      }
      return "";
    } catch (IOException e) {
      return "; also could not delete " + tmp + ": " + e.getMessage();
    }
  }

  /** A case folder of another run (another master seed) stands where this run's case should go. */
  static final class Conflict extends IOException {
    private static final long serialVersionUID = 1L;

    Conflict(String message) {
      super(message);
    }
  }

  private static String describe(Throwable e) {
    StringBuilder sb = new StringBuilder(e.toString());
    for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
      sb.append(" <- ").append(c);
    }
    return sb.toString();
  }
}
