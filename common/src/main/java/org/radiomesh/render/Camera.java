package org.radiomesh.render;

import java.util.Arrays;

/**
 * A calibrated pinhole camera: intrinsics (fx, fy, cx, cy in pixels, image width × height) and world-to-camera
 * extrinsics (rotation R, translation t), with no lens distortion and no skew.
 *
 * <p>Conventions (OpenCV): camera axes x right, y down, z forward (the optical axis); a world point X maps to camera
 * coordinates {@code x_c = R·X + t}, and to pixel coordinates {@code u = fx·x_c/z_c + cx}, {@code v = fy·y_c/z_c + cy}.
 * The centre of the pixel in column c and row r is at (u, v) = (c, r), so an image spans u ∈ [−0.5, width − 0.5]. R is
 * stored row-major and must be a rotation (orthonormal, determinant +1). World units are the mesh's units
 * (millimetres in radiomesh); camera z (depth) is in the same units. The camera sits at {@code C = −Rᵀ·t}.
 *
 * <p>Immutable; arrays are copied in and out. Every method is O(1).
 *
 * <pre>{@code
 * Camera cam = Camera.lookAt(new double[] {0, -80, 0}, new double[] {0, 0, 0}, new double[] {0, 0, 1}, 30, 256, 256);
 * double[] uvz = cam.project(1, 2, 3);
 * }</pre>
 */
public final class Camera {
  private static final double ROTATION_TOLERANCE = 1e-4;

  private final double fx;
  private final double fy;
  private final double cx;
  private final double cy;
  private final int width;
  private final int height;
  private final double[] r;
  private final double[] t;

  /**
   * A camera from intrinsics and extrinsics.
   *
   * @param r world-to-camera rotation, 9 values row-major
   * @param t world-to-camera translation, 3 values
   * @throws IllegalArgumentException when a focal length or the image size is not positive, a value is not finite, or
   *     r is not a rotation (within 1e-4)
   */
  public Camera(double fx, double fy, double cx, double cy, int width, int height, double[] r, double[] t) {
    if (!(fx > 0 && fy > 0 && Double.isFinite(fx) && Double.isFinite(fy))) {
      throw new IllegalArgumentException("focal lengths fx=" + fx + ", fy=" + fy + ", expected finite and > 0");
    }
    if (!Double.isFinite(cx) || !Double.isFinite(cy)) {
      throw new IllegalArgumentException("principal point (" + cx + ", " + cy + ") is not finite");
    }
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException("image size " + width + "x" + height + ", expected positive");
    }
    if (r == null || r.length != 9 || t == null || t.length != 3) {
      throw new IllegalArgumentException("expected R with 9 values and t with 3");
    }
    for (double v : t) {
      if (!Double.isFinite(v)) {
        throw new IllegalArgumentException("translation " + Arrays.toString(t) + " is not finite");
      }
    }
    String why = rotationProblem(r);
    if (why != null) {
      throw new IllegalArgumentException("R " + Arrays.toString(r) + " is not a rotation: " + why);
    }
    this.fx = fx;
    this.fy = fy;
    this.cx = cx;
    this.cy = cy;
    this.width = width;
    this.height = height;
    this.r = r.clone();
    this.t = t.clone();
  }

  /**
   * A camera at {@code eye} looking at {@code target}, with {@code up} (world) pointing up in the image (towards
   * −y_c), a vertical field of view in degrees, square pixels and the principal point at the image centre
   * ((width − 1)/2, (height − 1)/2).
   *
   * @throws IllegalArgumentException when eye equals target, up is parallel to the viewing direction, or the field of
   *     view is outside (0, 180)
   */
  public static Camera lookAt(double[] eye, double[] target, double[] up, double fovYDegrees, int width, int height) {
    if (!(fovYDegrees > 0 && fovYDegrees < 180)) {
      throw new IllegalArgumentException("vertical field of view " + fovYDegrees + " degrees, expected (0, 180)");
    }
    double[] z = Vec3.normalize(Vec3.sub(target, eye));
    if (z == null) {
      throw new IllegalArgumentException("eye " + Arrays.toString(eye) + " equals target");
    }
    double[] x = Vec3.normalize(Vec3.cross(z, up));
    if (x == null) {
      throw new IllegalArgumentException("up " + Arrays.toString(up) + " is parallel to the viewing direction");
    }
    double[] y = Vec3.cross(z, x);
    double[] rot = {x[0], x[1], x[2], y[0], y[1], y[2], z[0], z[1], z[2]};
    double[] trans = {-Vec3.dot(x, eye), -Vec3.dot(y, eye), -Vec3.dot(z, eye)};
    double f = 0.5 * height / Math.tan(Math.toRadians(fovYDegrees) / 2);
    return new Camera(f, f, (width - 1) / 2.0, (height - 1) / 2.0, width, height, rot, trans);
  }

  /** The 3×3 intrinsic matrix K, row-major: {fx, 0, cx, 0, fy, cy, 0, 0, 1}. */
  public double[] intrinsicMatrix() {
    return new double[] {fx, 0, cx, 0, fy, cy, 0, 0, 1};
  }

  /** World-to-camera rotation, row-major (a copy). */
  public double[] rotation() {
    return r.clone();
  }

  /** World-to-camera translation (a copy). */
  public double[] translation() {
    return t.clone();
  }

  /** The camera centre in world coordinates, −Rᵀ·t. */
  public double[] center() {
    return new double[] {
        -(r[0] * t[0] + r[3] * t[1] + r[6] * t[2]),
        -(r[1] * t[0] + r[4] * t[1] + r[7] * t[2]),
        -(r[2] * t[0] + r[5] * t[1] + r[8] * t[2])};
  }

  /** Camera coordinates {x_c, y_c, z_c} of a world point. */
  public double[] worldToCamera(double x, double y, double z) {
    return new double[] {
        r[0] * x + r[1] * y + r[2] * z + t[0],
        r[3] * x + r[4] * y + r[5] * z + t[1],
        r[6] * x + r[7] * y + r[8] * z + t[2]};
  }

  /** World coordinates of a point given in camera coordinates, Rᵀ·(x_c − t). */
  public double[] cameraToWorld(double xc, double yc, double zc) {
    double a = xc - t[0];
    double b = yc - t[1];
    double c = zc - t[2];
    return new double[] {
        r[0] * a + r[3] * b + r[6] * c,
        r[1] * a + r[4] * b + r[7] * c,
        r[2] * a + r[5] * b + r[8] * c};
  }

  /**
   * Pixel coordinates and depth {u, v, z_c} of a world point. For a point behind the camera (z_c ≤ 0) u and v are
   * meaningless; check z.
   */
  public double[] project(double x, double y, double z) {
    double[] c = worldToCamera(x, y, z);
    return new double[] {fx * c[0] / c[2] + cx, fy * c[1] / c[2] + cy, c[2]};
  }

  /** The world point seen at pixel coordinates (u, v) at camera depth {@code depth} (z_c, not ray length). */
  public double[] unproject(double u, double v, double depth) {
    return cameraToWorld((u - cx) / fx * depth, (v - cy) / fy * depth, depth);
  }

  /** Unit direction, in world coordinates, of the ray from the camera centre through pixel coordinates (u, v). */
  public double[] rayDirection(double u, double v) {
    double[] d = {(u - cx) / fx, (v - cy) / fy, 1};
    double[] w = {
        r[0] * d[0] + r[3] * d[1] + r[6] * d[2],
        r[1] * d[0] + r[4] * d[1] + r[7] * d[2],
        r[2] * d[0] + r[5] * d[1] + r[8] * d[2]};
    return Vec3.normalize(w);
  }

  /**
   * The same view rendered at {@code factor}× the resolution: focal lengths scaled, and the principal point moved so
   * that each pixel of this camera covers exactly a factor × factor block of the other's pixels.
   */
  public Camera scaled(int factor) {
    if (factor < 1) {
      throw new IllegalArgumentException("scale factor " + factor + ", expected >= 1");
    }
    return new Camera(fx * factor, fy * factor, (cx + 0.5) * factor - 0.5, (cy + 0.5) * factor - 0.5,
        width * factor, height * factor, r, t);
  }

  public double fx() {
    return fx;
  }

  public double fy() {
    return fy;
  }

  public double cx() {
    return cx;
  }

  public double cy() {
    return cy;
  }

  public int width() {
    return width;
  }

  public int height() {
    return height;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Camera c && fx == c.fx && fy == c.fy && cx == c.cx && cy == c.cy && width == c.width
        && height == c.height && Arrays.equals(r, c.r) && Arrays.equals(t, c.t);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(new double[] {fx, fy, cx, cy, width, height}) * 31 + Arrays.hashCode(r) * 17
        + Arrays.hashCode(t);
  }

  @Override
  public String toString() {
    return "Camera[" + width + "x" + height + ", f=(" + fx + ", " + fy + "), c=(" + cx + ", " + cy + "), centre="
        + Arrays.toString(center()) + "]";
  }

  /** Why r is not a rotation within tolerance, or null when it is. */
  static String rotationProblem(double[] r) {
    for (double v : r) {
      if (!Double.isFinite(v)) {
        return "a value is not finite";
      }
    }
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        double d = r[3 * i] * r[3 * j] + r[3 * i + 1] * r[3 * j + 1] + r[3 * i + 2] * r[3 * j + 2];
        if (Math.abs(d - (i == j ? 1 : 0)) > ROTATION_TOLERANCE) {
          return "rows " + i + " and " + j + " have dot product " + d + ", expected " + (i == j ? 1 : 0);
        }
      }
    }
    double det = r[0] * (r[4] * r[8] - r[5] * r[7]) - r[1] * (r[3] * r[8] - r[5] * r[6])
        + r[2] * (r[3] * r[7] - r[4] * r[6]);
    if (det < 0) {
      return "determinant " + det + " (a reflection), expected +1";
    }
    return null;
  }
}
