package org.radiomesh.render;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.radiomesh.mesh.TriangleMesh;

/**
 * A z-buffered software rasterizer for triangle meshes: per view an RGB shading, a silhouette mask, a depth map, a
 * normal map and a label map ({@link RenderedView} documents each map's conventions).
 *
 * <p>Method: vertices to camera space ({@link Camera}, OpenCV axes); triangles clipped against the near plane and a
 * guard band; corners snapped to 1/256 pixel; exact integer edge functions sampled at pixel centres (u, v) =
 * (column, row) with the top-left fill rule, so adjacent triangles leave no crack and cover no sample twice;
 * perspective-correct barycentrics; nearest camera z wins (ties: the earlier face). Shading is deferred: it runs once
 * per covered sample after visibility is known. Optional supersampling renders at s× resolution and reduces
 * ({@link RenderOptions#supersampling()}).
 *
 * <p>Cost per view O(V + F + Σ bounding-box samples of the visible triangles + W·H·s²); memory about 20 bytes per
 * sample plus 16 bytes per vertex. With {@link RenderOptions#threads()} &gt; 1, row bands are rasterised concurrently;
 * the result is identical to a single-threaded run. An instance is immutable and thread-safe.
 *
 * <pre>{@code
 * RenderedView view = Rasterizer.defaults().render(mesh, Camera.lookAt(eye, centre, up, 30, 256, 256));
 * }</pre>
 */
public final class Rasterizer {
  private final RenderOptions options;

  public Rasterizer(RenderOptions options) {
    if (options == null) {
      throw new IllegalArgumentException("options are required");
    }
    this.options = options;
  }

  /** A rasterizer with {@link RenderOptions#defaults()}. */
  public static Rasterizer defaults() {
    return new Rasterizer(RenderOptions.defaults());
  }

  public RenderOptions options() {
    return options;
  }

  /**
   * Renders one view.
   *
   * @throws IllegalArgumentException when the mesh has no faces, or the colour mode needs an attribute it lacks
   */
  public RenderedView render(TriangleMesh mesh, Camera camera) {
    return render(mesh, List.of(camera)).get(0);
  }

  /** Renders several views of one mesh, preparing the mesh (normals) once. */
  public List<RenderedView> render(TriangleMesh mesh, List<Camera> cameras) {
    PreparedMesh prepared = new PreparedMesh(mesh, options);
    List<RenderedView> out = new ArrayList<>(cameras.size());
    ExecutorService pool = options.threads() > 1 ? Executors.newFixedThreadPool(options.threads()) : null;
    try {
      for (Camera cam : cameras) {
        out.add(renderOne(prepared, cam, pool));
      }
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
    return out;
  }

  private RenderedView renderOne(PreparedMesh mesh, Camera target, ExecutorService pool) {
    int s = options.supersampling();
    Camera cam = s == 1 ? target : target.scaled(s);
    ViewRaster raster = new ViewRaster(mesh, cam, options);
    long fragments = pool == null ? raster.rasterRows(0, cam.height()) : rasterInBands(raster, cam.height(), pool);
    RasterStats stats = new RasterStats(mesh.faces.length / 3, raster.outside, raster.culled, raster.clipped,
        fragments);
    RenderedView hi = ViewShading.shade(raster, mesh, cam, options, stats);
    return Supersampling.downsample(hi, s, target);
  }

  private long rasterInBands(ViewRaster raster, int height, ExecutorService pool) {
    int bands = Math.min(height, 4 * options.threads());
    List<Future<Long>> parts = new ArrayList<>(bands);
    for (int k = 0; k < bands; k++) {
      int r0 = (int) ((long) height * k / bands);
      int r1 = (int) ((long) height * (k + 1) / bands);
      parts.add(pool.submit(() -> raster.rasterRows(r0, r1)));
    }
    long fragments = 0;
    try {
      for (Future<Long> f : parts) {
        fragments += f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while rasterising", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("rasterising a row band failed", e.getCause());
    }
    return fragments;
  }
}
