package org.radiomesh.mesh.io;

import java.util.Arrays;

/** An appendable int array (amortised O(1) add, 1.5x growth); {@link #toArray()} trims to size. */
final class IntArrayBuilder {
  private int[] data;
  private int size;

  IntArrayBuilder(int capacity) {
    data = new int[Math.max(capacity, 16)];
  }

  void add(int v) {
    if (size == data.length) {
      grow(size + 1);
    }
    data[size++] = v;
  }

  void add(int a, int b, int c) {
    if (size + 3 > data.length) {
      grow(size + 3);
    }
    data[size] = a;
    data[size + 1] = b;
    data[size + 2] = c;
    size += 3;
  }

  int get(int i) {
    return data[i];
  }

  int size() {
    return size;
  }

  int[] toArray() {
    return data.length == size ? data : Arrays.copyOf(data, size);
  }

  private void grow(int min) {
    int cap = Math.max(min, data.length + (data.length >> 1) + 16);
    if (cap < 0) {
      throw new OutOfMemoryError("int array over 2^31 elements");
    }
    data = Arrays.copyOf(data, cap);
  }
}
