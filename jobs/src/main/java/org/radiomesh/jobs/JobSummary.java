package org.radiomesh.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;

/**
 * A job's {@code summary.json}: counts in and out, errors by reason, timings, and whether the job's invariants held.
 * Keys keep insertion order so the file reads top-down like the job ran.
 */
public final class JobSummary {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private final Map<String, Object> values = new LinkedHashMap<>();

  public JobSummary(String job) {
    values.put("job", job);
    values.put("started", Instant.now().toString());
  }

  /** Sets {@code key} (replacing an earlier value) and returns this. */
  public JobSummary put(String key, Object value) {
    values.put(key, value);
    return this;
  }

  public Object get(String key) {
    return values.get(key);
  }

  public Map<String, Object> asMap() {
    return java.util.Collections.unmodifiableMap(values);
  }

  public String toJson() {
    try {
      return JSON.writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("summary is not serialisable: " + e.getMessage(), e);
    }
  }

  /** Writes {@code outDir/summary.json} on any Hadoop file system. */
  public void write(String outDir, Configuration conf) {
    values.put("finished", Instant.now().toString());
    try {
      HadoopFiles.writeString(HadoopFiles.resolve(outDir, "summary.json"), toJson() + "\n", conf);
    } catch (IOException e) {
      throw new UncheckedIOException("writing summary.json under " + outDir, e);
    }
  }
}
