package org.radiomesh.mesh;

import java.util.Arrays;

/**
 * A growable {@code int} array with amortised O(1) appends (1.5x growth), for readers and kernels that build the
 * primitive arrays of a {@link TriangleMesh}. Not thread-safe. {@link #toArray()} returns a trimmed copy.
 */
public final class IntArrayList {
  private int[] a;
  private int size;

  public IntArrayList(int capacity) {
    a = new int[Math.max(capacity, 16)];
  }

  public void add(int v) {
    if (size == a.length) {
      a = Arrays.copyOf(a, grow());
    }
    a[size++] = v;
  }

  public void add3(int x, int y, int z) {
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

  public int size() {
    return size;
  }

  public int get(int i) {
    return a[i];
  }

  public void set(int i, int v) {
    a[i] = v;
  }

  public int[] toArray() {
    return Arrays.copyOf(a, size);
  }
}
