package org.radiomesh.jobs.pipeline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of {@link PipelineJob#run}: the overall status, one {@link StageRun} per stage that was reached, the
 * failed stage and its reason when one failed, and the stages above the error-rate limit. O(stages).
 *
 * @param status overall status
 * @param stages the stages reached, in order (a failed stage is the last)
 * @param failedStage the stage that failed, or null
 * @param message why it failed, or which stages were above the error-rate limit, or null
 * @param overErrorRate stages whose error rate was above the limit
 * @param summary the path of the summary.json written
 * @param runReport the path of the HTML run report written, or null when it could not be written (the reason went to
 *     the progress stream)
 */
public record PipelineResult(Status status, List<StageRun> stages, String failedStage, String message,
    List<String> overErrorRate, String summary, String runReport) {

  public PipelineResult {
    stages = List.copyOf(stages);
    overErrorRate = List.copyOf(overErrorRate);
  }

  /** The overall status; {@link #label()} is summary.json's {@code status}. */
  public enum Status {
    /** Every stage finished (or was unchanged) and no error rate was above the limit: exit 0. */
    OK("ok"),
    /** A stage failed: exit 1. */
    FAILED("failed"),
    /** Every stage finished, but some stage's error rate was above the limit: exit 4. */
    ERROR_RATE("error-rate");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** What became of a stage: it ran, it was skipped as unchanged, or it failed. */
  public enum State {
    RAN("ran"), UNCHANGED("unchanged"), FAILED("failed");

    private final String label;

    State(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /**
   * One stage of the run.
   *
   * @param stage its name
   * @param state what became of it
   * @param result its counts (of the run that committed it, when unchanged); null when it failed
   * @param seconds how long it ran (for an unchanged stage: the committed run's time)
   * @param fingerprint its input fingerprint
   * @param error why it failed, or null
   */
  public record StageRun(String stage, State state, StageResult result, double seconds, String fingerprint,
      String error) {

    /** Rows processed per second ({@code inputs - skipped} over seconds); 0 for a failed or instant stage. */
    public double rowsPerSecond() {
      return result == null || seconds <= 0 ? 0.0 : (result.inputs() - result.skipped()) / seconds;
    }

    /** summary.json's stage entry. */
    public Map<String, Object> toMap(String dir) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("stage", stage);
      m.put("status", state.label());
      m.put("dir", dir);
      m.put("fingerprint", fingerprint);
      m.put("seconds", seconds);
      m.put("rows_per_second", rowsPerSecond());
      if (result != null) {
        m.putAll(result.toMap());
      }
      m.put("error", error);
      return m;
    }
  }
}
