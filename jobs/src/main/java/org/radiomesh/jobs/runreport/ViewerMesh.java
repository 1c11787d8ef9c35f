package org.radiomesh.jobs.runreport;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * A triangle mesh made small enough to embed in the run report's 3D viewer: when it has more faces than a budget, it
 * is simplified by vertex clustering (Rossignac–Borrel: vertices snapped to a uniform grid over the bounding box are
 * merged into their cell's mean, and faces whose corners fall in fewer than three cells are dropped), with the grid
 * refined or coarsened until the face count is at most the budget. Coordinates stay in the mesh's own units.
 * Embedded as base64 of little-endian float32 positions and uint32 indices (what three.js buffer attributes take).
 * Cost O(faces · grid attempts), at most 12 attempts.
 *
 * @param id the mesh's id
 * @param label what the viewer shows next to it
 * @param xyz vertex coordinates, x y z interleaved
 * @param faces vertex indices, three per triangle
 * @param sourceFaces faces of the mesh before simplification
 */
public record ViewerMesh(String id, String label, float[] xyz, int[] faces, int sourceFaces) {

  /**
   * The mesh as is when it has at most {@code maxFaces} faces, else its vertex-clustering simplification.
   *
   * @throws IllegalArgumentException when the arrays are not whole vertices and triangles or an index is out of range
   */
  public static ViewerMesh of(String id, String label, float[] xyz, int[] faces, int maxFaces) {
    if (xyz.length % 3 != 0 || faces.length % 3 != 0) {
      throw new IllegalArgumentException("mesh " + id + ": " + xyz.length + " coordinates and " + faces.length
          + " indices are not whole vertices and triangles");
    }
    int n = xyz.length / 3;
    for (int f : faces) {
      if (f < 0 || f >= n) {
        throw new IllegalArgumentException("mesh " + id + ": vertex index " + f + " outside 0.." + (n - 1));
      }
    }
    int sourceFaces = faces.length / 3;
    if (sourceFaces <= maxFaces) {
      return new ViewerMesh(id, label, xyz, faces, sourceFaces);
    }
    double[] lo = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
    double[] hi = {-Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
    for (int i = 0; i < n; i++) {
      for (int a = 0; a < 3; a++) {
        lo[a] = Math.min(lo[a], xyz[3 * i + a]);
        hi[a] = Math.max(hi[a], xyz[3 * i + a]);
      }
    }
    // Faces of a clustered mesh grow roughly with cells², so start from sqrt(budget) cells along the longest side.
    int cells = Math.max(2, (int) Math.sqrt(maxFaces));
    ViewerMesh best = null;
    for (int attempt = 0; attempt < 12; attempt++) {
      ViewerMesh m = cluster(id, label, xyz, faces, lo, hi, cells, sourceFaces);
      if (m.faces.length / 3 <= maxFaces) {
        if (best == null || m.faces.length > best.faces.length) {
          best = m;
        }
        cells = (int) Math.ceil(cells * 1.25);
      } else {
        cells = Math.max(2, (int) (cells * 0.7));
      }
      if (best != null && best.faces.length / 3 > maxFaces * 0.6) {
        break;
      }
    }
    return best != null ? best : cluster(id, label, xyz, faces, lo, hi, 2, sourceFaces);
  }

  private static ViewerMesh cluster(String id, String label, float[] xyz, int[] faces, double[] lo, double[] hi,
      int cells, int sourceFaces) {
    double extent = Math.max(hi[0] - lo[0], Math.max(hi[1] - lo[1], hi[2] - lo[2]));
    double cell = extent > 0 ? extent / cells : 1;
    int n = xyz.length / 3;
    LongIndex ids = new LongIndex(Math.min(n, 1 << 16));
    int[] remap = new int[n];
    double[] sum = new double[3 * n];
    int[] count = new int[n];
    for (int i = 0; i < n; i++) {
      long key = 0;
      for (int a = 0; a < 3; a++) {
        long c = Math.min(cells, (long) ((xyz[3 * i + a] - lo[a]) / cell));
        key = key * (cells + 1L) + c;
      }
      int k = ids.indexOf(key);
      remap[i] = k;
      for (int a = 0; a < 3; a++) {
        sum[3 * k + a] += xyz[3 * i + a];
      }
      count[k]++;
    }
    int clusters = ids.size();
    float[] v = new float[3 * clusters];
    for (int k = 0; k < clusters; k++) {
      for (int a = 0; a < 3; a++) {
        v[3 * k + a] = (float) (sum[3 * k + a] / count[k]);
      }
    }
    // Two faces on the same three cells, with the same winding, are one face after clustering: the key is the face
    // rotated to start at its smallest cluster, three 21-bit indices (or, past 2^21 clusters, a string).
    boolean packed = clusters <= 1 << 21;
    LongIndex seenPacked = packed ? new LongIndex(faces.length / 3) : null;
    Map<String, Boolean> seen = packed ? null : new HashMap<>();
    int[] out = new int[faces.length];
    int m = 0;
    for (int t = 0; t < faces.length; t += 3) {
      int a = remap[faces[t]];
      int b = remap[faces[t + 1]];
      int c = remap[faces[t + 2]];
      if (a == b || b == c || a == c) {
        continue;
      }
      int lo3 = Math.min(a, Math.min(b, c));
      int r0 = lo3 == a ? a : lo3 == b ? b : c;
      int r1 = lo3 == a ? b : lo3 == b ? c : a;
      int r2 = lo3 == a ? c : lo3 == b ? a : b;
      boolean fresh;
      if (packed) {
        int before = seenPacked.size();
        seenPacked.indexOf(((long) r0 << 42) | ((long) r1 << 21) | r2);
        fresh = seenPacked.size() > before;
      } else {
        fresh = seen.put(r0 + "," + r1 + "," + r2, Boolean.TRUE) == null;
      }
      if (fresh) {
        out[m++] = a;
        out[m++] = b;
        out[m++] = c;
      }
    }
    return new ViewerMesh(id, label, v, java.util.Arrays.copyOf(out, m), sourceFaces);
  }

  /** Non-negative long keys numbered 0, 1, 2, ... in order of first appearance (open addressing, linear probing). */
  private static final class LongIndex {
    private long[] keys;
    private int[] values;
    private int size;

    LongIndex(int expected) {
      int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
      keys = new long[cap];
      values = new int[cap];
      java.util.Arrays.fill(keys, -1L);
    }

    int size() {
      return size;
    }

    /** The key's number, given the next one when the key is new. */
    int indexOf(long key) {
      int mask = keys.length - 1;
      int h = (int) ((key * 0x9E3779B97F4A7C15L) >>> 32) & mask;
      while (keys[h] != -1L) {
        if (keys[h] == key) {
          return values[h];
        }
        h = (h + 1) & mask;
      }
      keys[h] = key;
      values[h] = size++;
      if (2 * size > keys.length) {
        grow();
      }
      return size - 1;
    }

    private void grow() {
      long[] oldKeys = keys;
      int[] oldValues = values;
      keys = new long[oldKeys.length * 2];
      values = new int[oldKeys.length * 2];
      java.util.Arrays.fill(keys, -1L);
      int mask = keys.length - 1;
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldKeys[i] != -1L) {
          int h = (int) ((oldKeys[i] * 0x9E3779B97F4A7C15L) >>> 32) & mask;
          while (keys[h] != -1L) {
            h = (h + 1) & mask;
          }
          keys[h] = oldKeys[i];
          values[h] = oldValues[i];
        }
      }
    }
  }

  /** The positions as base64 of little-endian float32. */
  String positionsBase64() {
    ByteBuffer b = ByteBuffer.allocate(4 * xyz.length).order(ByteOrder.LITTLE_ENDIAN);
    for (float f : xyz) {
      b.putFloat(f);
    }
    return Base64.getEncoder().encodeToString(b.array());
  }

  /** The indices as base64 of little-endian uint32. */
  String indicesBase64() {
    ByteBuffer b = ByteBuffer.allocate(4 * faces.length).order(ByteOrder.LITTLE_ENDIAN);
    for (int f : faces) {
      b.putInt(f);
    }
    return Base64.getEncoder().encodeToString(b.array());
  }
}
