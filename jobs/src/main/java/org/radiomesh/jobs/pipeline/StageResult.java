package org.radiomesh.jobs.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The counts of one stage run, as summary.json and the {@code _STAGE_DONE} marker hold them. Every row the stage
 * considered is in exactly one of {@code skipped} (done by an earlier run), {@code outputs} and {@code errors}, as the
 * jobs check. O(reasons).
 *
 * @param inputs rows (files, images, pairs) the stage considered
 * @param skipped of those, rows an earlier run had already finished (row-level resume)
 * @param outputs rows written by this run
 * @param errors rows that went to the stage's errors or quarantine table in this run
 * @param errorsByReason errors per reason code
 * @param note a short remark ("no pairs with ground truth"), or null
 * @param details stage-specific values (tables written, timings), copied into summary.json
 */
public record StageResult(long inputs, long skipped, long outputs, long errors, Map<String, Long> errorsByReason,
    String note, Map<String, Object> details) {

  public StageResult {
    if (inputs < 0 || skipped < 0 || outputs < 0 || errors < 0) {
      throw new IllegalArgumentException("negative count: " + inputs + ", " + skipped + ", " + outputs + ", "
          + errors);
    }
    errorsByReason = new TreeMap<>(errorsByReason);
    details = details == null ? Map.of() : new LinkedHashMap<>(details);
  }

  /** A stage that had nothing to do, with the reason in words. */
  public static StageResult nothingToDo(String note) {
    return new StageResult(0, 0, 0, 0, Map.of(), note, Map.of());
  }

  /** Errors over the rows this run processed ({@code inputs - skipped}); 0 when it processed none. */
  public double errorRate() {
    long processed = inputs - skipped;
    return processed <= 0 ? 0.0 : (double) errors / processed;
  }

  /** The counts as summary.json's stage entry holds them. */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("inputs", inputs);
    m.put("skipped_rows", skipped);
    m.put("outputs", outputs);
    m.put("errors", errors);
    m.put("error_rate", errorRate());
    m.put("errors_by_reason", errorsByReason);
    m.put("note", note);
    m.put("details", details);
    return m;
  }

  /** The inverse of {@link #toMap()} (numbers may come back as any {@link Number}). */
  @SuppressWarnings("unchecked")
  public static StageResult fromMap(Map<String, Object> m) {
    Map<String, Long> reasons = new TreeMap<>();
    Object r = m.get("errors_by_reason");
    if (r instanceof Map<?, ?> map) {
      map.forEach((k, v) -> reasons.put(String.valueOf(k), ((Number) v).longValue()));
    }
    Object d = m.get("details");
    return new StageResult(number(m, "inputs"), number(m, "skipped_rows"), number(m, "outputs"), number(m, "errors"),
        reasons, (String) m.get("note"), d instanceof Map<?, ?> dm ? (Map<String, Object>) dm : Map.of());
  }

  private static long number(Map<String, Object> m, String key) {
    Object v = m.get(key);
    if (!(v instanceof Number n)) {
      throw new IllegalArgumentException("stage record: '" + key + "' is missing or not a number: " + v);
    }
    return n.longValue();
  }
}
