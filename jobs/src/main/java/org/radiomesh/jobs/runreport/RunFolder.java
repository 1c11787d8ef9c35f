package org.radiomesh.jobs.runreport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.radiomesh.jobs.HadoopFiles;

/**
 * A pipeline run's output folder on any Hadoop file system, as the run report reads it: {@code DIR/summary.json} (the
 * pipeline's, optional), one folder per stage with its own {@code summary.json} and tables, and files under them.
 * Paths are qualified once, so {@code /x} and {@code file:/x} name the same run. Cost: one metadata call per question.
 */
final class RunFolder {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final long MAX_SUMMARY_BYTES = 16L << 20;
  private final String root;
  private final Configuration conf;

  private RunFolder(String root, Configuration conf) {
    this.root = root;
    this.conf = conf;
  }

  /**
   * The run folder at {@code dir}.
   *
   * @throws IOException when {@code dir} is not a folder (the message names it)
   */
  static RunFolder open(String dir, Configuration conf) throws IOException {
    Path p = new Path(dir);
    FileSystem fs = p.getFileSystem(conf);
    Path q = fs.makeQualified(p);
    if (!fs.exists(q) || !fs.getFileStatus(q).isDirectory()) {
      throw new IOException(q + ": no such run folder (expected the pipeline's output folder with summary.json and "
          + "stage folders such as ingest/, report/, model/, evaluate/)");
    }
    return new RunFolder(q.toString(), conf);
  }

  String root() {
    return root;
  }

  Configuration conf() {
    return conf;
  }

  /** {@code root/child/...}. */
  String resolve(String... parts) {
    String out = root;
    for (String part : parts) {
      out = HadoopFiles.resolve(out, part);
    }
    return out;
  }

  boolean exists(String... parts) throws IOException {
    return HadoopFiles.exists(resolve(parts), conf);
  }

  /**
   * The JSON at {@code parts} (e.g. {@code "evaluate", "summary.json"}), or null when there is no such file.
   *
   * @throws IOException when it cannot be read or is not JSON (the message names the file and the position)
   */
  JsonNode json(String... parts) throws IOException {
    String uri = resolve(parts);
    if (!HadoopFiles.exists(uri, conf)) {
      return null;
    }
    String text = new String(HadoopFiles.readAll(uri, conf, MAX_SUMMARY_BYTES), StandardCharsets.UTF_8);
    try {
      return JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IOException(uri + ": not valid JSON at line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage(), e);
    }
  }

  /** A Parquet table is there: the folder exists and holds a {@code _SUCCESS} marker or a part file. */
  boolean hasTable(String... parts) throws IOException {
    Path p = new Path(resolve(parts));
    FileSystem fs = p.getFileSystem(conf);
    if (!fs.exists(p) || !fs.getFileStatus(p).isDirectory()) {
      return false;
    }
    return fs.exists(new Path(p, "_SUCCESS")) || fs.listStatus(p, f -> f.getName().startsWith("part-")).length > 0
        || fs.listStatus(p, f -> f.getName().contains("=")).length > 0;
  }

  /** Files directly under {@code parts} whose names end with one of {@code suffixes} (case-insensitive), by name. */
  List<String> files(List<String> suffixes, String... parts) throws IOException {
    Path p = new Path(resolve(parts));
    FileSystem fs = p.getFileSystem(conf);
    List<String> out = new ArrayList<>();
    if (!fs.exists(p)) {
      return out;
    }
    FileStatus[] list = fs.listStatus(p);
    Arrays.sort(list, (a, b) -> a.getPath().getName().compareTo(b.getPath().getName()));
    for (FileStatus f : list) {
      String name = f.getPath().getName().toLowerCase(java.util.Locale.ROOT);
      if (f.isFile() && suffixes.stream().anyMatch(name::endsWith)) {
        out.add(f.getPath().toString());
      }
    }
    return out;
  }

  /** The bytes of a file anywhere (a path from a table), at most {@code maxBytes}. */
  byte[] read(String uri, long maxBytes) throws IOException {
    return HadoopFiles.readAll(uri, conf, maxBytes);
  }
}
