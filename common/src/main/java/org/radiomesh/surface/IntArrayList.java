package org.radiomesh.surface;

import java.util.Arrays;

/** A growable int array (amortised O(1) append), for kernels that build primitive mesh arrays. */
final class IntArrayList {
  private int[] a;
  private int size;

  IntArrayList(int capacity) {
    a = new int[Math.max(capacity, 16)];
  }

  void add(int v) {
    if (size == a.length) {
      a = Arrays.copyOf(a, grow());
    }
    a[size++] = v;
  }

  void add3(int x, int y, int z) {
    if (size + 3 > a.length) {
      a = Arrays.copyOf(a, grow());
    }
    a[size] = x;
    a[size + 1] = y;
    a[size + 2] = z;
    size += 3;
  }

  private int grow() {
    long n = (long) a.length * 3 / 2 + 16;
    if (n > Integer.MAX_VALUE - 8) {
      throw new IllegalStateException("array over 2^31 elements");
    }
    return (int) n;
  }

  int size() {
    return size;
  }

  int get(int i) {
    return a[i];
  }

  void set(int i, int v) {
    a[i] = v;
  }

  int[] toArray() {
    return Arrays.copyOf(a, size);
  }
}
