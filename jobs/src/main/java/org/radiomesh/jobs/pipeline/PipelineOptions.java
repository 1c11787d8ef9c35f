package org.radiomesh.jobs.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.radiomesh.dicom.DeidOptions;

/**
 * What {@link PipelineJob#run} runs. Immutable; build with {@link #builder()}: {@code out} is required, at least one
 * {@code input} when the ingest stage runs, and {@code deid} then too (no caller gets an un-de-identified catalog by
 * forgetting it); stages default to {@link PipelineStages#defaults}, the error-rate limit to 1 (never exceeded), stage
 * settings to their keys' defaults. {@link #CORE_KEYS} are the configuration-file names of the builder's own fields.
 */
public final class PipelineOptions {
  /** Configuration keys that are not a stage's: what the command's flags set. */
  public static final List<ConfigKey> CORE_KEYS = List.of(
      new ConfigKey("input", ConfigKey.Type.LIST, "", "archive roots, comma-separated (flag --input)"),
      new ConfigKey("out", ConfigKey.Type.TEXT, "", "output folder (flag --out)"),
      new ConfigKey("stages", ConfigKey.Type.LIST, "", "stages to run, comma-separated, in any order (flag --stages);"
          + " empty: every stage in this build"),
      new ConfigKey("max-error-rate", ConfigKey.Type.NUMBER, "1", "exit 4 when a stage's errors / rows processed "
          + "is above this (flag --max-error-rate); 1: never"),
      new ConfigKey("master", ConfigKey.Type.TEXT, "", "Spark master for in-process runs (flag --master); empty: "
          + "conf/spark-local.conf"),
      new ConfigKey("sample-rows", ConfigKey.Type.INTEGER, "20", "rows per table copied to report-data/ for the run "
          + "report"));

  private final List<String> inputs;
  private final String out;
  private final List<String> stages;
  private final double maxErrorRate;
  private final PipelineSettings settings;
  private final DeidOptions deid;
  private final int sampleRows;

  private PipelineOptions(Builder b, List<String> stages, PipelineSettings settings) {
    this.inputs = List.copyOf(b.inputs);
    this.out = b.out;
    this.stages = stages;
    this.maxErrorRate = b.maxErrorRate;
    this.settings = settings;
    this.deid = b.deid;
    this.sampleRows = b.sampleRows;
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

  /** The stages to run, in pipeline order. */
  public List<String> stages() {
    return stages;
  }

  public double maxErrorRate() {
    return maxErrorRate;
  }

  public PipelineSettings settings() {
    return settings;
  }

  /** De-identification for the ingest stage; null when it does not run. */
  public DeidOptions deid() {
    return deid;
  }

  public int sampleRows() {
    return sampleRows;
  }

  /** Builder for {@link PipelineOptions}. */
  public static final class Builder {
    private final List<String> inputs = new ArrayList<>();
    private String out;
    private List<String> stages = List.of();
    private double maxErrorRate = 1.0;
    private final Map<String, String> settings = new LinkedHashMap<>();
    private DeidOptions deid;
    private int sampleRows = 20;

    private Builder() {}

    /** Adds an archive root (folder or file, any Hadoop URI). */
    public Builder input(String root) {
      inputs.add(Objects.requireNonNull(root, "root"));
      return this;
    }

    public Builder out(String dir) {
      this.out = dir;
      return this;
    }

    /** The stages to run (any order; they run in pipeline order); empty: the defaults. */
    public Builder stages(List<String> names) {
      this.stages = List.copyOf(names);
      return this;
    }

    public Builder maxErrorRate(double rate) {
      this.maxErrorRate = rate;
      return this;
    }

    /** Sets a stage setting ({@code report.batch-size}, say); checked in {@link #build()}. */
    public Builder set(String key, String value) {
      settings.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
      return this;
    }

    public Builder deid(DeidOptions deid) {
      this.deid = deid;
      return this;
    }

    public Builder sampleRows(int rows) {
      this.sampleRows = rows;
      return this;
    }

    /** Validates and builds; throws {@link IllegalArgumentException} naming the bad option or key. */
    public PipelineOptions build() {
      if (out == null || out.isBlank()) {
        throw new IllegalArgumentException("--out is needed (or 'out' in the configuration file)");
      }
      if (!(maxErrorRate >= 0 && maxErrorRate <= 1)) {
        throw new IllegalArgumentException("--max-error-rate must be between 0 and 1, got " + maxErrorRate);
      }
      if (sampleRows < 0) {
        throw new IllegalArgumentException("sample-rows must be >= 0, got " + sampleRows);
      }
      Map<String, PipelineStage> available = PipelineStages.available();
      List<String> chosen = stages.isEmpty() ? PipelineStages.defaults(available) : stages;
      for (String s : chosen) {
        if (!available.containsKey(s)) {
          throw new IllegalArgumentException("--stages: no stage '" + s + "' in this build; available: "
              + String.join(",", available.keySet()));
        }
      }
      List<String> ordered = available.keySet().stream().filter(chosen::contains).toList();
      if (ordered.contains(IngestStage.NAME) && deid == null) {
        throw new IllegalArgumentException("the ingest stage needs de-identification chosen explicitly (deid)");
      }
      PipelineSettings resolved = PipelineSettings.of(PipelineStages.keys(available.values()), settings);
      return new PipelineOptions(this, ordered, resolved);
    }
  }
}
