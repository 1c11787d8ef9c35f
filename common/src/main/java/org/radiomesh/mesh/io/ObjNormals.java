package org.radiomesh.mesh.io;

/**
 * Per-vertex normals from OBJ's per-corner normal indices: a vertex whose corners all name one normal gets it exactly;
 * corners naming different normals give their normalised sum (the average direction); a vertex with no named normal
 * gets (0, 0, 0). Cost O(corners + vertices).
 */
final class ObjNormals {
  private static final int NONE = -1;
  private static final int MIXED = -2;

  private ObjNormals() {}

  static float[] perVertex(int vertexCount, int[] faces, int[] cornerNormals, float[] normals) {
    int[] chosen = new int[vertexCount];
    java.util.Arrays.fill(chosen, NONE);
    boolean anyMixed = false;
    for (int c = 0; c < faces.length; c++) {
      int n = cornerNormals[c];
      if (n < 0) {
        continue;
      }
      int v = faces[c];
      if (chosen[v] == NONE) {
        chosen[v] = n;
      } else if (chosen[v] != n && chosen[v] != MIXED) {
        chosen[v] = MIXED;
        anyMixed = true;
      }
    }
    float[] out = new float[3 * vertexCount];
    for (int v = 0; v < vertexCount; v++) {
      int n = chosen[v];
      if (n >= 0) {
        out[3 * v] = normals[3 * n];
        out[3 * v + 1] = normals[3 * n + 1];
        out[3 * v + 2] = normals[3 * n + 2];
      }
    }
    if (anyMixed) {
      average(chosen, faces, cornerNormals, normals, out);
    }
    return out;
  }

  private static void average(int[] chosen, int[] faces, int[] cornerNormals, float[] normals, float[] out) {
    double[] sum = new double[out.length];
    for (int c = 0; c < faces.length; c++) {
      int v = faces[c];
      int n = cornerNormals[c];
      if (n >= 0 && chosen[v] == MIXED) {
        sum[3 * v] += normals[3 * n];
        sum[3 * v + 1] += normals[3 * n + 1];
        sum[3 * v + 2] += normals[3 * n + 2];
      }
    }
    for (int v = 0; v < chosen.length; v++) {
      if (chosen[v] == MIXED) {
        double x = sum[3 * v];
        double y = sum[3 * v + 1];
        double z = sum[3 * v + 2];
        double len = Math.sqrt(x * x + y * y + z * z);
        if (len > 0) {
          out[3 * v] = (float) (x / len);
          out[3 * v + 1] = (float) (y / len);
          out[3 * v + 2] = (float) (z / len);
        }
      }
    }
  }
}
