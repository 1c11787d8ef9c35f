package org.radiomesh.model;

import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Where a model directory lives and how to run it, as configuration only: a URI on any Hadoop file system
 * ({@code hdfs://nn:8020/models/vlm}, {@code s3a://…}) or a local path ({@code /opt/models/vlm},
 * {@code file:/opt/models/vlm}), the DJL engine name and string options. It holds no model: it is small, immutable
 * and {@link Serializable}, so a Spark job ships it to executors, which resolve it into one loaded model per JVM
 * (see {@code org.radiomesh.jobs.model.ExecutorModels}).
 *
 * <p>Options understood by the loaders:
 * <ul>
 *   <li>{@code device}: {@code auto} (default: the task's GPU when Spark gave it one, else the CPU) or {@code cpu};</li>
 *   <li>{@code cacheDir}: local folder that remote model directories are copied into (default
 *       {@code ${java.io.tmpdir}/radiomesh-models});</li>
 *   <li>{@code djl.<key>}: passed to DJL's {@code Criteria.optOption(key, value)} for every TorchScript module, for
 *       example {@code djl.extraFiles}.</li>
 * </ul>
 *
 * <pre>{@code
 * ModelReference ref = ModelReference.builder().setUri("hdfs://nn:8020/models/vlm").optOption("device", "cpu").build();
 * }</pre>
 */
public final class ModelReference implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String uri;
  private final String engine;
  private final TreeMap<String, String> options;

  private ModelReference(Builder b) {
    uri = b.uri;
    engine = b.engine;
    options = new TreeMap<>(b.options);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A reference to {@code uri} with the PyTorch engine and no options. */
  public static ModelReference of(String uri) {
    return builder().setUri(uri).build();
  }

  /** The model directory, as given. */
  public String uri() {
    return uri;
  }

  /** The DJL engine name, {@code "PyTorch"} unless set. */
  public String engine() {
    return engine;
  }

  /** All options, sorted by key, unmodifiable. */
  public Map<String, String> options() {
    return Collections.unmodifiableMap(options);
  }

  /** The option {@code key}, or {@code fallback} when it is not set. */
  public String option(String key, String fallback) {
    return options.getOrDefault(key, fallback);
  }

  /** True when {@link #uri()} has no scheme or the {@code file} scheme: the directory is used where it is. */
  public boolean isLocal() {
    String scheme = scheme(uri);
    return scheme == null || scheme.equalsIgnoreCase("file");
  }

  /** The local directory of a {@linkplain #isLocal() local} reference. */
  public Path localPath() {
    if (!isLocal()) {
      throw new IllegalStateException(uri + " is not on the local file system");
    }
    return scheme(uri) == null ? Path.of(uri) : Path.of(URI.create(uri));
  }

  private static String scheme(String uri) {
    // A Windows drive letter ("C:\models") is not a scheme; one letter before ':' never counts as one.
    int colon = uri.indexOf(':');
    if (colon < 2) {
      return null;
    }
    try {
      return new URI(uri).getScheme();
    } catch (URISyntaxException e) {
      return null;
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ModelReference r && uri.equals(r.uri) && engine.equals(r.engine) && options.equals(r.options);
  }

  @Override
  public int hashCode() {
    return Objects.hash(uri, engine, options);
  }

  @Override
  public String toString() {
    return uri + " (" + engine + (options.isEmpty() ? "" : ", " + options) + ")";
  }

  /** Builds a {@link ModelReference}; {@link #setUri} is required. */
  public static final class Builder {
    private String uri;
    private String engine = "PyTorch";
    private final TreeMap<String, String> options = new TreeMap<>();

    private Builder() {}

    public Builder setUri(String uri) {
      this.uri = uri;
      return this;
    }

    public Builder optEngine(String engine) {
      this.engine = engine;
      return this;
    }

    public Builder optOption(String key, String value) {
      options.put(Objects.requireNonNull(key, "option key"), Objects.requireNonNull(value, "value of " + key));
      return this;
    }

    public Builder optOptions(Map<String, String> values) {
      values.forEach(this::optOption);
      return this;
    }

    public ModelReference build() {
      if (uri == null || uri.isBlank()) {
        throw new IllegalArgumentException("model reference needs a URI or path (setUri)");
      }
      if (engine == null || engine.isBlank()) {
        throw new IllegalArgumentException("model reference " + uri + ": engine is empty");
      }
      String device = options.getOrDefault("device", "auto");
      if (!device.equals("auto") && !device.equals("cpu")) {
        throw new IllegalArgumentException("model reference " + uri + ": device '" + device + "', expected auto or cpu");
      }
      return new ModelReference(this);
    }
  }
}
