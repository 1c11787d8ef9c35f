package org.radiomesh.jobs;

import java.io.PrintStream;
import java.util.Locale;

/**
 * The CLI's one-line status per job step, on stderr so that stdout stays clean for data:
 * {@code [evaluate] score pairs: 8 rows in 3.2 s (2.5 rows/s)}.
 *
 * <pre>{@code
 * StageStatus status = StageStatus.start("evaluate", "score pairs");
 * ... work ...
 * status.done(rowCount);
 * }</pre>
 */
public final class StageStatus {
  private static volatile PrintStream out = System.err;
  private final String job;
  private final String step;
  private final long startNanos;

  private StageStatus(String job, String step) {
    this.job = job;
    this.step = step;
    this.startNanos = System.nanoTime();
  }

  /** Starts timing a step and prints that it began. */
  public static StageStatus start(String job, String step) {
    out.printf(Locale.ROOT, "[%s] %s ...%n", job, step);
    return new StageStatus(job, step);
  }

  /** Seconds since {@link #start}. */
  public double elapsedSeconds() {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  /** Prints the step's end with its row count and throughput; returns the elapsed seconds. */
  public double done(long rows) {
    double s = elapsedSeconds();
    out.printf(Locale.ROOT, "[%s] %s: %,d rows in %.1f s (%.1f rows/s)%n", job, step, rows, s,
        s > 0 ? rows / s : 0.0);
    return s;
  }

  /** Prints the step's end with a free-form result; returns the elapsed seconds. */
  public double done(String result) {
    double s = elapsedSeconds();
    out.printf(Locale.ROOT, "[%s] %s: %s (%.1f s)%n", job, step, result, s);
    return s;
  }

  /** Redirects status lines (tests). */
  public static void redirect(PrintStream stream) {
    out = stream;
  }
}
