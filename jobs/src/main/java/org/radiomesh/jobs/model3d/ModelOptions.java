package org.radiomesh.jobs.model3d;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.radiomesh.mesh.io.MeshFormat;
import org.radiomesh.model.ModelReference;

/**
 * What {@link ModelJob} reads, how it makes each mesh and what it writes. Immutable; {@link #builder()}, validated in
 * {@link Builder#build()}.
 *
 * <p>Input, exactly one of: {@code text} (one free-text record) or {@code input} (a CSV or JSON-lines table, a
 * Parquet table, a spec file or a folder of spec files; see {@link ModelInputs}). Generator: {@link Generator}.
 * Views and image size apply to the multiview generators (views 0 = the generator's own: 8 for anatomy, the model's
 * for diffusion); resolution, faces and smoothing to the reconstruction; voxel and seed to the anatomy meshing.
 */
public final class ModelOptions implements Serializable {
  private static final long serialVersionUID = 1L;
  /** Views of the anatomy generator when none are asked for. */
  public static final int DEFAULT_ANATOMY_VIEWS = 8;

  private final String text;
  private final String input;
  private final String out;
  private final Generator generator;
  private final int views;
  private final int imageSize;
  private final int resolution;
  private final int faces;
  private final int smoothing;
  private final double voxelMm;
  private final long seed;
  private final int diffusionSteps;
  private final ModelReference model;
  private final List<MeshFormat> formats;
  private final boolean previews;
  private final boolean keepViews;
  private final int partitions;

  private ModelOptions(Builder b) {
    text = b.text;
    input = b.input;
    out = b.out;
    generator = b.generator;
    views = b.views;
    imageSize = b.imageSize;
    resolution = b.resolution;
    faces = b.faces;
    smoothing = b.smoothing;
    voxelMm = b.voxelMm;
    seed = b.seed;
    diffusionSteps = b.diffusionSteps;
    model = b.model;
    formats = List.copyOf(b.formats);
    previews = b.previews;
    keepViews = b.keepViews;
    partitions = b.partitions;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** One free-text record, or null. */
  public String text() {
    return text;
  }

  /** Table, spec file or folder path (any Hadoop file system), or null. */
  public String input() {
    return input;
  }

  public String out() {
    return out;
  }

  public Generator generator() {
    return generator;
  }

  /** Views per record for the multiview generators; 0 = the generator's own count. */
  public int views() {
    return views;
  }

  /** Width and height of the anatomy generator's views, px. */
  public int imageSize() {
    return imageSize;
  }

  /** Reconstruction grid samples along the longest axis. */
  public int resolution() {
    return resolution;
  }

  /** Reconstruction decimation target, faces; 0 = none. */
  public int faces() {
    return faces;
  }

  /** Reconstruction Taubin smoothing iterations. */
  public int smoothing() {
    return smoothing;
  }

  /** Marching-cubes voxel of the anatomy meshes (teeth and arches), mm. */
  public double voxelMm() {
    return voxelMm;
  }

  /** Seed of the virtual patient drawn for each spec, and of the generators' draws. */
  public long seed() {
    return seed;
  }

  /** Diffusion sampling steps; 0 = the sampler's default. */
  public int diffusionSteps() {
    return diffusionSteps;
  }

  /** The multiview-diffusion model directory (diffusion only), or null. */
  public ModelReference model() {
    return model;
  }

  /** Mesh file formats to write under {@code files/} (empty: none). */
  public List<MeshFormat> formats() {
    return formats;
  }

  public boolean previews() {
    return previews;
  }

  /** Whether the generated views are kept under {@code views/ID/} (calibrated-views layout). */
  public boolean keepViews() {
    return keepViews;
  }

  /** Partitions of the records; 0 = Spark's default parallelism. */
  public int partitions() {
    return partitions;
  }

  /**
   * The parameters that decide a mesh, as strings in a fixed order (the rerun key hashes them with the model's content
   * hash): generator and, for the multiview generators, views, image size, reconstruction settings.
   */
  public Map<String, String> meshParameters() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("generator", generator.code());
    p.put("seed", Long.toString(seed));
    p.put("voxel_mm", Double.toString(voxelMm));
    if (generator != Generator.DIRECT) {
      p.put("views", Integer.toString(views));
      p.put("resolution", Integer.toString(resolution));
      p.put("faces", Integer.toString(faces));
      p.put("smoothing", Integer.toString(smoothing));
    }
    if (generator == Generator.ANATOMY) {
      p.put("image_size", Integer.toString(imageSize));
    }
    if (generator == Generator.DIFFUSION) {
      p.put("diffusion_steps", Integer.toString(diffusionSteps));
      p.put("model", model.uri());
    }
    return p;
  }

  /** Builder; {@code out} and one of {@code text}/{@code input} are required. */
  public static final class Builder {
    private String text;
    private String input;
    private String out;
    private Generator generator = Generator.DIRECT;
    private int views;
    private int imageSize = 192;
    private int resolution = 96;
    private int faces = 40_000;
    private int smoothing = 8;
    private double voxelMm = 0.3;
    private long seed;
    private int diffusionSteps;
    private ModelReference model;
    private List<MeshFormat> formats = List.of();
    private boolean previews;
    private boolean keepViews;
    private int partitions;

    private Builder() {}

    public Builder text(String text) {
      this.text = text;
      return this;
    }

    public Builder input(String path) {
      this.input = path;
      return this;
    }

    public Builder out(String dir) {
      this.out = dir;
      return this;
    }

    public Builder generator(Generator generator) {
      this.generator = generator;
      return this;
    }

    public Builder views(int views) {
      this.views = views;
      return this;
    }

    public Builder imageSize(int px) {
      this.imageSize = px;
      return this;
    }

    public Builder resolution(int resolution) {
      this.resolution = resolution;
      return this;
    }

    public Builder faces(int faces) {
      this.faces = faces;
      return this;
    }

    public Builder smoothing(int iterations) {
      this.smoothing = iterations;
      return this;
    }

    public Builder voxelMm(double voxelMm) {
      this.voxelMm = voxelMm;
      return this;
    }

    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    public Builder diffusionSteps(int steps) {
      this.diffusionSteps = steps;
      return this;
    }

    public Builder model(ModelReference model) {
      this.model = model;
      return this;
    }

    public Builder formats(List<MeshFormat> formats) {
      this.formats = formats == null ? List.of() : formats;
      return this;
    }

    /** Formats by extension ("obj", "ply", "stl"). */
    public Builder formatNames(List<String> names) {
      List<MeshFormat> f = new java.util.ArrayList<>();
      for (String n : names == null ? List.<String>of() : names) {
        String ext = n.trim().toLowerCase(Locale.ROOT);
        if (!ext.isEmpty()) {
          f.add(MeshFormat.fromFileName("x." + ext).orElseThrow(() ->
              new IllegalArgumentException("--formats " + n + ": expected obj, ply or stl")));
        }
      }
      this.formats = f;
      return this;
    }

    public Builder previews(boolean previews) {
      this.previews = previews;
      return this;
    }

    public Builder keepViews(boolean keepViews) {
      this.keepViews = keepViews;
      return this;
    }

    public Builder partitions(int partitions) {
      this.partitions = partitions;
      return this;
    }

    /** @throws IllegalArgumentException naming the first missing or invalid option */
    public ModelOptions build() {
      if ((text == null) == (input == null)) {
        throw new IllegalArgumentException("give exactly one input: a free text or a table/spec path");
      }
      if (text != null && text.isBlank()) {
        throw new IllegalArgumentException("--input: the text is empty");
      }
      if (out == null || out.isBlank()) {
        throw new IllegalArgumentException("--out is required");
      }
      if (generator == null) {
        throw new IllegalArgumentException("--generator is required");
      }
      if (views < 0 || views == 1 || views > 64) {
        throw new IllegalArgumentException("--views " + views + ": expected 0 (the generator's own) or 2..64");
      }
      if (imageSize < 16 || imageSize > 2048) {
        throw new IllegalArgumentException("image size " + imageSize + " px, expected 16..2048");
      }
      if (resolution < 8 || resolution > 1024) {
        throw new IllegalArgumentException("--resolution " + resolution + ", expected 8..1024");
      }
      if (faces != 0 && faces < 4 || faces < 0) {
        throw new IllegalArgumentException("--faces " + faces + ", expected 0 (no decimation) or >= 4");
      }
      if (smoothing < 0 || diffusionSteps < 0 || partitions < 0) {
        throw new IllegalArgumentException("smoothing, diffusion steps and partitions must be >= 0");
      }
      if (!(voxelMm >= 0.05 && voxelMm <= 2)) {
        throw new IllegalArgumentException("voxel " + voxelMm + " mm, expected 0.05..2");
      }
      if ((generator == Generator.DIFFUSION) != (model != null)) {
        throw new IllegalArgumentException(generator == Generator.DIFFUSION
            ? "--generator diffusion needs --model DIR (a multiview-diffusion model directory)"
            : "--model is only used by --generator diffusion");
      }
      if (formats.stream().distinct().count() != formats.size()) {
        throw new IllegalArgumentException("--formats lists a format twice: " + formats);
      }
      return new ModelOptions(this);
    }
  }
}
