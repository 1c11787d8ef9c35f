package org.radiomesh.model.findings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.radiomesh.model.ModelFormatException;

/**
 * Decision thresholds of a findings model, one per condition of {@link FindingsLabels#CONDITIONS}: a condition is
 * reported on a tooth when its sigmoid output is at least the threshold. Stored in a model directory as
 * {@code thresholds.json}, {@code {"missing": 0.45, "implant": 0.5, ...}} (the manifest's {@code files.thresholds});
 * chosen on the validation split by the trainer. Immutable. O(conditions).
 */
public final class FindingsThresholds {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final double[] values;

  private FindingsThresholds(double[] values) {
    this.values = values;
  }

  /** Thresholds in {@link FindingsLabels#CONDITIONS} order, each in (0, 1). */
  public static FindingsThresholds of(double... values) {
    if (values.length != FindingsLabels.CONDITIONS.size()) {
      throw new IllegalArgumentException(values.length + " thresholds, expected " + FindingsLabels.CONDITIONS.size());
    }
    for (int i = 0; i < values.length; i++) {
      if (!(values[i] > 0 && values[i] < 1)) {
        throw new IllegalArgumentException("threshold of " + FindingsLabels.CONDITIONS.get(i) + " " + values[i]
            + ", expected in (0, 1)");
      }
    }
    return new FindingsThresholds(values.clone());
  }

  /** 0.5 for every condition. */
  public static FindingsThresholds half() {
    double[] v = new double[FindingsLabels.CONDITIONS.size()];
    Arrays.fill(v, 0.5);
    return new FindingsThresholds(v);
  }

  /** The threshold of condition {@code c} (index into {@link FindingsLabels#CONDITIONS}). */
  public double get(int c) {
    return values[c];
  }

  /** Reads {@code file}; every condition must be present. */
  public static FindingsThresholds read(Path file) throws IOException {
    JsonNode o;
    try {
      o = JSON.readTree(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new ModelFormatException(file, "expected a JSON object of thresholds: " + e.getMessage(), e);
    }
    double[] v = new double[FindingsLabels.CONDITIONS.size()];
    for (int i = 0; i < v.length; i++) {
      String code = FindingsLabels.CONDITIONS.get(i);
      JsonNode n = o == null ? null : o.get(code);
      if (n == null || !n.isNumber()) {
        throw new ModelFormatException(file, "member '" + code + "': expected a number in (0, 1)");
      }
      v[i] = n.doubleValue();
    }
    try {
      return of(v);
    } catch (IllegalArgumentException e) {
      throw new ModelFormatException(file, e.getMessage());
    }
  }

  /** Writes {@code thresholds.json} to {@code file}. */
  public void write(Path file) throws IOException {
    ObjectNode o = JSON.createObjectNode();
    for (int i = 0; i < values.length; i++) {
      o.put(FindingsLabels.CONDITIONS.get(i), Math.round(values[i] * 1000) / 1000.0);
    }
    Files.writeString(file, o.toPrettyString() + "\n", StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "FindingsThresholds" + Arrays.toString(values);
  }
}
