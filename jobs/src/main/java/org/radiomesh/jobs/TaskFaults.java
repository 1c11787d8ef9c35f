package org.radiomesh.jobs;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.spark.TaskContext;

/**
 * Failure injection for fault-tolerance tests: when the JVM property {@code radiomesh.test.fail.JOB} is set, a task
 * of job {@code JOB} whose partition is listed there throws {@link InjectedFault} at its start. The value is a comma
 * list of partition numbers, optionally followed by {@code @all}: {@code "0,2"} fails only the first attempt of
 * partitions 0 and 2 (Spark's retry then succeeds), {@code "1@all"} fails every attempt of partition 1 (the job
 * fails, as when a worker dies for good). The property is read on the executor, so it takes effect in local mode and
 * wherever the executors' JVMs are started with it; unset, the check costs one property lookup per task.
 */
public final class TaskFaults {
  /** The property prefix; the job's name follows. */
  public static final String PROPERTY_PREFIX = "radiomesh.test.fail.";

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
}
