package org.radiomesh.render;

import java.util.Arrays;

/**
 * How {@link Rasterizer} shades and samples a view. Immutable; {@link #defaults()} or {@link #builder()}.
 *
 * <p>Shading (Blinn–Phong, two-sided, colours linear in [0, 1], no gamma): {@code colour · (ambient + diffuse ·
 * max(0, n·l)) + specular · max(0, n·h)^shininess}, clamped to [0, 1], where {@code l} is {@link #lightDirection()}
 * given in camera coordinates (OpenCV axes; the default light comes from above-left of the camera, a head light) and
 * {@code h} the half vector between l and the direction to the camera. The surface colour comes from
 * {@link #colorMode()}. {@link #nearPlane()} is a camera depth in mesh units (mm): geometry nearer is clipped.
 */
public final class RenderOptions {
  /** Where the surface colour comes from. */
  public enum ColorMode {
    /** Vertex colours when the mesh has them, else the label palette when it has labels, else the base colour. */
    AUTO,
    /** Per-vertex colours, interpolated (perspective-correct); the mesh must have colours. */
    VERTEX,
    /** {@link LabelPalette} colour of the pixel's label (the mesh must have labels). */
    LABEL,
    /** {@link #baseColor()} everywhere. */
    UNIFORM
  }

  /** The frame of the normal map. */
  public enum NormalSpace {
    /** Camera coordinates (x right, y down, z forward): a surface facing the camera has n_z &lt; 0. */
    CAMERA,
    /** World (mesh) coordinates. */
    WORLD
  }

  private final double ambient;
  private final double diffuse;
  private final double specular;
  private final double shininess;
  private final double[] lightDirection;
  private final ColorMode colorMode;
  private final float[] baseColor;
  private final float[] background;
  private final NormalSpace normalSpace;
  private final boolean flatShading;
  private final boolean cullBackFaces;
  private final int supersampling;
  private final double nearPlane;
  private final int threads;

  private RenderOptions(Builder b) {
    this.ambient = b.ambient;
    this.diffuse = b.diffuse;
    this.specular = b.specular;
    this.shininess = b.shininess;
    this.lightDirection = Vec3.normalize(b.lightDirection);
    this.colorMode = b.colorMode;
    this.baseColor = b.baseColor.clone();
    this.background = b.background.clone();
    this.normalSpace = b.normalSpace;
    this.flatShading = b.flatShading;
    this.cullBackFaces = b.cullBackFaces;
    this.supersampling = b.supersampling;
    this.nearPlane = b.nearPlane;
    this.threads = b.threads;
  }

  /**
   * Ambient 0.25, diffuse 0.75, specular 0.15 with shininess 32, light towards (−0.3, −0.5, −1) in camera space,
   * AUTO colours on an ivory base (0.93, 0.90, 0.82), black background, camera-space smooth normals, no culling, no
   * supersampling, near plane 0.01, one thread.
   */
  public static RenderOptions defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public double ambient() {
    return ambient;
  }

  public double diffuse() {
    return diffuse;
  }

  public double specular() {
    return specular;
  }

  public double shininess() {
    return shininess;
  }

  /** Unit vector from the surface towards the light, camera coordinates (a copy). */
  public double[] lightDirection() {
    return lightDirection.clone();
  }

  public ColorMode colorMode() {
    return colorMode;
  }

  /** RGB in [0, 1] (a copy). */
  public float[] baseColor() {
    return baseColor.clone();
  }

  /** RGB in [0, 1] of pixels no surface covers (a copy). */
  public float[] background() {
    return background.clone();
  }

  public NormalSpace normalSpace() {
    return normalSpace;
  }

  /** Face normals instead of interpolated vertex normals. */
  public boolean flatShading() {
    return flatShading;
  }

  /** Skip triangles whose back (clockwise side, for counter-clockwise meshes) faces the camera. */
  public boolean cullBackFaces() {
    return cullBackFaces;
  }

  /** Samples per pixel along each axis (1 = none; 2 = 4 samples per pixel). */
  public int supersampling() {
    return supersampling;
  }

  public double nearPlane() {
    return nearPlane;
  }

  /** Threads per view (row bands); 1 renders on the caller's thread. */
  public int threads() {
    return threads;
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    b.ambient = ambient;
    b.diffuse = diffuse;
    b.specular = specular;
    b.shininess = shininess;
    b.lightDirection = lightDirection.clone();
    b.colorMode = colorMode;
    b.baseColor = baseColor.clone();
    b.background = background.clone();
    b.normalSpace = normalSpace;
    b.flatShading = flatShading;
    b.cullBackFaces = cullBackFaces;
    b.supersampling = supersampling;
    b.nearPlane = nearPlane;
    b.threads = threads;
    return b;
  }

  /** Builder with the values of {@link #defaults()}. */
  public static final class Builder {
    private double ambient = 0.25;
    private double diffuse = 0.75;
    private double specular = 0.15;
    private double shininess = 32;
    private double[] lightDirection = {-0.3, -0.5, -1};
    private ColorMode colorMode = ColorMode.AUTO;
    private float[] baseColor = {0.93f, 0.90f, 0.82f};
    private float[] background = {0, 0, 0};
    private NormalSpace normalSpace = NormalSpace.CAMERA;
    private boolean flatShading;
    private boolean cullBackFaces;
    private int supersampling = 1;
    private double nearPlane = 0.01;
    private int threads = 1;

    private Builder() {}

    /** Ambient, diffuse and specular weights, each ≥ 0. */
    public Builder lighting(double ambient, double diffuse, double specular) {
      this.ambient = ambient;
      this.diffuse = diffuse;
      this.specular = specular;
      return this;
    }

    public Builder shininess(double shininess) {
      this.shininess = shininess;
      return this;
    }

    /** Direction towards the light in camera coordinates; normalised in {@link #build()}. */
    public Builder lightDirection(double x, double y, double z) {
      this.lightDirection = new double[] {x, y, z};
      return this;
    }

    public Builder colorMode(ColorMode colorMode) {
      this.colorMode = colorMode;
      return this;
    }

    public Builder baseColor(float r, float g, float b) {
      this.baseColor = new float[] {r, g, b};
      return this;
    }

    public Builder background(float r, float g, float b) {
      this.background = new float[] {r, g, b};
      return this;
    }

    public Builder normalSpace(NormalSpace normalSpace) {
      this.normalSpace = normalSpace;
      return this;
    }

    public Builder flatShading(boolean flatShading) {
      this.flatShading = flatShading;
      return this;
    }

    public Builder cullBackFaces(boolean cullBackFaces) {
      this.cullBackFaces = cullBackFaces;
      return this;
    }

    public Builder supersampling(int factor) {
      this.supersampling = factor;
      return this;
    }

    public Builder nearPlane(double nearPlane) {
      this.nearPlane = nearPlane;
      return this;
    }

    public Builder threads(int threads) {
      this.threads = threads;
      return this;
    }

    /** @throws IllegalArgumentException naming the first invalid field */
    public RenderOptions build() {
      if (!(ambient >= 0 && diffuse >= 0 && specular >= 0)) {
        throw new IllegalArgumentException("lighting weights " + ambient + ", " + diffuse + ", " + specular
            + ", expected >= 0");
      }
      if (!(shininess >= 1)) {
        throw new IllegalArgumentException("shininess " + shininess + ", expected >= 1");
      }
      if (Vec3.normalize(lightDirection) == null) {
        throw new IllegalArgumentException("light direction " + Arrays.toString(lightDirection) + " has no length");
      }
      if (colorMode == null || normalSpace == null) {
        throw new IllegalArgumentException("colour mode and normal space are required");
      }
      checkColor("base colour", baseColor);
      checkColor("background", background);
      if (supersampling < 1 || supersampling > 8) {
        throw new IllegalArgumentException("supersampling " + supersampling + ", expected 1..8");
      }
      if (!(nearPlane > 0 && Double.isFinite(nearPlane))) {
        throw new IllegalArgumentException("near plane " + nearPlane + ", expected > 0");
      }
      if (threads < 1) {
        throw new IllegalArgumentException("threads " + threads + ", expected >= 1");
      }
      return new RenderOptions(this);
    }

    private static void checkColor(String name, float[] c) {
      for (float v : c) {
        if (!(v >= 0 && v <= 1)) {
          throw new IllegalArgumentException(name + " " + Arrays.toString(c) + ", expected RGB in [0, 1]");
        }
      }
    }
  }
}
