package org.radiomesh.jobs.evaluate;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.radiomesh.spatial.NeighbourIndex;

/**
 * The reference indexes of split pairs, built once per executor JVM and shared by the tasks that query them. Keyed by
 * broadcast id and direction; holds at most {@link #CAPACITY} indexes (the least recently used is closed first), since
 * the driver splits one large pair at a time.
 */
final class ExecutorIndexCache {
  static final int CAPACITY = 4;
  private static final Map<String, NeighbourIndex> CACHE = new LinkedHashMap<>(8, 0.75f, true);

  private ExecutorIndexCache() {}

  static synchronized NeighbourIndex get(long broadcastId, boolean predToGt, Supplier<NeighbourIndex> build) {
    String key = broadcastId + (predToGt ? "/pred->gt" : "/gt->pred");
    NeighbourIndex index = CACHE.get(key);
    if (index == null) {
      index = build.get();
      CACHE.put(key, index);
      while (CACHE.size() > CAPACITY) {
        var eldest = CACHE.entrySet().iterator().next();
        eldest.getValue().close();
        CACHE.remove(eldest.getKey());
      }
    }
    return index;
  }

  /** Indexes built so far in this JVM and still held (tests check that tasks share them). */
  static synchronized int size() {
    return CACHE.size();
  }
}
