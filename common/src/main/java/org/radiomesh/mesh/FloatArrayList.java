package org.radiomesh.mesh;

import java.util.Arrays;

/**
 * A growable {@code float} array with amortised O(1) appends (1.5x growth), for readers and kernels that build the
 * primitive arrays of a {@link TriangleMesh}. Not thread-safe. {@link #toArray()} returns a trimmed copy.
 */
public final class FloatArrayList {
  private float[] a;
  private int size;

  public FloatArrayList(int capacity) {
    a = new float[Math.max(capacity, 16)];
  }

  public void add(float v) {
    if (size == a.length) {
      a = Arrays.copyOf(a, grow());
    }
    a[size++] = v;
  }

  public void add3(float x, float y, float z) {
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

  public float get(int i) {
    return a[i];
  }

  public void set(int i, float v) {
    a[i] = v;
  }

  public float[] toArray() {
    return Arrays.copyOf(a, size);
  }
}
