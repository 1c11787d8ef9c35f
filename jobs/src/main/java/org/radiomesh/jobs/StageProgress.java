package org.radiomesh.jobs;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * A Spark listener that prints progress lines for long stages on stderr: tasks done of total, rows read so far and
 * rows/s (input and shuffle records of the finished tasks), elapsed time and an estimate of the time left, at most one line per stage every {@code intervalSeconds}, and one line when a stage that
 * ran longer than that completes. Short stages print nothing, so quick jobs stay quiet.
 */
public final class StageProgress extends SparkListener {
  private final PrintStream out;
  private final long intervalNanos;
  private final Map<Integer, Stage> stages = new ConcurrentHashMap<>();

  private static final class Stage {
    final String name;
    final int total;
    final long start = System.nanoTime();
    final AtomicInteger done = new AtomicInteger();
    final AtomicLong rows = new AtomicLong();
    volatile long lastPrint = System.nanoTime();
    volatile boolean printed;

    Stage(String name, int total) {
      this.name = name;
      this.total = total;
    }
  }

  public StageProgress(PrintStream out, double intervalSeconds) {
    this.out = out;
    this.intervalNanos = (long) (intervalSeconds * 1e9);
  }

  @Override
  public void onStageSubmitted(SparkListenerStageSubmitted event) {
    var info = event.stageInfo();
    stages.put(info.stageId(), new Stage(info.name(), info.numTasks()));
  }

  @Override
  public void onTaskEnd(SparkListenerTaskEnd event) {
    Stage s = stages.get(event.stageId());
    if (s == null) {
      return;
    }
    int done = s.done.incrementAndGet();
    var metrics = event.taskMetrics();
    long rows = metrics == null ? 0
        : s.rows.addAndGet(metrics.inputMetrics().recordsRead() + metrics.shuffleReadMetrics().recordsRead());
    long now = System.nanoTime();
    if (now - s.lastPrint >= intervalNanos) {
      s.lastPrint = now;
      s.printed = true;
      double elapsed = (now - s.start) / 1e9;
      double eta = done > 0 ? elapsed * (s.total - done) / done : 0;
      out.printf(Locale.ROOT, "  stage %d (%s): %d/%d tasks, %,d rows (%.1f rows/s), %.0f s elapsed, about %.0f s"
          + " left%n", event.stageId(), s.name, done, s.total, rows, elapsed > 0 ? rows / elapsed : 0.0, elapsed, eta);
    }
  }

  @Override
  public void onStageCompleted(SparkListenerStageCompleted event) {
    Stage s = stages.remove(event.stageInfo().stageId());
    if (s != null && s.printed) {
      double elapsed = (System.nanoTime() - s.start) / 1e9;
      out.printf(Locale.ROOT, "  stage %d (%s): %d/%d tasks, %,d rows (%.1f rows/s) done in %.1f s%n",
          event.stageInfo().stageId(), s.name, s.done.get(), s.total, s.rows.get(), s.rows.get() / elapsed, elapsed);
    }
  }
}
