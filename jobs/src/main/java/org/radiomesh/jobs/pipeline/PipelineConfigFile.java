package org.radiomesh.jobs.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads a pipeline configuration file ({@code conf/pipeline.conf} is the commented example): Java-properties-style
 * lines {@code key = value} (or {@code key: value}), {@code #} or {@code !} comments, blank lines; no continuation
 * lines and no escapes, so what is written is what is read. Keys are those of {@link PipelineOptions#CORE_KEYS} and of
 * the available stages. An unknown key, a repeated key, a line without {@code =} or a value that does not parse as its
 * key's type is an {@link IllegalArgumentException} naming the file, the line number and the key. O(lines).
 */
public final class PipelineConfigFile {
  private PipelineConfigFile() {}

  /** The key/value pairs of {@code file}, in file order, checked against {@code known}. */
  public static Map<String, String> read(Path file, Collection<ConfigKey> known) throws IOException {
    return parse(file.toString(), Files.readAllLines(file, StandardCharsets.UTF_8), known);
  }

  /** As {@link #read}, on lines already read; {@code name} names the source in messages. */
  public static Map<String, String> parse(String name, List<String> lines, Collection<ConfigKey> known) {
    Map<String, ConfigKey> keys = new HashMap<>();
    known.forEach(k -> keys.put(k.name(), k));
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, Integer> lineOf = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      int number = i + 1;
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
        continue;
      }
      int eq = separator(line);
      if (eq <= 0) {
        throw new IllegalArgumentException(name + " line " + number + ": expected 'key = value', got '" + line + "'");
      }
      String key = line.substring(0, eq).strip();
      String value = line.substring(eq + 1).strip();
      ConfigKey k = keys.get(key);
      if (k == null) {
        throw new IllegalArgumentException(name + " line " + number + ": unknown key '" + key + "'; known keys: "
            + String.join(", ", new TreeSet<>(keys.keySet())));
      }
      Integer earlier = lineOf.put(key, number);
      if (earlier != null) {
        throw new IllegalArgumentException(name + " line " + number + ": key '" + key + "' was already set on line "
            + earlier);
      }
      try {
        k.validate(value);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(name + " line " + number + ": " + e.getMessage(), e);
      }
      values.put(key, value);
    }
    return values;
  }

  private static int separator(String line) {
    int eq = line.indexOf('=');
    int colon = line.indexOf(':');
    if (eq < 0) {
      return colon;
    }
    return colon < 0 ? eq : Math.min(eq, colon);
  }
}
