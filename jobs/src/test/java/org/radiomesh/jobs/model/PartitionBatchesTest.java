package org.radiomesh.jobs.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PartitionBatchesTest {

  @Test
  void batchesHaveTheSizeAskedAndOutputsKeepOrder() {
    Random random = new Random(9);
    for (int trial = 0; trial < 50; trial++) {
      int n = random.nextInt(40);
      int size = 1 + random.nextInt(7);
      List<Integer> sizes = new ArrayList<>();
      Iterator<Integer> out = PartitionBatches.map(IntStream.range(0, n).iterator(), size, batch -> {
        sizes.add(batch.size());
        return batch.stream().map(i -> i * 2).toList();
      });
      List<Integer> all = new ArrayList<>();
      out.forEachRemaining(all::add);
      assertThat(all).isEqualTo(IntStream.range(0, n).map(i -> i * 2).boxed().toList());
      for (int b = 0; b < sizes.size(); b++) {
        assertThat(sizes.get(b)).isEqualTo(b < sizes.size() - 1 ? size : n - size * (sizes.size() - 1));
      }
      assertThat(sizes).hasSize((n + size - 1) / size);
    }
  }

  @Test
  void readsTheInputOneBatchAtATime() {
    int[] pulled = {0};
    Iterator<Integer> input = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return pulled[0] < 100;
      }

      @Override
      public Integer next() {
        return pulled[0]++;
      }
    };
    Iterator<Integer> out = PartitionBatches.map(input, 8, batch -> batch);
    assertThat(pulled[0]).isZero();
    out.next();
    assertThat(pulled[0]).isEqualTo(8);
    for (int i = 0; i < 8; i++) {
      out.next();
    }
    assertThat(pulled[0]).isEqualTo(16);
  }

  @Test
  void emptyBatchOutputsAreSkippedAndErrorsSurface() {
    Iterator<Integer> out = PartitionBatches.map(IntStream.range(0, 10).iterator(), 3,
        batch -> batch.contains(9) ? batch : List.of());
    assertThat(out.next()).isEqualTo(9);
    assertThat(out.hasNext()).isFalse();
    Iterator<Integer> failing = PartitionBatches.map(IntStream.range(0, 3).iterator(), 2, batch -> {
      throw new IOException("disk gone");
    });
    assertThatThrownBy(failing::hasNext).isInstanceOf(IllegalStateException.class).hasMessageContaining("disk gone");
    assertThatThrownBy(() -> PartitionBatches.map(List.of(1).iterator(), 0, b -> b))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
