package org.radiomesh.jobs.runreport;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
    Map<Long, Integer> ids = new HashMap<>();
    int[] remap = new int[n];
    double[] sum = new double[3 * n];
    int[] count = new int[n];
    for (int i = 0; i < n; i++) {
      long key = 0;
      for (int a = 0; a < 3; a++) {
        long c = Math.min(cells, (long) ((xyz[3 * i + a] - lo[a]) / cell));
        key = key * (cells + 1L) + c;
      }
      int k = ids.computeIfAbsent(key, x -> ids.size());
      remap[i] = k;
      for (int a = 0; a < 3; a++) {
        sum[3 * k + a] += xyz[3 * i + a];
      }
      count[k]++;
    }
    float[] v = new float[3 * ids.size()];
    for (int k = 0; k < ids.size(); k++) {
      for (int a = 0; a < 3; a++) {
        v[3 * k + a] = (float) (sum[3 * k + a] / count[k]);
      }
    }
    Map<String, Boolean> seen = new LinkedHashMap<>();
    int[] out = new int[faces.length];
    int m = 0;
    for (int t = 0; t < faces.length; t += 3) {
      int a = remap[faces[t]];
      int b = remap[faces[t + 1]];
      int c = remap[faces[t + 2]];
      if (a == b || b == c || a == c) {
        continue;
      }
      // Two faces on the same three cells, with the same winding, are one face after clustering.
      int lo3 = Math.min(a, Math.min(b, c));
      String key = lo3 == a ? a + "," + b + "," + c : lo3 == b ? b + "," + c + "," + a : c + "," + a + "," + b;
      if (seen.put(key, Boolean.TRUE) == null) {
        out[m++] = a;
        out[m++] = b;
        out[m++] = c;
      }
    }
    return new ViewerMesh(id, label, v, java.util.Arrays.copyOf(out, m), sourceFaces);
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
