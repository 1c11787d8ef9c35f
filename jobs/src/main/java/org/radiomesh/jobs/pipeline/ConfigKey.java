package org.radiomesh.jobs.pipeline;

import java.util.Locale;

/**
 * One key of the pipeline configuration: its name ({@code report.batch-size}), its type, its default value as text
 * (empty for "none") and a one-line description. Stages declare the keys they read ({@link PipelineStage#keys()}), so
 * a stage plugged in later brings its own keys and the configuration file accepts them. O(1).
 *
 * @param name dotted, lower-case name; stage keys start with the stage's name and a dot
 * @param type how the value is parsed
 * @param defaultValue the value when neither the file nor a flag sets it, as text; "" for none
 * @param description one line for the documentation and {@code --help}
 */
public record ConfigKey(String name, Type type, String defaultValue, String description) {

  /** How a value is parsed; every parse failure is an {@link IllegalArgumentException} naming the key. */
  public enum Type {
    /** Any text. */
    TEXT,
    /** A whole number (Java {@code long}). */
    INTEGER,
    /** A decimal number. */
    NUMBER,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** A comma-separated list; blanks around items are dropped, empty items are not allowed. */
    LIST
  }

  public ConfigKey {
    if (name == null || !name.matches("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)*")) {
      throw new IllegalArgumentException("bad configuration key name '" + name + "'");
    }
    if (type == null || defaultValue == null || description == null) {
      throw new IllegalArgumentException("key " + name + ": type, default and description are required");
    }
  }

  /** Checks that {@code value} parses as this key's type; throws {@link IllegalArgumentException} if not. */
  public void validate(String value) {
    String v = value.trim();
    try {
      switch (type) {
        case INTEGER -> Long.parseLong(v);
        case NUMBER -> {
          double d = Double.parseDouble(v);
          if (!Double.isFinite(d)) {
            throw new NumberFormatException("not finite");
          }
        }
        case BOOLEAN -> {
          String b = v.toLowerCase(Locale.ROOT);
          if (!b.equals("true") && !b.equals("false")) {
            throw new IllegalArgumentException("expected true or false");
          }
        }
        case LIST -> {
          if (!v.isEmpty()) {
            for (String item : v.split(",", -1)) {
              if (item.isBlank()) {
                throw new IllegalArgumentException("empty item in a comma-separated list");
              }
            }
          }
        }
        case TEXT -> { }
        default -> throw new IllegalStateException("unknown type " + type);
      }
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(name + " = '" + value + "': expected " + describeType() + " ("
          + e.getMessage() + ")", e);
    }
  }

  /** The type in words, for messages and documentation. */
  public String describeType() {
    return switch (type) {
      case TEXT -> "text";
      case INTEGER -> "a whole number";
      case NUMBER -> "a number";
      case BOOLEAN -> "true or false";
      case LIST -> "a comma-separated list";
    };
  }
}
