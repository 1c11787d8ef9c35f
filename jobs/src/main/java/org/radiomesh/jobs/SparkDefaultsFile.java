package org.radiomesh.jobs;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses Spark's {@code spark-defaults.conf} format: one "key value" (or "key=value") per line, whitespace-separated,
 * {@code #} comments and blank lines skipped. Keys must start with {@code spark.}.
 */
public final class SparkDefaultsFile {
  private SparkDefaultsFile() {}

  /**
   * The settings in {@code lines}, in file order.
   *
   * @throws IllegalArgumentException naming the file and line when a line has no value or a key not starting with
   *     "spark."
   */
  public static Map<String, String> parse(Path source, List<String> lines) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int cut = 0;
      while (cut < line.length() && !Character.isWhitespace(line.charAt(cut)) && line.charAt(cut) != '=') {
        cut++;
      }
      String key = line.substring(0, cut);
      String value = line.substring(cut).strip();
      if (value.startsWith("=")) {
        value = value.substring(1).strip();
      }
      if (!key.startsWith("spark.") || value.isEmpty()) {
        throw new IllegalArgumentException(source + ":" + (i + 1) + ": expected 'spark.<key> <value>', found '"
            + line + "'");
      }
      out.put(key, value);
    }
    return out;
  }
}
