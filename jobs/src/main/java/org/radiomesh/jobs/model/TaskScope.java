package org.radiomesh.jobs.model;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.TaskContext;
import org.apache.spark.util.TaskCompletionListener;

/**
 * Ties per-task resources (DJL predictors, VLM generators) to the running Spark task: they are closed when the task
 * completes, whether it succeeded or failed, after Spark has consumed the partition's iterator. O(1).
 *
 * <pre>{@code
 * VlmGenerator generator = TaskScope.closeOnCompletion(vlm.newGenerator());
 * }</pre>
 */
public final class TaskScope {
  private static final AtomicLong REGISTERED = new AtomicLong();
  private static final AtomicLong CLOSED = new AtomicLong();

  private TaskScope() {}

  /**
   * Registers {@code resource} to be closed at the end of the running task and returns it.
   *
   * @throws IllegalStateException outside a Spark task, where the caller must close the resource itself
   */
  public static <C extends AutoCloseable> C closeOnCompletion(C resource) {
    TaskContext task = TaskContext.get();
    if (task == null) {
      throw new IllegalStateException("no running Spark task: close " + resource + " with try-with-resources");
    }
    REGISTERED.incrementAndGet();
    task.addTaskCompletionListener((TaskCompletionListener) context -> {
      try {
        resource.close();
        CLOSED.incrementAndGet();
      } catch (Exception e) {
        throw new IllegalStateException("closing " + resource + " at the end of task " + context.taskAttemptId(), e);
      }
    });
    return resource;
  }

  /** Resources registered in this JVM so far. */
  public static long registered() {
    return REGISTERED.get();
  }

  /** Resources closed at task completion in this JVM so far. */
  public static long closed() {
    return CLOSED.get();
  }
}
