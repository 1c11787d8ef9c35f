package org.radiomesh.radiograph;

import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.radiomesh.anatomy.MaterialField;

/**
 * Simulates a panoramic radiograph (orthopantomogram) of a {@link MaterialField} along a focal trough
 * ({@link ArchCurve}), with Beer–Lambert attenuation, regional magnification, depth-dependent blur off the trough and
 * detector noise; see {@link PanoramicGeometry} for the geometry, {@link PanoramicRayCaster} for the integration and
 * {@link XrayDetector} for the pixel values.
 *
 * <p>Steps: (1) sample the field into a {@link MaterialVolume} of {@code voxelMm} (adaptive; the dominant cost for an
 * expensive field); (2) cast one ray per internal pixel (voxel spacing at the trough) and blur by depth; (3) resample
 * bilinearly to the detector pitch, where magnification varies along the arch; (4) expose with noise, seeded per row.
 * The output depends only on the field, the arch and the options (not on {@code threads}).
 *
 * <p>Cost with the defaults on an adult jaw (about 80 × 75 × 60 mm): a few million field reads for the volume, about
 * 10⁸ voxel lookups for the rays, and 2–3 × 10⁶ output pixels.
 *
 * <pre>{@code
 * PanoramicRadiograph pano = PanoramicSimulator.simulate(patient, arch, PanoramicOptions.defaults());
 * RadiographPng.write(pano.pixels(), pano.width(), pano.height(), 0, 4095, Path.of("pano.png"));
 * }</pre>
 */
public final class PanoramicSimulator {
  private PanoramicSimulator() {}

  /** Samples {@code field} (over {@code options.bounds()}, else its own bounds) and simulates the radiograph. */
  public static PanoramicRadiograph simulate(MaterialField field, ArchCurve arch, PanoramicOptions options) {
    double[] bounds = options.bounds() != null ? options.bounds() : field.bounds();
    MaterialVolume volume = MaterialVolume.sample(field, bounds, options.sampling());
    return simulate(volume, arch, options);
  }

  /**
   * Simulates the radiograph of an already sampled volume (for example one shared with the CBCT output). Rays are cast
   * every {@code options.voxelMm()} at the trough; the volume's own voxel size sets the lookup step.
   */
  public static PanoramicRadiograph simulate(MaterialVolume volume, ArchCurve arch, PanoramicOptions options) {
    double[] o = volume.origin();
    double v = volume.voxelMm();
    double[] box = {o[0], o[1], o[2], o[0] + volume.nx() * v, o[1] + volume.ny() * v, o[2] + volume.nz() * v};
    PanoramicGeometry geometry = new PanoramicGeometry(arch, options.bounds() != null ? options.bounds() : box,
        options);
    PanoramicRayCaster caster = new PanoramicRayCaster(geometry, volume);
    int columns = geometry.internalColumns();
    int rows = geometry.internalRows();
    float[] integrals = new float[columns * rows];
    int[] boxes = forEachChunk(options.threads(), columns, range -> {
      PanoramicRayCaster.ColumnState state = caster.newColumnState();
      for (int c = range[0]; c < range[1]; c++) {
        caster.castColumn(c, state);
      }
      return state.boxes;
    });
    forEachChunk(options.threads(), rows, range -> {
      double[] prefix = new double[columns + 1];
      for (int r = range[0]; r < range[1]; r++) {
        caster.blurRow(r, prefix, integrals);
      }
      return new int[0];
    });
    short[] pixels = expose(geometry, integrals, options);
    return new PanoramicRadiograph(pixels, geometry, toothBoxes(geometry, boxes, volume.voxelMm()));
  }

  /** Resamples the internal line integrals to the detector grid and exposes them, row by row. */
  private static short[] expose(PanoramicGeometry g, float[] integrals, PanoramicOptions options) {
    int width = g.width();
    int height = g.height();
    int columns = g.internalColumns();
    int rows = g.internalRows();
    double[] internalColumn = new double[width];
    double[] rowAtTop = new double[width];
    double[] rowPerPixel = new double[width];
    for (int u = 0; u < width; u++) {
      double s = g.arcLength(u + 0.5);
      internalColumn[u] = s / g.spacing() - 0.5;
      // The internal row coordinate is linear in the output row coordinate within a column.
      rowAtTop[u] = g.internalRow(g.troughZ(s, 0));
      rowPerPixel[u] = g.internalRow(g.troughZ(s, 1)) - rowAtTop[u];
    }
    short[] pixels = new short[width * height];
    XrayDetector detector = options.detector();
    forEachChunk(options.threads(), height, range -> {
      float[] line = new float[width];
      for (int v = range[0]; v < range[1]; v++) {
        for (int u = 0; u < width; u++) {
          double rf = rowAtTop[u] + (v + 0.5) * rowPerPixel[u];
          line[u] = bilinear(integrals, columns, rows, internalColumn[u], rf);
        }
        detector.exposeRow(line, width, v, pixels, v * width);
      }
      return new int[0];
    });
    return pixels;
  }

  private static float bilinear(float[] grid, int columns, int rows, double cf, double rf) {
    cf = Math.max(0, Math.min(columns - 1, cf));
    rf = Math.max(0, Math.min(rows - 1, rf));
    int c0 = Math.min((int) cf, Math.max(columns - 2, 0));
    int r0 = Math.min((int) rf, Math.max(rows - 2, 0));
    int c1 = Math.min(c0 + 1, columns - 1);
    int r1 = Math.min(r0 + 1, rows - 1);
    double tc = cf - c0;
    double tr = rf - r0;
    double top = grid[r0 * columns + c0] * (1 - tc) + grid[r0 * columns + c1] * tc;
    double bottom = grid[r1 * columns + c0] * (1 - tc) + grid[r1 * columns + c1] * tc;
    return (float) (top * (1 - tr) + bottom * tr);
  }

  /**
   * Converts boxes of internal pixels (see {@link PanoramicRayCaster.ColumnState#boxes}) to output pixel boxes: the
   * union of the internal pixels' cells, grown by half a voxel on every side so that the box holds the tooth although
   * rays and voxels sample it only every {@code voxelMm} (it can be up to about one voxel too loose).
   */
  private static SortedMap<Integer, PixelBox> toothBoxes(PanoramicGeometry g, int[] boxes, double voxelMm) {
    SortedMap<Integer, PixelBox> result = new TreeMap<>();
    double spacing = g.spacing();
    double grow = 0.5 * voxelMm;
    for (int t = 11; t <= 48; t++) {
      if (boxes[4 * t] == Integer.MAX_VALUE) {
        continue;
      }
      int c0 = boxes[4 * t];
      int c1 = boxes[4 * t + 1];
      double zTop = g.internalZ(boxes[4 * t + 2]) + 0.5 * spacing + grow;
      double zBottom = g.internalZ(boxes[4 * t + 3]) - 0.5 * spacing - grow;
      double v0 = Double.POSITIVE_INFINITY;
      double v1 = Double.NEGATIVE_INFINITY;
      for (int c = c0; c <= c1; c++) {
        double s = g.internalArcLength(c);
        v0 = Math.min(v0, g.row(s, zTop));
        v1 = Math.max(v1, g.row(s, zBottom));
      }
      double u0 = Math.max(0, g.column(c0 * spacing - grow));
      double u1 = Math.min(g.width(), g.column((c1 + 1) * spacing + grow));
      v0 = Math.max(0, v0);
      v1 = Math.min(g.height(), v1);
      if (u1 > u0 && v1 > v0) {
        result.put(t, PixelBox.spanning(u0, v0, u1, v1));
      }
    }
    return result;
  }

  /**
   * Runs {@code body} over [0, count) split into contiguous ranges {from, to}, on {@code threads} threads, and merges
   * the tooth boxes each range returns (min of entries 4t and 4t+2, max of 4t+1 and 4t+3; an empty array adds nothing).
   */
  private static int[] forEachChunk(int threads, int count, Function<int[], int[]> body) {
    int chunks = threads == 1 ? 1 : Math.min(count, 4 * threads);
    int[][] results = new int[chunks][];
    IntConsumer chunk = i -> results[i] = body.apply(new int[] {
        (int) ((long) count * i / chunks), (int) ((long) count * (i + 1) / chunks)});
    if (chunks == 1) {
      chunk.accept(0);
    } else {
      ForkJoinPool pool = new ForkJoinPool(threads);
      try {
        pool.submit(() -> IntStream.range(0, chunks).parallel().forEach(chunk)).join();
      } finally {
        pool.shutdown();
      }
    }
    int[] merged = results[0].clone();
    for (int i = 1; i < chunks; i++) {
      for (int j = 0; j < merged.length; j++) {
        merged[j] = (j & 1) == 0 ? Math.min(merged[j], results[i][j]) : Math.max(merged[j], results[i][j]);
      }
    }
    return merged;
  }
}
