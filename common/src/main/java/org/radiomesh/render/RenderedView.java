package org.radiomesh.render;

/**
 * One rendered (or user-supplied) view: its camera and per-pixel maps, row-major, pixel (column c, row r) at index
 * {@code r·width + c}.
 *
 * <ul>
 *   <li>{@link #rgb()}: 3 floats per pixel, linear RGB in [0, 1], background colour where nothing is covered.
 *   <li>{@link #mask()}: silhouette, true where a surface covers the pixel (with supersampling: at least half of its
 *       samples).
 *   <li>{@link #depth()}: camera z (distance along the optical axis, not along the ray) in mesh units (mm);
 *       {@code +∞} for background. With supersampling: the nearest covered sample.
 *   <li>{@link #normals()}: 3 floats per pixel, unit surface normal as stored in the mesh (not flipped towards the
 *       camera), in {@link #normalSpace()}; (0, 0, 0) for background. With supersampling: normalised mean of the
 *       covered samples.
 *   <li>{@link #labels()}: per pixel the label of the covering triangle's vertex with the largest perspective-correct
 *       barycentric weight (nearest vertex); 0 on a mesh without labels, {@link LabelPalette#BACKGROUND} (−1) for
 *       background. With supersampling: the most frequent label of the covered samples.
 * </ul>
 *
 * <p>Any map but the mask may be null (a user-supplied view may have a mask only). Arrays are not copied; treat them as
 * read-only.
 */
public final class RenderedView {
  private final Camera camera;
  private final float[] rgb;
  private final boolean[] mask;
  private final float[] depth;
  private final float[] normals;
  private final RenderOptions.NormalSpace normalSpace;
  private final int[] labels;
  private final RasterStats stats;

  /**
   * A view from its maps; lengths are checked against the camera's image size.
   *
   * @param stats null for views that were not rasterised
   * @throws IllegalArgumentException naming the first map of the wrong length
   */
  public RenderedView(Camera camera, float[] rgb, boolean[] mask, float[] depth, float[] normals,
      RenderOptions.NormalSpace normalSpace, int[] labels, RasterStats stats) {
    if (camera == null || mask == null) {
      throw new IllegalArgumentException("a view needs a camera and a mask");
    }
    int n = camera.width() * camera.height();
    check("mask", mask.length, n);
    check("rgb", rgb == null ? 3 * n : rgb.length, 3 * n);
    check("depth", depth == null ? n : depth.length, n);
    check("normals", normals == null ? 3 * n : normals.length, 3 * n);
    check("labels", labels == null ? n : labels.length, n);
    if (normals != null && normalSpace == null) {
      throw new IllegalArgumentException("a normal map needs its normal space");
    }
    this.camera = camera;
    this.rgb = rgb;
    this.mask = mask;
    this.depth = depth;
    this.normals = normals;
    this.normalSpace = normalSpace;
    this.labels = labels;
    this.stats = stats;
  }

  /** A view with a silhouette and optionally a depth map only, as read from calibrated images. */
  public static RenderedView ofMask(Camera camera, boolean[] mask, float[] depthOrNull) {
    return new RenderedView(camera, null, mask, depthOrNull, null, null, null, null);
  }

  public Camera camera() {
    return camera;
  }

  public int width() {
    return camera.width();
  }

  public int height() {
    return camera.height();
  }

  public float[] rgb() {
    return rgb;
  }

  public boolean[] mask() {
    return mask;
  }

  public float[] depth() {
    return depth;
  }

  public float[] normals() {
    return normals;
  }

  public RenderOptions.NormalSpace normalSpace() {
    return normalSpace;
  }

  public int[] labels() {
    return labels;
  }

  /** Rasterisation counts, or null for a view that was not rendered here. */
  public RasterStats stats() {
    return stats;
  }

  /** Number of pixels in the silhouette. O(pixels). */
  public int maskArea() {
    int n = 0;
    for (boolean b : mask) {
      if (b) {
        n++;
      }
    }
    return n;
  }

  private static void check(String name, int length, int expected) {
    if (length != expected) {
      throw new IllegalArgumentException(name + " has " + length + " values, expected " + expected);
    }
  }
}
