package org.radiomesh.recon;

import org.radiomesh.recon.ReconstructionException.Reason;
import org.radiomesh.render.Camera;
import org.radiomesh.render.RenderedView;

/**
 * One calibrated input view of a reconstruction: a name, a {@link Camera} (OpenCV conventions, world units mm), a
 * silhouette mask and optionally a depth map and a label map, all row-major with pixel (column c, row r) at
 * {@code r·width + c}, as in {@link RenderedView}.
 *
 * <p>Depth is camera z (along the optical axis, not along the ray) in mm, {@code +∞} (or 0, read as +∞) where unknown;
 * labels are integers ≥ 0 on the surface, −1 for background ({@link org.radiomesh.render.LabelPalette#BACKGROUND}).
 * Maps are not copied; treat them as read-only. Checks in {@link #of}: sizes against the camera, depth values
 * non-negative and not NaN, finite depth only inside the mask, and a non-empty mask. Cost O(pixels).
 */
public final class CalibratedView {
  private final String name;
  private final Camera camera;
  private final boolean[] mask;
  private final float[] depth;
  private final int[] labels;

  private CalibratedView(String name, Camera camera, boolean[] mask, float[] depth, int[] labels) {
    this.name = name;
    this.camera = camera;
    this.mask = mask;
    this.depth = depth;
    this.labels = labels;
  }

  /**
   * A checked view.
   *
   * @param depth camera z per pixel in mm, or null
   * @param labels label per pixel, or null
   * @throws ReconstructionException naming the view: a map whose size differs from the camera's image
   *     ({@code SIZE_MISMATCH}), an empty mask ({@code EMPTY_MASK}), a negative or NaN depth or a finite depth outside
   *     the mask ({@code BAD_DEPTH})
   */
  public static CalibratedView of(String name, Camera camera, boolean[] mask, float[] depth, int[] labels)
      throws ReconstructionException {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a view needs a non-blank name");
    }
    if (camera == null || mask == null) {
      throw new IllegalArgumentException("view '" + name + "' needs a camera and a mask");
    }
    int n = camera.width() * camera.height();
    checkSize(name, "mask", mask.length, camera);
    if (depth != null) {
      checkSize(name, "depth map", depth.length, camera);
    }
    if (labels != null) {
      checkSize(name, "label map", labels.length, camera);
    }
    boolean any = false;
    for (int i = 0; i < n; i++) {
      any |= mask[i];
      if (depth != null) {
        float d = depth[i];
        if (Float.isNaN(d) || d < 0 || (d > 0 && Float.isFinite(d) && !mask[i])) {
          throw new ReconstructionException(Reason.BAD_DEPTH, name, "view '" + name + "': depth " + d + " at pixel ("
              + i % camera.width() + ", " + i / camera.width() + ") "
              + (mask[i] || Float.isNaN(d) || d < 0 ? "is not a depth >= 0" : "lies outside the silhouette"));
        }
      }
    }
    if (!any) {
      throw new ReconstructionException(Reason.EMPTY_MASK, name, "view '" + name + "': the silhouette mask is empty");
    }
    return new CalibratedView(name, camera, mask, depth, labels);
  }

  /** A view from a rendered (or user-supplied) view: its mask, depth and labels. */
  public static CalibratedView of(String name, RenderedView view) throws ReconstructionException {
    return of(name, view.camera(), view.mask(), view.depth(), view.labels());
  }

  /** The same view without its depth map (to reconstruct from silhouettes only). */
  public CalibratedView withoutDepth() {
    return new CalibratedView(name, camera, mask, null, labels);
  }

  /** The same view without its label map. */
  public CalibratedView withoutLabels() {
    return new CalibratedView(name, camera, mask, depth, null);
  }

  private static void checkSize(String name, String map, int length, Camera camera) throws ReconstructionException {
    if (length != camera.width() * camera.height()) {
      throw new ReconstructionException(Reason.SIZE_MISMATCH, name, "view '" + name + "': " + map + " has " + length
          + " pixels, its camera is " + camera.width() + "x" + camera.height() + " = "
          + camera.width() * camera.height());
    }
  }

  public String name() {
    return name;
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

  public boolean[] mask() {
    return mask;
  }

  /** Camera z per pixel (mm), +∞ or 0 where unknown; null when the view has no depth map. */
  public float[] depth() {
    return depth;
  }

  /** Label per pixel, −1 for background; null when the view has no label map. */
  public int[] labels() {
    return labels;
  }

  public boolean hasDepth() {
    return depth != null;
  }

  public boolean hasLabels() {
    return labels != null;
  }

  @Override
  public String toString() {
    return "CalibratedView[" + name + ", " + width() + "x" + height() + (hasDepth() ? ", depth" : "")
        + (hasLabels() ? ", labels" : "") + "]";
  }
}
