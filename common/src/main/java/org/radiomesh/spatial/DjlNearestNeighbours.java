package org.radiomesh.spatial;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Locale;

/**
 * Exact-distance nearest neighbours by tiled brute force on a DJL device (PyTorch engine): for a tile of
 * {@value #QUERY_TILE} queries and a tile of at most {@value #REFERENCE_TILE} reference points, the device computes
 * ‖b − c‖² − 2(a − c)·(b − c) (which is d² − ‖a − c‖², the same argmin) as one float32 matrix product, with c the
 * query tile's bounding-box centre so that float32 cancellation stays at the scale of the tile, and takes the argmin
 * over the reference tile. Java then computes the squared distance of each tile's candidate exactly, in double from
 * the float coordinates (the same arithmetic as {@link KdTree}), and keeps the smallest across reference tiles.
 *
 * <p>So the returned distance is always a true distance to a reference point; it equals the exact minimum unless
 * float32 rounding picked a near-tie candidate, whose distance then differs from the minimum by about 1e-7 of the
 * tile's squared extent. Query tiles start at multiples of {@value #QUERY_TILE} counted from the call's first query,
 * so callers that cut calls at fixed block boundaries get reproducible results on one device.
 *
 * <p>Cost: O(n·m) work on the device, O(n·m / {@value #REFERENCE_TILE}) in Java; device memory about
 * 4·{@value #QUERY_TILE}·{@value #REFERENCE_TILE} bytes per tile. Holds native memory: {@link #close()} it. Calls are
 * serialised (synchronized).
 *
 * <pre>{@code
 * try (DjlNearestNeighbours nn = new DjlNearestNeighbours(gtXyz, Device.gpu(0))) {
 *   nn.nearest(predXyz, 0, n, distanceSquared, index, 0);
 * }
 * }</pre>
 */
public final class DjlNearestNeighbours implements NeighbourIndex {
  /** Queries per device tile; divides {@link NeighbourIndex#BLOCK} and the metrics block. */
  public static final int QUERY_TILE = 512;
  /** Reference points per device tile. */
  public static final int REFERENCE_TILE = 16_384;

  private final float[] reference;
  private final int size;
  private final NDManager manager;
  private final NDArray[] tiles;

  /**
   * Uploads the reference points to the device.
   *
   * @param referenceXyz reference points, xyz triples, at least one, finite; not copied, do not change it
   * @param device for example {@code Device.cpu()} or the Spark task's {@code Device.gpu(i)}
   */
  public DjlNearestNeighbours(float[] referenceXyz, Device device) {
    if (referenceXyz == null || referenceXyz.length == 0 || referenceXyz.length % 3 != 0) {
      throw new IllegalArgumentException("need at least one reference point as xyz triples");
    }
    for (int i = 0; i < referenceXyz.length; i++) {
      if (!Float.isFinite(referenceXyz[i])) {
        throw new IllegalArgumentException("reference point " + i / 3 + " has a non-finite coordinate");
      }
    }
    this.reference = referenceXyz;
    this.size = referenceXyz.length / 3;
    this.manager = NDManager.newBaseManager(device, "PyTorch");
    int count = (size + REFERENCE_TILE - 1) / REFERENCE_TILE;
    this.tiles = new NDArray[count];
    for (int k = 0; k < count; k++) {
      int from = k * REFERENCE_TILE;
      int m = Math.min(size, from + REFERENCE_TILE) - from;
      float[] part = new float[3 * m];
      System.arraycopy(referenceXyz, 3 * from, part, 0, 3 * m);
      tiles[k] = manager.create(part, new Shape(m, 3));
    }
  }

  /** The device named "cpu", "gpu" or "gpu:N". */
  public static Device device(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.equals("cpu")) {
      return Device.cpu();
    }
    if (n.equals("gpu")) {
      return Device.gpu();
    }
    if (n.matches("gpu:\\d+")) {
      return Device.gpu(Integer.parseInt(n.substring(4)));
    }
    throw new IllegalArgumentException("device must be cpu, gpu or gpu:N, got " + name);
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public synchronized void nearest(float[] queries, int from, int to, double[] distanceSquared, int[] index,
      int outOffset) {
    for (int start = from; start < to; start += QUERY_TILE) {
      int end = Math.min(to, start + QUERY_TILE);
      queryTile(queries, start, end, distanceSquared, index, outOffset + start - from);
    }
  }

  private void queryTile(float[] queries, int from, int to, double[] distanceSquared, int[] index, int out) {
    int t = to - from;
    double[] lo = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
    double[] hi = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
    for (int i = from; i < to; i++) {
      for (int d = 0; d < 3; d++) {
        float v = queries[3 * i + d];
        if (!Float.isFinite(v)) {
          throw new IllegalArgumentException("query " + i + " has a non-finite coordinate: " + v);
        }
        lo[d] = Math.min(lo[d], v);
        hi[d] = Math.max(hi[d], v);
      }
    }
    float[] centre = new float[3];
    float[] centred = new float[3 * t];
    for (int d = 0; d < 3; d++) {
      centre[d] = (float) (0.5 * (lo[d] + hi[d]));
    }
    for (int k = 0; k < t; k++) {
      for (int d = 0; d < 3; d++) {
        centred[3 * k + d] = queries[3 * (from + k) + d] - centre[d];
      }
    }
    for (int k = 0; k < t; k++) {
      distanceSquared[out + k] = Double.POSITIVE_INFINITY;
    }
    for (int r = 0; r < tiles.length; r++) {
      long[] candidate;
      try (NDManager tile = manager.newSubManager()) {
        NDArray q = tile.create(centred, new Shape(t, 3));
        NDArray shifted = tile.create(centre, new Shape(1, 3)).neg().add(tiles[r]);
        NDArray norms = shifted.square().sum(new int[] {1});
        NDArray partial = q.matMul(shifted.transpose()).mul(-2f).add(norms);
        candidate = partial.argMin(1).toLongArray();
      }
      int offset = r * REFERENCE_TILE;
      for (int k = 0; k < t; k++) {
        int j = offset + (int) candidate[k];
        int a = 3 * (from + k);
        double dx = (double) queries[a] - reference[3 * j];
        double dy = (double) queries[a + 1] - reference[3 * j + 1];
        double dz = (double) queries[a + 2] - reference[3 * j + 2];
        double d2 = dx * dx + dy * dy + dz * dz;
        if (d2 < distanceSquared[out + k]) {
          distanceSquared[out + k] = d2;
          index[out + k] = j;
        }
      }
    }
  }

  @Override
  public synchronized void close() {
    manager.close();
  }
}
