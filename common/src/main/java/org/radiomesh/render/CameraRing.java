package org.radiomesh.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.radiomesh.mesh.TriangleMesh;

/**
 * A camera layout: K azimuths × E elevations on a sphere around the centre of a bounding box, every camera looking at
 * that centre, at the distance where the box's bounding sphere just fits the narrower field of view (times a margin).
 *
 * <p>Conventions: {@code up} is the world direction that points up in every image (default +z); {@code front} is the
 * direction from the target to the camera at azimuth 0 and elevation 0 (default −y, made perpendicular to up).
 * Azimuths grow counter-clockwise seen from above (right-handed about up), starting at {@code azimuthOffset}, evenly
 * spaced over 360°; elevation is the angle above the plane perpendicular to up, in degrees, strictly between −90 and
 * 90. Cameras are ordered elevation-major: all azimuths of the first elevation, then the next. Distances in the units
 * of the bounds. Cost O(K·E).
 *
 * <pre>{@code
 * List<Camera> views = CameraRing.builder().azimuths(6).elevations(15, -15).size(256, 256).build().around(mesh);
 * }</pre>
 */
public final class CameraRing {
  private final int azimuths;
  private final double[] elevations;
  private final double azimuthOffset;
  private final int width;
  private final int height;
  private final double fovYDegrees;
  private final double margin;
  private final double[] up;
  private final double[] front;

  private CameraRing(Builder b) {
    this.azimuths = b.azimuths;
    this.elevations = b.elevations.clone();
    this.azimuthOffset = b.azimuthOffset;
    this.width = b.width;
    this.height = b.height;
    this.fovYDegrees = b.fovYDegrees;
    this.margin = b.margin;
    this.up = Vec3.normalize(b.up);
    this.front = Vec3.normalize(Vec3.sub(b.front, Vec3.scale(up, Vec3.dot(b.front, up))));
  }

  /** 6 azimuths × elevations {20, −20}, 256 × 256 px, 30° vertical field of view, margin 1.1, +z up, −y front. */
  public static CameraRing defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** One turntable: {@code n} azimuths at one elevation. */
  public static CameraRing turntable(int n, double elevationDegrees, int width, int height) {
    return builder().azimuths(n).elevations(elevationDegrees).size(width, height).build();
  }

  /** The cameras around a mesh's vertex bounding box. */
  public List<Camera> around(TriangleMesh mesh) {
    return around(bounds(mesh));
  }

  /** The cameras around a box {minX, minY, minZ, maxX, maxY, maxZ}. */
  public List<Camera> around(double[] bounds) {
    List<Camera> cams = new ArrayList<>(azimuths * elevations.length);
    for (double el : elevations) {
      for (int k = 0; k < azimuths; k++) {
        cams.add(at(azimuthOffset + 360.0 * k / azimuths, el, bounds));
      }
    }
    return cams;
  }

  /** The camera at one azimuth and elevation (degrees) around a box, with this layout's image size and distance. */
  public Camera at(double azimuthDegrees, double elevationDegrees, double[] bounds) {
    if (!(elevationDegrees > -90 && elevationDegrees < 90)) {
      throw new IllegalArgumentException("elevation " + elevationDegrees + " degrees, expected (-90, 90)");
    }
    checkBounds(bounds);
    double[] target = {(bounds[0] + bounds[3]) / 2, (bounds[1] + bounds[4]) / 2, (bounds[2] + bounds[5]) / 2};
    double radius = Math.max(1e-9, 0.5 * Math.sqrt(sq(bounds[3] - bounds[0]) + sq(bounds[4] - bounds[1])
        + sq(bounds[5] - bounds[2])));
    double halfY = Math.toRadians(fovYDegrees) / 2;
    double halfX = Math.atan(Math.tan(halfY) * width / height);
    double distance = margin * radius / Math.sin(Math.min(halfX, halfY));
    double az = Math.toRadians(azimuthDegrees);
    double el = Math.toRadians(elevationDegrees);
    double[] side = Vec3.cross(up, front);
    double[] dir = Vec3.add(Vec3.add(Vec3.scale(front, Math.cos(el) * Math.cos(az)),
        Vec3.scale(side, Math.cos(el) * Math.sin(az))), Vec3.scale(up, Math.sin(el)));
    return Camera.lookAt(Vec3.add(target, Vec3.scale(dir, distance)), target, up, fovYDegrees, width, height);
  }

  /** Axis-aligned bounds {minX, minY, minZ, maxX, maxY, maxZ} of a mesh's vertices. O(V). */
  public static double[] bounds(TriangleMesh mesh) {
    if (mesh.isEmpty()) {
      throw new IllegalArgumentException("an empty mesh has no bounds");
    }
    double[] b = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
    float[] xyz = mesh.xyz();
    for (int i = 0; i < xyz.length; i += 3) {
      for (int a = 0; a < 3; a++) {
        b[a] = Math.min(b[a], xyz[i + a]);
        b[a + 3] = Math.max(b[a + 3], xyz[i + a]);
      }
    }
    return b;
  }

  private static void checkBounds(double[] b) {
    if (b == null || b.length != 6) {
      throw new IllegalArgumentException("bounds must be {minX, minY, minZ, maxX, maxY, maxZ}");
    }
    for (int a = 0; a < 3; a++) {
      if (!(b[a] <= b[a + 3]) || !Double.isFinite(b[a]) || !Double.isFinite(b[a + 3])) {
        throw new IllegalArgumentException("bounds " + Arrays.toString(b) + " are not a finite box");
      }
    }
  }

  private static double sq(double v) {
    return v * v;
  }

  /** Builder; every field has the default of {@link #defaults()}. */
  public static final class Builder {
    private int azimuths = 6;
    private double[] elevations = {20, -20};
    private double azimuthOffset = 0;
    private int width = 256;
    private int height = 256;
    private double fovYDegrees = 30;
    private double margin = 1.1;
    private double[] up = {0, 0, 1};
    private double[] front = {0, -1, 0};

    private Builder() {}

    public Builder azimuths(int azimuths) {
      this.azimuths = azimuths;
      return this;
    }

    public Builder elevations(double... elevationsDegrees) {
      this.elevations = elevationsDegrees.clone();
      return this;
    }

    public Builder azimuthOffset(double degrees) {
      this.azimuthOffset = degrees;
      return this;
    }

    public Builder size(int width, int height) {
      this.width = width;
      this.height = height;
      return this;
    }

    public Builder fovYDegrees(double fovYDegrees) {
      this.fovYDegrees = fovYDegrees;
      return this;
    }

    /** Distance multiplier over the fitted distance, ≥ 1 keeps the whole box in view. */
    public Builder margin(double margin) {
      this.margin = margin;
      return this;
    }

    public Builder up(double x, double y, double z) {
      this.up = new double[] {x, y, z};
      return this;
    }

    public Builder front(double x, double y, double z) {
      this.front = new double[] {x, y, z};
      return this;
    }

    /** @throws IllegalArgumentException naming the first invalid field */
    public CameraRing build() {
      if (azimuths < 1) {
        throw new IllegalArgumentException("azimuths " + azimuths + ", expected >= 1");
      }
      if (elevations.length == 0) {
        throw new IllegalArgumentException("at least one elevation is needed");
      }
      for (double e : elevations) {
        if (!(e > -90 && e < 90)) {
          throw new IllegalArgumentException("elevation " + e + " degrees, expected (-90, 90)");
        }
      }
      if (width < 1 || height < 1) {
        throw new IllegalArgumentException("image size " + width + "x" + height + ", expected positive");
      }
      if (!(fovYDegrees > 0 && fovYDegrees < 180)) {
        throw new IllegalArgumentException("field of view " + fovYDegrees + " degrees, expected (0, 180)");
      }
      if (!(margin > 0 && Double.isFinite(margin))) {
        throw new IllegalArgumentException("margin " + margin + ", expected > 0");
      }
      double[] u = Vec3.normalize(up);
      if (u == null) {
        throw new IllegalArgumentException("up vector is zero");
      }
      if (Vec3.normalize(Vec3.sub(front, Vec3.scale(u, Vec3.dot(front, u)))) == null) {
        throw new IllegalArgumentException("front " + Arrays.toString(front) + " is parallel to up "
            + Arrays.toString(up));
      }
      return new CameraRing(this);
    }
  }
}
