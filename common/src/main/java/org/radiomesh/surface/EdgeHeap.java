package org.radiomesh.surface;

import java.util.Arrays;

/**
 * A binary min-heap of candidate edge collapses (cost, u, v, the two vertices' version stamps), for
 * {@link QuadricDecimation}. Entries are never updated in place: a changed edge is pushed again and stale entries are
 * recognised by their stamps when popped. Ties in cost are broken by insertion order, so runs are deterministic.
 * Cost O(log n) per push and pop.
 */
final class EdgeHeap {
  private double[] cost;
  private long[] order;
  private int[] u;
  private int[] v;
  private int[] stampU;
  private int[] stampV;
  private int[] heap;
  private int size;
  private int entries;
  private long pushes;

  EdgeHeap(int capacity) {
    int c = Math.max(capacity, 16);
    cost = new double[c];
    order = new long[c];
    u = new int[c];
    v = new int[c];
    stampU = new int[c];
    stampV = new int[c];
    heap = new int[c];
  }

  boolean isEmpty() {
    return size == 0;
  }

  /** Adds an entry; popped slots are reclaimed when the arrays fill up (the popped entry must be read first). */
  void push(double c, int a, int b, int sa, int sb) {
    if (entries == cost.length) {
      if (size <= cost.length / 2) {
        compact();
      } else {
        grow();
      }
    }
    int e = entries++;
    cost[e] = c;
    order[e] = pushes++;
    u[e] = a;
    v[e] = b;
    stampU[e] = sa;
    stampV[e] = sb;
    int i = size++;
    heap[i] = e;
    siftUp(i);
  }

  /** Removes the cheapest entry and returns its slot; read it with the accessors before the next push. */
  int pop() {
    int top = heap[0];
    heap[0] = heap[--size];
    if (size > 0) {
      siftDown(0);
    }
    return top;
  }

  double cost(int e) {
    return cost[e];
  }

  int u(int e) {
    return u[e];
  }

  int v(int e) {
    return v[e];
  }

  int stampU(int e) {
    return stampU[e];
  }

  int stampV(int e) {
    return stampV[e];
  }

  /** Moves the live entries to slots 0..size−1 (in heap order, so the heap stays valid), dropping popped slots. */
  private void compact() {
    int c = cost.length;
    double[] cost2 = new double[c];
    long[] order2 = new long[c];
    int[] u2 = new int[c];
    int[] v2 = new int[c];
    int[] su2 = new int[c];
    int[] sv2 = new int[c];
    for (int i = 0; i < size; i++) {
      int e = heap[i];
      cost2[i] = cost[e];
      order2[i] = order[e];
      u2[i] = u[e];
      v2[i] = v[e];
      su2[i] = stampU[e];
      sv2[i] = stampV[e];
      heap[i] = i;
    }
    cost = cost2;
    order = order2;
    u = u2;
    v = v2;
    stampU = su2;
    stampV = sv2;
    entries = size;
  }

  private boolean less(int a, int b) {
    return cost[a] < cost[b] || (cost[a] == cost[b] && order[a] < order[b]);
  }

  private void siftUp(int i) {
    int e = heap[i];
    while (i > 0) {
      int p = (i - 1) >>> 1;
      if (!less(e, heap[p])) {
        break;
      }
      heap[i] = heap[p];
      i = p;
    }
    heap[i] = e;
  }

  private void siftDown(int i) {
    int e = heap[i];
    while (true) {
      int c = 2 * i + 1;
      if (c >= size) {
        break;
      }
      if (c + 1 < size && less(heap[c + 1], heap[c])) {
        c++;
      }
      if (!less(heap[c], e)) {
        break;
      }
      heap[i] = heap[c];
      i = c;
    }
    heap[i] = e;
  }

  private void grow() {
    int c = cost.length * 2;
    cost = Arrays.copyOf(cost, c);
    order = Arrays.copyOf(order, c);
    u = Arrays.copyOf(u, c);
    v = Arrays.copyOf(v, c);
    stampU = Arrays.copyOf(stampU, c);
    stampV = Arrays.copyOf(stampV, c);
    heap = Arrays.copyOf(heap, c);
  }
}
