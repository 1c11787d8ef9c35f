package org.radiomesh.jobs.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The resolved stage settings of a pipeline run: every declared {@link ConfigKey} with its value (the default unless
 * the configuration file or a flag set it), validated against the key's type when built. Immutable. Typed getters
 * throw {@link IllegalArgumentException} for a key no stage declared. O(keys).
 */
public final class PipelineSettings {
  private final Map<String, ConfigKey> keys;
  private final Map<String, String> values;

  private PipelineSettings(Map<String, ConfigKey> keys, Map<String, String> values) {
    this.keys = Collections.unmodifiableMap(keys);
    this.values = Collections.unmodifiableMap(values);
  }

  /**
   * The settings of {@code declared} keys with {@code overrides} applied.
   *
   * @throws IllegalArgumentException for an override of an undeclared key (naming the known keys) or a value that
   *     does not parse as its key's type
   */
  public static PipelineSettings of(List<ConfigKey> declared, Map<String, String> overrides) {
    Map<String, ConfigKey> keys = new LinkedHashMap<>();
    Map<String, String> values = new TreeMap<>();
    for (ConfigKey k : declared) {
      if (keys.put(k.name(), k) != null) {
        throw new IllegalStateException("configuration key " + k.name() + " is declared twice");
      }
      values.put(k.name(), k.defaultValue());
    }
    for (Map.Entry<String, String> e : overrides.entrySet()) {
      ConfigKey k = keys.get(e.getKey());
      if (k == null) {
        throw new IllegalArgumentException("unknown configuration key '" + e.getKey() + "'; known keys: "
            + String.join(", ", new TreeMap<>(keys).keySet()));
      }
      k.validate(e.getValue());
      values.put(k.name(), e.getValue().trim());
    }
    return new PipelineSettings(keys, values);
  }

  /** Every key with its value, sorted by key (for summary.json). */
  public Map<String, String> asMap() {
    return values;
  }

  /** The declared keys by name. */
  public Map<String, ConfigKey> keys() {
    return keys;
  }

  public String text(String key) {
    return raw(key);
  }

  /** The value, or null when it is empty ("none"). */
  public String textOrNull(String key) {
    String v = raw(key);
    return v.isEmpty() ? null : v;
  }

  public long integer(String key) {
    return Long.parseLong(raw(key));
  }

  public double number(String key) {
    return Double.parseDouble(raw(key));
  }

  public boolean bool(String key) {
    return Boolean.parseBoolean(raw(key).toLowerCase(Locale.ROOT));
  }

  /** The items of a list value; empty when the value is empty. */
  public List<String> list(String key) {
    String v = raw(key);
    if (v.isEmpty()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    Arrays.stream(v.split(",")).map(String::trim).forEach(out::add);
    return List.copyOf(out);
  }

  /** The values of {@code keys} joined, for input fingerprints. */
  public String describe(List<ConfigKey> of) {
    StringBuilder sb = new StringBuilder();
    for (ConfigKey k : of) {
      sb.append(k.name()).append('=').append(raw(k.name())).append('\n');
    }
    return sb.toString();
  }

  private String raw(String key) {
    String v = values.get(key);
    if (v == null) {
      throw new IllegalArgumentException("no configuration key '" + key + "' is declared");
    }
    return v;
  }
}
