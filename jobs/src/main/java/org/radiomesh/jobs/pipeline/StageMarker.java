package org.radiomesh.jobs.pipeline;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.radiomesh.jobs.HadoopFiles;

/**
 * The {@code OUT/STAGE/_STAGE_DONE} marker: written after the stage's own table commit, deleted before the stage
 * starts again, so its presence means the stage's tables are complete for the inputs whose fingerprint it holds. JSON:
 * {@code stage}, {@code fingerprint}, {@code finished} (ISO instant), {@code seconds}, {@code result}
 * ({@link StageResult#toMap()}). Written to a temporary name and renamed, so a reader never sees half of it. O(1).
 *
 * @param stage the stage's name
 * @param fingerprint the input fingerprint the stage ran on ({@link InputFingerprint})
 * @param finished when the stage finished
 * @param seconds how long it ran
 * @param result its counts
 */
public record StageMarker(String stage, String fingerprint, String finished, double seconds, StageResult result) {
  /** The marker's file name. */
  public static final String FILE = "_STAGE_DONE";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** The marker of the stage whose folder is {@code dir}, or null when there is none. */
  public static StageMarker read(String dir, Configuration conf) throws IOException {
    String file = HadoopFiles.resolve(dir, FILE);
    byte[] bytes;
    try {
      bytes = HadoopFiles.readAll(file, conf, 1 << 20);
    } catch (FileNotFoundException e) {
      return null;
    }
    Map<String, Object> m;
    try {
      m = JSON.readValue(bytes, new TypeReference<Map<String, Object>>() { });
    } catch (IOException e) {
      throw new IOException(file + ": not a stage marker (" + e.getMessage() + "); delete it to rerun the stage", e);
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> result = (Map<String, Object>) m.get("result");
    Object seconds = m.get("seconds");
    if (result == null || !(seconds instanceof Number s)) {
      throw new IOException(file + ": stage marker without result or seconds; delete it to rerun the stage");
    }
    return new StageMarker((String) m.get("stage"), (String) m.get("fingerprint"), (String) m.get("finished"),
        s.doubleValue(), StageResult.fromMap(result));
  }

  /** Writes this marker into {@code dir}, atomically (temporary file, then rename). */
  public void write(String dir, Configuration conf) throws IOException {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("stage", stage);
    m.put("fingerprint", fingerprint);
    m.put("finished", finished);
    m.put("seconds", seconds);
    m.put("result", result.toMap());
    Path target = new Path(HadoopFiles.resolve(dir, FILE));
    Path tmp = new Path(HadoopFiles.resolve(dir, "_" + FILE + ".tmp"));
    HadoopFiles.write(tmp.toString(), JSON.writeValueAsString(m).getBytes(StandardCharsets.UTF_8), conf);
    FileSystem fs = target.getFileSystem(conf);
    if (fs.exists(target) && !fs.delete(target, false)) {
      throw new IOException("cannot replace " + target);
    }
    if (!fs.rename(tmp, target)) {
      throw new IOException("cannot rename " + tmp + " to " + target);
    }
  }

  /** A marker for a stage that finished now. */
  public static StageMarker now(String stage, String fingerprint, double seconds, StageResult result) {
    return new StageMarker(stage, fingerprint, Instant.now().toString(), seconds, result);
  }

  /** Deletes the marker in {@code dir}, if any (before the stage runs again). */
  public static void delete(String dir, Configuration conf) throws IOException {
    Path target = new Path(HadoopFiles.resolve(dir, FILE));
    FileSystem fs = target.getFileSystem(conf);
    if (fs.exists(target) && !fs.delete(target, false)) {
      throw new IOException("cannot delete " + target);
    }
  }
}
