package org.radiomesh.mesh.io;

import java.util.Arrays;

/** An appendable float array (amortised O(1) add, 1.5x growth); {@link #toArray()} trims to size. */
final class FloatArrayBuilder {
  private float[] data;
  private int size;

  FloatArrayBuilder(int capacity) {
    data = new float[Math.max(capacity, 16)];
  }

  void add(float v) {
    if (size == data.length) {
      grow(size + 1);
    }
    data[size++] = v;
  }

  void add(float a, float b, float c) {
    if (size + 3 > data.length) {
      grow(size + 3);
    }
    data[size] = a;
    data[size + 1] = b;
    data[size + 2] = c;
    size += 3;
  }

  float get(int i) {
    return data[i];
  }

  int size() {
    return size;
  }

  float[] toArray() {
    return data.length == size ? data : Arrays.copyOf(data, size);
  }

  private void grow(int min) {
    int cap = Math.max(min, data.length + (data.length >> 1) + 16);
    if (cap < 0) {
      throw new OutOfMemoryError("float array over 2^31 elements");
    }
    data = Arrays.copyOf(data, cap);
  }
}
