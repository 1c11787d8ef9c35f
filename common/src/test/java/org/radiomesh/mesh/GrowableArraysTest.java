package org.radiomesh.mesh;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GrowableArraysTest {
  @Test
  void intAppendsAcrossManyGrowthStepsMatchAJavaList() {
    Random random = new Random(11);
    IntArrayList list = new IntArrayList(1);
    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      if (random.nextBoolean()) {
        int v = random.nextInt();
        list.add(v);
        expected.add(v);
      } else {
        int a = random.nextInt();
        int b = random.nextInt();
        int c = random.nextInt();
        list.add3(a, b, c);
        expected.addAll(List.of(a, b, c));
      }
    }
    list.set(7, 42);
    expected.set(7, 42);
    assertThat(list.size()).isEqualTo(expected.size());
    assertThat(list.get(7)).isEqualTo(42);
    assertThat(list.toArray()).containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
  }

  @Test
  void floatToArrayIsATrimmedCopy() {
    FloatArrayList list = new FloatArrayList(2);
    for (int i = 0; i < 100; i++) {
      list.add3(i, i + 0.5f, -i);
    }
    float[] first = list.toArray();
    list.set(0, 9f);
    assertThat(first).hasSize(300);
    assertThat(first[0]).isEqualTo(0f);
    assertThat(first[299]).isEqualTo(-99f);
    assertThat(list.toArray()[0]).isEqualTo(9f);
  }
}
