package org.radiomesh.recon;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.radiomesh.mesh.TriangleMesh;
import org.radiomesh.render.Camera;
import org.radiomesh.render.Rasterizer;
import org.radiomesh.render.RenderedView;

/**
 * Per-vertex labels for a reconstructed mesh from the views' label maps: each vertex takes the label most views show
 * at its projection, counting only views where the vertex is visible.
 *
 * <p>Visibility: the mesh itself is rasterised into each labelled view ({@link Rasterizer}); a vertex is visible when
 * its camera depth is at most the rendered depth at its nearest pixel plus {@code tolerance} (mm). A visible vertex
 * votes for the view's label at that pixel unless it is background (&lt; 0). Ties go to the smallest label. Vertices
 * no view labels take the label of the nearest labelled vertex along mesh edges (breadth-first, in vertex order, so
 * the result is deterministic).
 *
 * <p>Cost O(K·(rasterisation + V) + V·L) time and O(V·L) memory, for K labelled views, V vertices and L distinct labels.
 */
public final class LabelTransfer {
  private LabelTransfer() {}

  /**
   * Labels for the vertices of {@code mesh}, or null when no view has a label map with a positive label (a rendered
   * mesh without labels gives label maps of 0s, which carry nothing) or no vertex is labelled.
   *
   * @param tolerance depth slack of the visibility test, mm (about two voxel sizes for a reconstructed mesh)
   */
  public static int[] transfer(TriangleMesh mesh, List<CalibratedView> views, double tolerance) {
    TreeSet<Integer> distinct = new TreeSet<>();
    for (CalibratedView v : views) {
      if (v.hasLabels()) {
        for (int l : v.labels()) {
          if (l >= 0) {
            distinct.add(l);
          }
        }
      }
    }
    if (distinct.isEmpty() || distinct.last() == 0 || mesh.faceCount() == 0) {
      return null;
    }
    int[] values = distinct.stream().mapToInt(Integer::intValue).toArray();
    int n = mesh.vertexCount();
    int classes = values.length;
    int[] votes = new int[Math.multiplyExact(n, classes)];
    float[] xyz = mesh.xyz();
    Rasterizer rasterizer = Rasterizer.defaults();
    for (CalibratedView view : views) {
      if (!view.hasLabels()) {
        continue;
      }
      Camera cam = view.camera();
      RenderedView own = rasterizer.render(mesh, cam);
      float[] zbuf = own.depth();
      int[] labels = view.labels();
      for (int i = 0; i < n; i++) {
        double[] uvz = cam.project(xyz[3 * i], xyz[3 * i + 1], xyz[3 * i + 2]);
        if (!(uvz[2] > 0)) {
          continue;
        }
        long c = Math.round(uvz[0]);
        long r = Math.round(uvz[1]);
        if (c < 0 || r < 0 || c >= cam.width() || r >= cam.height()) {
          continue;
        }
        int p = (int) (r * cam.width() + c);
        int label = labels[p];
        if (label >= 0 && uvz[2] <= zbuf[p] + tolerance) {
          votes[i * classes + Arrays.binarySearch(values, label)]++;
        }
      }
    }
    int[] out = new int[n];
    boolean[] known = new boolean[n];
    int labelled = 0;
    for (int i = 0; i < n; i++) {
      int best = -1;
      for (int k = 0; k < classes; k++) {
        if (votes[i * classes + k] > 0 && (best < 0 || votes[i * classes + k] > votes[i * classes + best])) {
          best = k;
        }
      }
      if (best >= 0) {
        out[i] = values[best];
        known[i] = true;
        labelled++;
      }
    }
    if (labelled == 0) {
      return null;
    }
    spread(mesh, out, known);
    return out;
  }

  /** Breadth-first from the labelled vertices: each unlabelled vertex takes the label of the vertex that reached it. */
  private static void spread(TriangleMesh mesh, int[] labels, boolean[] known) {
    int n = mesh.vertexCount();
    int[] f = mesh.faces();
    int[] start = new int[n + 1];
    for (int v : f) {
      start[v + 1] += 2;
    }
    for (int i = 0; i < n; i++) {
      start[i + 1] += start[i];
    }
    int[] fill = Arrays.copyOf(start, n);
    int[] nbr = new int[start[n]];
    for (int t = 0; t < f.length; t += 3) {
      for (int q = 0; q < 3; q++) {
        int a = f[t + q];
        nbr[fill[a]++] = f[t + (q + 1) % 3];
        nbr[fill[a]++] = f[t + (q + 2) % 3];
      }
    }
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int i = 0; i < n; i++) {
      if (known[i]) {
        queue.add(i);
      }
    }
    while (!queue.isEmpty()) {
      int a = queue.poll();
      for (int k = start[a]; k < start[a + 1]; k++) {
        int b = nbr[k];
        if (!known[b]) {
          known[b] = true;
          labels[b] = labels[a];
          queue.add(b);
        }
      }
    }
  }
}
