package org.radiomesh.render;

import java.util.Arrays;

/**
 * The visibility pass of one view: vertices to camera space, clipping, and z-buffered scan conversion into per-sample
 * buffers holding the nearest face, its perspective-correct barycentrics (weights of the face's 2nd and 3rd vertices)
 * and the camera depth. Shading happens afterwards, once per sample ({@link ViewShading}).
 *
 * <p>Scan conversion snaps corners to 1/256 pixel and evaluates edge functions in exact 64-bit integers at sample
 * centres (u, v) = (column, row), with the top-left fill rule: a sample on an edge shared by two triangles belongs to
 * exactly one of them, so closed surfaces render without cracks or double hits. Cost O(V + F + covered samples of
 * each triangle's bounding box); row bands may be rasterised concurrently, each touching only its own rows.
 */
final class ViewRaster {
  static final double ONE = 256.0;
  private static final long FIX = 256;
  private static final byte DRAW = 0;
  private static final byte SKIP = 1;
  private static final byte CLIPPED = 2;

  final int width;
  final int height;
  final float[] depth;
  final int[] face;
  final float[] bary1;
  final float[] bary2;
  int outside;
  int culled;
  int clipped;

  private final int[] faces;
  private final int[] sx;
  private final int[] sy;
  private final double[] invz;
  private final byte[] state;
  private final FrustumClipper clipper;
  private final boolean cull;

  ViewRaster(PreparedMesh mesh, Camera cam, RenderOptions options) {
    this.width = cam.width();
    this.height = cam.height();
    this.faces = mesh.faces;
    int n = mesh.xyz.length / 3;
    double[] r = cam.rotation();
    double[] t = cam.translation();
    double[] cxyz = new double[3 * n];
    int[] code = new int[n];
    sx = new int[n];
    sy = new int[n];
    invz = new double[n];
    clipper = new FrustumClipper(cam, options.nearPlane());
    float[] xyz = mesh.xyz;
    for (int i = 0; i < n; i++) {
      double x = xyz[3 * i];
      double y = xyz[3 * i + 1];
      double z = xyz[3 * i + 2];
      double xc = r[0] * x + r[1] * y + r[2] * z + t[0];
      double yc = r[3] * x + r[4] * y + r[5] * z + t[1];
      double zc = r[6] * x + r[7] * y + r[8] * z + t[2];
      cxyz[3 * i] = xc;
      cxyz[3 * i + 1] = yc;
      cxyz[3 * i + 2] = zc;
      code[i] = clipper.outcode(xc, yc, zc);
      if (code[i] == 0) {
        sx[i] = clipper.snapX(xc, zc);
        sy[i] = clipper.snapY(yc, zc);
        invz[i] = 1 / zc;
      }
    }
    int faceCount = faces.length / 3;
    state = new byte[faceCount];
    for (int f = 0; f < faceCount; f++) {
      int a = faces[3 * f];
      int b = faces[3 * f + 1];
      int c = faces[3 * f + 2];
      if ((code[a] & code[b] & code[c]) != 0) {
        state[f] = SKIP;
        outside++;
      } else if ((code[a] | code[b] | code[c]) != 0) {
        state[f] = CLIPPED;
        clipped++;
        clipper.clip(f, Arrays.copyOfRange(cxyz, 3 * a, 3 * a + 3), Arrays.copyOfRange(cxyz, 3 * b, 3 * b + 3),
            Arrays.copyOfRange(cxyz, 3 * c, 3 * c + 3));
      } else if (options.cullBackFaces() && area(sx[a], sy[a], sx[b], sy[b], sx[c], sy[c]) > 0) {
        // In y-down image coordinates a counter-clockwise face seen from its front has negative signed area.
        state[f] = SKIP;
        culled++;
      }
    }
    int samples = width * height;
    depth = new float[samples];
    Arrays.fill(depth, Float.POSITIVE_INFINITY);
    face = new int[samples];
    Arrays.fill(face, -1);
    bary1 = new float[samples];
    bary2 = new float[samples];
    this.cull = options.cullBackFaces();
  }

  /** Rasterises every triangle into rows [r0, r1); returns the number of samples covered (before the depth test). */
  long rasterRows(int r0, int r1) {
    long fragments = 0;
    for (int f = 0; f < state.length; f++) {
      if (state[f] != DRAW) {
        continue;
      }
      int a = faces[3 * f];
      int b = faces[3 * f + 1];
      int c = faces[3 * f + 2];
      fragments += triangle(sx[a], sy[a], sx[b], sy[b], sx[c], sy[c], invz[a], invz[b], invz[c], f, -1, r0, r1);
    }
    FrustumClipper k = clipper;
    for (int s = 0; s < k.count; s++) {
      int o = 6 * s;
      fragments += triangle(k.xy[o], k.xy[o + 1], k.xy[o + 2], k.xy[o + 3], k.xy[o + 4], k.xy[o + 5],
          k.invz[3 * s], k.invz[3 * s + 1], k.invz[3 * s + 2], k.face[s], s, r0, r1);
    }
    return fragments;
  }

  private static long area(long x0, long y0, long x1, long y1, long x2, long y2) {
    return (x1 - x0) * (y2 - y0) - (x2 - x0) * (y1 - y0);
  }

  private long triangle(long x0, long y0, long x1, long y1, long x2, long y2, double iz0, double iz1, double iz2,
      int faceId, int piece, int r0, int r1) {
    long area = area(x0, y0, x1, y1, x2, y2);
    if (area == 0 || (cull && area > 0)) {
      return 0;
    }
    boolean swapped = area < 0;
    if (swapped) {
      long tx = x1;
      long ty = y1;
      double tz = iz1;
      x1 = x2;
      y1 = y2;
      iz1 = iz2;
      x2 = tx;
      y2 = ty;
      iz2 = tz;
      area = -area;
    }
    int minCol = (int) Math.max(0, Math.floorDiv(Math.min(x0, Math.min(x1, x2)) + FIX - 1, FIX));
    int maxCol = (int) Math.min(width - 1, Math.floorDiv(Math.max(x0, Math.max(x1, x2)), FIX));
    int minRow = (int) Math.max(r0, Math.floorDiv(Math.min(y0, Math.min(y1, y2)) + FIX - 1, FIX));
    int maxRow = (int) Math.min(r1 - 1, Math.floorDiv(Math.max(y0, Math.max(y1, y2)), FIX));
    if (minCol > maxCol || minRow > maxRow) {
      return 0;
    }
    // Edge functions E_ab(p) = (b − a) × (p − a); weight of vertex 0 is E_12, of vertex 1 E_20, of vertex 2 E_01.
    long bias0 = topLeft(x1, y1, x2, y2) ? 0 : -1;
    long bias1 = topLeft(x2, y2, x0, y0) ? 0 : -1;
    long bias2 = topLeft(x0, y0, x1, y1) ? 0 : -1;
    long px = minCol * FIX;
    long py = minRow * FIX;
    long e0Row = (x2 - x1) * (py - y1) - (y2 - y1) * (px - x1) + bias0;
    long e1Row = (x0 - x2) * (py - y2) - (y0 - y2) * (px - x2) + bias1;
    long e2Row = (x1 - x0) * (py - y0) - (y1 - y0) * (px - x0) + bias2;
    long dx0 = -(y2 - y1) * FIX;
    long dx1 = -(y0 - y2) * FIX;
    long dx2 = -(y1 - y0) * FIX;
    long dy0 = (x2 - x1) * FIX;
    long dy1 = (x0 - x2) * FIX;
    long dy2 = (x1 - x0) * FIX;
    double invArea = 1.0 / area;
    long fragments = 0;
    for (int row = minRow; row <= maxRow; row++) {
      long e0 = e0Row;
      long e1 = e1Row;
      long e2 = e2Row;
      int idx = row * width + minCol;
      for (int col = minCol; col <= maxCol; col++, idx++) {
        if ((e0 | e1 | e2) >= 0) {
          fragments++;
          double q0 = (e0 - bias0) * invArea * iz0;
          double q1 = (e1 - bias1) * invArea * iz1;
          double q2 = (e2 - bias2) * invArea * iz2;
          double s = q0 + q1 + q2;
          float z = (float) (1 / s);
          if (z < depth[idx]) {
            depth[idx] = z;
            face[idx] = faceId;
            double b1 = (swapped ? q2 : q1) / s;
            double b2 = (swapped ? q1 : q2) / s;
            if (piece >= 0) {
              storeThroughPiece(idx, piece, 1 - b1 - b2, b1, b2);
            } else {
              bary1[idx] = (float) b1;
              bary2[idx] = (float) b2;
            }
          }
        }
        e0 += dx0;
        e1 += dx1;
        e2 += dx2;
      }
      e0Row += dy0;
      e1Row += dy1;
      e2Row += dy2;
    }
    return fragments;
  }

  /** Maps barycentrics over a clipped piece's corners to barycentrics over its source face. */
  private void storeThroughPiece(int idx, int piece, double c0, double c1, double c2) {
    double[] w = clipper.weights;
    int o = 9 * piece;
    bary1[idx] = (float) (c0 * w[o + 1] + c1 * w[o + 4] + c2 * w[o + 7]);
    bary2[idx] = (float) (c0 * w[o + 2] + c1 * w[o + 5] + c2 * w[o + 8]);
  }

  /**
   * Top-left rule for triangles of positive signed area in y-down coordinates: a top edge is horizontal and runs
   * towards +x, a left edge runs towards −y.
   */
  private static boolean topLeft(long ax, long ay, long bx, long by) {
    long dx = bx - ax;
    long dy = by - ay;
    return dy < 0 || (dy == 0 && dx > 0);
  }
}
