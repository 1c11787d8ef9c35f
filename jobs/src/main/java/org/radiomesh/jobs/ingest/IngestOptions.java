package org.radiomesh.jobs.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.radiomesh.dicom.CatalogLimits;
import org.radiomesh.dicom.DeidOptions;

/**
 * What {@link IngestJob#run} ingests and how. Immutable; build with {@link #builder()}: {@code input} (at least one)
 * and {@code out} are required, {@code deid} is required too so that no caller gets an un-de-identified catalog by
 * forgetting it; the rest have defaults.
 */
public final class IngestOptions {
  private final List<String> inputs;
  private final String out;
  private final List<String> includes;
  private final List<String> excludes;
  private final DeidOptions deid;
  private final CatalogLimits limits;
  private final int partitions;

  private IngestOptions(Builder b) {
    this.inputs = List.copyOf(b.inputs);
    this.out = b.out;
    this.includes = List.copyOf(b.includes);
    this.excludes = List.copyOf(b.excludes);
    this.deid = b.deid;
    this.limits = b.limits;
    this.partitions = b.partitions;
  }

  public static Builder builder() {
    return new Builder();
  }

  public List<String> inputs() {
    return inputs;
  }

  public String out() {
    return out;
  }

  public List<String> includes() {
    return includes;
  }

  public List<String> excludes() {
    return excludes;
  }

  public DeidOptions deid() {
    return deid;
  }

  public CatalogLimits limits() {
    return limits;
  }

  /** Partitions for the per-file work; 0 means about one per 1,000 new files, at least Spark's parallelism. */
  public int partitions() {
    return partitions;
  }

  /** Builder for {@link IngestOptions}. */
  public static final class Builder {
    private final List<String> inputs = new ArrayList<>();
    private String out;
    private final List<String> includes = new ArrayList<>();
    private final List<String> excludes = new ArrayList<>();
    private DeidOptions deid;
    private CatalogLimits limits = CatalogLimits.defaults();
    private int partitions;

    private Builder() {}

    /** Adds an input root (folder or file, any Hadoop URI). */
    public Builder input(String root) {
      inputs.add(Objects.requireNonNull(root, "root"));
      return this;
    }

    public Builder out(String dir) {
      this.out = dir;
      return this;
    }

    public Builder include(String glob) {
      includes.add(Objects.requireNonNull(glob, "glob"));
      return this;
    }

    public Builder exclude(String glob) {
      excludes.add(Objects.requireNonNull(glob, "glob"));
      return this;
    }

    public Builder deid(DeidOptions deid) {
      this.deid = deid;
      return this;
    }

    public Builder limits(CatalogLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    public Builder partitions(int partitions) {
      this.partitions = partitions;
      return this;
    }

    /** Validates and builds; throws {@link IllegalArgumentException} naming the missing or bad option. */
    public IngestOptions build() {
      if (inputs.isEmpty()) {
        throw new IllegalArgumentException("at least one --input root is needed");
      }
      if (out == null || out.isBlank()) {
        throw new IllegalArgumentException("--out is needed");
      }
      if (deid == null) {
        throw new IllegalArgumentException("de-identification must be chosen explicitly (DeidOptions.basic or none)");
      }
      if (partitions < 0) {
        throw new IllegalArgumentException("--partitions must be >= 0, got " + partitions);
      }
      return new IngestOptions(this);
    }
  }
}
