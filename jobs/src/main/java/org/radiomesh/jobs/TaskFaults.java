package org.radiomesh.jobs;

import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import org.apache.spark.TaskContext;

/**
 * Failure injection for fault-tolerance tests; test-only, inert unless one of its JVM properties is set.
 *
 * <p>Fail: when {@code radiomesh.test.fail.JOB} is set, a task of job {@code JOB} whose partition is listed there
 * throws {@link InjectedFault} at its start ({@link #check}). The value is a comma list of partition numbers,
 * optionally followed by {@code @all}: {@code "0,2"} fails only the first attempt of partitions 0 and 2 (Spark's retry
 * then succeeds), {@code "1@all"} fails every attempt of partition 1 (the job fails, as when a worker dies for good).
 *
 * <p>Hold: when {@code radiomesh.test.hold.JOB} is set, the thread that reaches the hold point it names prints one line
 * on stderr, {@value #HELD} followed by the job and the point, and then blocks for good, so that a test running the
 * job in a child JVM can kill that JVM at a known point without sleeping. The value is either a partition number (the
 * task of that partition blocks once it has produced its last row and before Spark sees the end of the partition,
 * {@link #holdAfterLastRow}) or the name of a point in the driver's code ({@link #holdAt}; {@code ingest=commit}: the
 * ingest commit, after its first table's rename and before the second's).
 *
 * <p>The properties are read where the check runs: on the executor for tasks (so in local mode, and wherever the
 * executors' JVMs are started with them), on the driver for named points. Unset, a check costs one property lookup
 * per task or per point.
 */
public final class TaskFaults {
  /** The property prefix of failures; the job's name follows. */
  public static final String PROPERTY_PREFIX = "radiomesh.test.fail.";
  /** The property prefix of holds; the job's name follows. */
  public static final String HOLD_PREFIX = "radiomesh.test.hold.";
  /** The start of the line a held thread prints on stderr before it blocks. */
  public static final String HELD = "radiomesh.test.hold: held";

  private static final Object NEVER_NOTIFIED = new Object();

  private TaskFaults() {}

  /** The exception an injected failure throws. */
  public static final class InjectedFault extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InjectedFault(String message) {
      super(message);
    }
  }

  /** Throws {@link InjectedFault} when the current task of {@code job} is one to fail; no-op outside a task. */
  public static void check(String job) {
    String spec = System.getProperty(PROPERTY_PREFIX + job);
    TaskContext task = TaskContext.get();
    if (spec == null || spec.isBlank() || task == null) {
      return;
    }
    boolean everyAttempt = spec.toLowerCase(Locale.ROOT).endsWith("@all");
    String list = everyAttempt ? spec.substring(0, spec.length() - 4) : spec;
    Set<Integer> partitions = new HashSet<>();
    for (String p : list.split(",")) {
      partitions.add(Integer.parseInt(p.trim()));
    }
    if (partitions.contains(task.partitionId()) && (everyAttempt || task.attemptNumber() == 0)) {
      throw new InjectedFault("injected failure (" + PROPERTY_PREFIX + job + "=" + spec + ") in partition "
          + task.partitionId() + ", attempt " + task.attemptNumber());
    }
  }

  /**
   * {@code rows} itself, unless the current task of {@code job} is the partition that {@code radiomesh.test.hold.JOB}
   * names: then {@code rows} wrapped so that, once its last row has been taken, asking for the next one holds the
   * task for good instead of ending the partition. No-op outside a task.
   */
  public static <T> Iterator<T> holdAfterLastRow(String job, Iterator<T> rows) {
    String spec = System.getProperty(HOLD_PREFIX + job);
    TaskContext task = TaskContext.get();
    if (spec == null || task == null || !spec.trim().equals(Integer.toString(task.partitionId()))) {
      return rows;
    }
    String where = job + " partition " + task.partitionId() + " after its last row";
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        if (rows.hasNext()) {
          return true;
        }
        hold(where); // returns only by throwing
        return false;
      }

      @Override
      public T next() {
        return rows.next();
      }
    };
  }

  /** Holds the calling thread for good when {@code radiomesh.test.hold.JOB} names {@code point}. */
  public static void holdAt(String job, String point) {
    String spec = System.getProperty(HOLD_PREFIX + job);
    if (spec != null && spec.trim().equals(point)) {
      hold(job + " " + point);
    }
  }

  private static void hold(String where) {
    System.err.println(HELD + " " + where);
    System.err.flush();
    synchronized (NEVER_NOTIFIED) {
      while (true) {
        try {
          NEVER_NOTIFIED.wait();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new InjectedFault("held thread interrupted (" + where + ")");
        }
      }
    }
  }
}
