package org.radiomesh.spatial;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Runs a body once for every block index {@code 0..blocks-1}, on up to {@code threads} threads, with blocks handed out
 * dynamically. Results can never depend on the thread count as long as each block writes only its own outputs, which
 * is how every caller in radiomesh uses it.
 *
 * <p>Threads: {@code 0} means all available processors, {@code 1} runs in the calling thread; a call made from inside
 * another {@code forEach} runs sequentially. Pools are kept per
 * parallelism level (daemon threads), so repeated calls do not create threads. Cost: O(blocks) scheduling.
 */
public final class ParallelBlocks {
  private static final ConcurrentHashMap<Integer, ForkJoinPool> POOLS = new ConcurrentHashMap<>();
  private static final ThreadLocal<Boolean> INSIDE = ThreadLocal.withInitial(() -> false);

  private ParallelBlocks() {}

  /** The thread count that {@code threads} stands for: {@code 0} is all available processors. */
  public static int resolve(int threads) {
    if (threads < 0) {
      throw new IllegalArgumentException("threads must be >= 0 (0 = all cores), got " + threads);
    }
    return threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
  }

  /**
   * Calls {@code body.accept(b)} for every {@code b} in {@code [0, blocks)}, each exactly once.
   *
   * @throws RuntimeException the first exception thrown by a block, after all started blocks have finished
   */
  public static void forEach(int blocks, int threads, IntConsumer body) {
    int t = Math.min(resolve(threads), blocks);
    if (t <= 1 || insideOwnPool()) {
      for (int b = 0; b < blocks; b++) {
        body.accept(b);
      }
      return;
    }
    AtomicInteger next = new AtomicInteger();
    Runnable worker = () -> {
      boolean outer = INSIDE.get();
      INSIDE.set(true);
      try {
        for (int b = next.getAndIncrement(); b < blocks; b = next.getAndIncrement()) {
          body.accept(b);
        }
      } finally {
        INSIDE.set(outer);
      }
    };
    ForkJoinPool pool = POOLS.computeIfAbsent(t - 1, ParallelBlocks::newPool);
    List<Future<?>> helpers = new ArrayList<>(t - 1);
    for (int i = 0; i < t - 1; i++) {
      helpers.add(pool.submit(worker));
    }
    RuntimeException failure = null;
    try {
      worker.run();
    } catch (RuntimeException e) {
      failure = e;
      next.set(blocks);
    }
    for (Future<?> f : helpers) {
      try {
        f.get();
      } catch (ExecutionException e) {
        if (failure == null) {
          failure = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for parallel blocks", e);
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  /** Nested calls run sequentially: the outer level already keeps the threads busy, and it cannot deadlock. */
  private static boolean insideOwnPool() {
    return INSIDE.get();
  }

  private static ForkJoinPool newPool(int parallelism) {
    return new ForkJoinPool(parallelism, pool -> {
      var thread = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
      thread.setDaemon(true);
      thread.setName("radiomesh-blocks-" + parallelism + "-" + thread.getPoolIndex());
      return thread;
    }, null, false);
  }
}
