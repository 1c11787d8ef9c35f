package org.radiomesh.jobs.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Runs a function over a partition's rows in batches of at most {@code batchSize}, lazily: a batch is read from the
 * input only when the previous batch's outputs have been consumed, so a partition never sits whole in memory.
 * O(batchSize) memory beyond what the function keeps.
 *
 * <pre>{@code
 * return PartitionBatches.map(rows, 8, batch -> generator.generate(batch, options));
 * }</pre>
 */
public final class PartitionBatches {
  private PartitionBatches() {}

  /** A function from one batch of inputs to its outputs (any number of them, in any order it documents). */
  @FunctionalInterface
  public interface BatchFunction<T, R> {
    List<R> apply(List<T> batch) throws Exception;
  }

  /**
   * The outputs of {@code function} over consecutive batches of {@code input}.
   *
   * @throws IllegalArgumentException when {@code batchSize < 1}
   */
  public static <T, R> Iterator<R> map(Iterator<T> input, int batchSize, BatchFunction<T, R> function) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size " + batchSize + ", expected at least 1");
    }
    return new Iterator<>() {
      private Iterator<R> current = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && input.hasNext()) {
          List<T> batch = new ArrayList<>(batchSize);
          while (batch.size() < batchSize && input.hasNext()) {
            batch.add(input.next());
          }
          try {
            current = function.apply(batch).iterator();
          } catch (RuntimeException e) {
            throw e;
          } catch (Exception e) {
            throw new IllegalStateException("batch of " + batch.size() + " failed: " + e.getMessage(), e);
          }
        }
        return current.hasNext();
      }

      @Override
      public R next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }
}
