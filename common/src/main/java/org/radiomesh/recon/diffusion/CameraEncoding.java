package org.radiomesh.recon.diffusion;

import java.util.List;
import java.util.Locale;
import org.radiomesh.render.Camera;

/**
 * How a {@link Camera} becomes the denoiser's per-view pose vector, after scene normalisation: world points are
 * recentred on the centre c of the scene box and divided by its bounding-sphere radius ρ (half the box diagonal, the
 * radius {@link org.radiomesh.render.CameraRing} frames), so a ring camera sits at a distance of about 2 to 4 whatever
 * the subject's size in mm. In normalised coordinates the rotation is unchanged, the translation is t' = (R·c + t)/ρ
 * and the camera centre C' = (C − c)/ρ. Axes stay OpenCV's (x right, y down, z forward); a model trained with OpenGL
 * or Blender axes must flip y and z itself.
 *
 * <ul>
 *   <li>{@code w2c-3x4} (12 values): world-to-camera [R | t'] row-major, r00 r01 r02 t'0 r10 ... t'2;</li>
 *   <li>{@code k-w2c} (16): fx/W, fy/H, cx/W, cy/H (intrinsics normalised by the image size), then {@code w2c-3x4};</li>
 *   <li>{@code c2w-4x4} (16): camera-to-world [Rᵀ | C'; 0 0 0 1] row-major (MVDream's convention, in OpenCV axes).</li>
 * </ul>
 *
 * Cost O(1) per camera.
 */
public enum CameraEncoding {
  W2C_3X4("w2c-3x4", 12), K_W2C("k-w2c", 16), C2W_4X4("c2w-4x4", 16);

  private final String manifestName;
  private final int width;

  CameraEncoding(String manifestName, int width) {
    this.manifestName = manifestName;
    this.width = width;
  }

  /** The name in {@code radiomesh-model.json}. */
  public String manifestName() {
    return manifestName;
  }

  /** Values per camera: 12 or 16. */
  public int width() {
    return width;
  }

  /** The encoding named {@code name}: {@code w2c-3x4}, {@code k-w2c} or {@code c2w-4x4}. */
  public static CameraEncoding of(String name) {
    for (CameraEncoding e : values()) {
      if (e.manifestName.equals(name == null ? null : name.toLowerCase(Locale.ROOT))) {
        return e;
      }
    }
    throw new IllegalArgumentException("camera encoding '" + name + "', expected w2c-3x4, k-w2c or c2w-4x4");
  }

  /** The pose vectors of {@code cameras}, concatenated in order ({@code cameras.size()·width()} values). */
  public float[] encode(List<Camera> cameras, double[] sceneBounds) {
    double[] c = {(sceneBounds[0] + sceneBounds[3]) / 2, (sceneBounds[1] + sceneBounds[4]) / 2,
        (sceneBounds[2] + sceneBounds[5]) / 2};
    double dx = sceneBounds[3] - sceneBounds[0];
    double dy = sceneBounds[4] - sceneBounds[1];
    double dz = sceneBounds[5] - sceneBounds[2];
    double radius = 0.5 * Math.sqrt(dx * dx + dy * dy + dz * dz);
    if (!(radius > 0)) {
      throw new IllegalArgumentException("scene box of zero size, no scale to normalise cameras with");
    }
    float[] out = new float[cameras.size() * width];
    for (int i = 0; i < cameras.size(); i++) {
      encode(cameras.get(i), c, radius, out, i * width);
    }
    return out;
  }

  /** Writes the pose vector of {@code camera} for scene centre {@code c} and radius {@code radius} at {@code at}. */
  public void encode(Camera camera, double[] c, double radius, float[] out, int at) {
    double[] r = camera.rotation();
    double[] t = camera.translation();
    int o = at;
    if (this == K_W2C) {
      out[o++] = (float) (camera.fx() / camera.width());
      out[o++] = (float) (camera.fy() / camera.height());
      out[o++] = (float) (camera.cx() / camera.width());
      out[o++] = (float) (camera.cy() / camera.height());
    }
    if (this == C2W_4X4) {
      double[] centre = camera.center();
      for (int row = 0; row < 3; row++) {
        for (int col = 0; col < 3; col++) {
          out[o++] = (float) r[col * 3 + row];
        }
        out[o++] = (float) ((centre[row] - c[row]) / radius);
      }
      out[o++] = 0;
      out[o++] = 0;
      out[o++] = 0;
      out[o] = 1;
      return;
    }
    for (int row = 0; row < 3; row++) {
      double rc = r[row * 3] * c[0] + r[row * 3 + 1] * c[1] + r[row * 3 + 2] * c[2];
      out[o++] = (float) r[row * 3];
      out[o++] = (float) r[row * 3 + 1];
      out[o++] = (float) r[row * 3 + 2];
      out[o++] = (float) ((rc + t[row]) / radius);
    }
  }
}
