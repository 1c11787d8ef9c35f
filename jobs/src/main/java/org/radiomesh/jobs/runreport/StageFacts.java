package org.radiomesh.jobs.runreport;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One stage's line in the run report's overview, read from the stage's {@code summary.json} as the jobs write it:
 * rows in, rows out, rows in the errors (or quarantine) table, rows skipped by a rerun, wall seconds and throughput.
 *
 * <p>The jobs name their counts differently (ingest: {@code listed, cataloged, quarantined}; report:
 * {@code inputs, reported, errors}; evaluate: {@code pairs, scored, errors}), so each figure is the first key present
 * of a list that covers them all; a stage whose summary lacks a figure shows it as unknown (null), never as 0.
 * Seconds: {@code seconds} when a number, the sum of its values when an object (report, evaluate), else
 * {@code seconds_cataloging} (ingest). Throughput: the job's own figure ({@code files_per_second},
 * {@code images_per_second}, ...) if it wrote one, else rows in / seconds. Cost O(keys).
 *
 * @param stage stage name (folder name under the run)
 * @param status {@code ok}, {@code not run}, {@code no summary.json} or what the pipeline's summary says
 * @param in input rows
 * @param out output rows
 * @param errors error rows
 * @param skipped rows skipped as already done
 * @param seconds wall seconds of the stage
 * @param perSecond throughput, input rows per second
 * @param errorsByReason error rows per reason code
 */
public record StageFacts(String stage, String status, Long in, Long out, Long errors, Long skipped, Double seconds,
    Double perSecond, Map<String, Long> errorsByReason) {
  static final String NOT_RUN = "not run";
  static final String NO_SUMMARY = "no summary.json";
  private static final List<String> IN = List.of("inputs", "pairs", "listed", "cases", "series", "rows_in");
  private static final List<String> OUT = List.of("reported", "scored", "cataloged", "meshes", "meshes_for_inputs",
      "written", "rows_out", "outputs");
  private static final List<String> ERRORS = List.of("errors", "quarantined", "failed");
  private static final List<String> SKIPPED = List.of("skipped_already_reported", "skipped_already_modelled",
      "already_done", "skipped");
  private static final List<String> REASONS = List.of("errors_by_reason", "quarantine_by_reason");
  private static final List<String> RATE = List.of("files_per_second", "images_per_second", "pairs_per_second",
      "meshes_per_second", "rows_per_second");

  public StageFacts {
    errorsByReason = Collections.unmodifiableMap(new LinkedHashMap<>(errorsByReason));
  }

  /** A stage whose folder is absent. */
  static StageFacts notRun(String stage, String status) {
    return new StageFacts(stage, status == null ? NOT_RUN : status, null, null, null, null, null, null, Map.of());
  }

  /** The facts of a stage from its summary.json ({@code summary} null: the folder exists without one). */
  static StageFacts of(String stage, JsonNode summary, String pipelineStatus) {
    if (summary == null) {
      return notRun(stage, pipelineStatus == null ? NO_SUMMARY : pipelineStatus);
    }
    Long in = firstLong(summary, IN);
    Double seconds = seconds(summary);
    Double rate = null;
    for (String k : RATE) {
      if (summary.path(k).isNumber()) {
        rate = summary.get(k).asDouble();
        break;
      }
    }
    if (rate == null && in != null && seconds != null && seconds > 0) {
      rate = in / seconds;
    }
    Map<String, Long> reasons = new LinkedHashMap<>();
    for (String k : REASONS) {
      JsonNode r = summary.path(k);
      if (r.isObject()) {
        r.fields().forEachRemaining(e -> {
          if (e.getValue().canConvertToLong()) {
            reasons.put(e.getKey(), e.getValue().asLong());
          }
        });
        break;
      }
    }
    return new StageFacts(stage, pipelineStatus == null ? "ok" : pipelineStatus, in, firstLong(summary, OUT),
        firstLong(summary, ERRORS), firstLong(summary, SKIPPED), seconds, rate, reasons);
  }

  private static Long firstLong(JsonNode node, List<String> keys) {
    for (String k : keys) {
      JsonNode v = node.path(k);
      if (v.isIntegralNumber()) {
        return v.asLong();
      }
    }
    return null;
  }

  private static Double seconds(JsonNode summary) {
    JsonNode s = summary.path("seconds");
    if (s.isNumber()) {
      return s.asDouble();
    }
    if (s.isObject()) {
      double total = 0;
      boolean any = false;
      for (JsonNode v : (Iterable<JsonNode>) s::elements) {
        if (v.isNumber()) {
          total += v.asDouble();
          any = true;
        }
      }
      return any ? total : null;
    }
    JsonNode c = summary.path("seconds_cataloging");
    return c.isNumber() ? c.asDouble() : null;
  }
}
