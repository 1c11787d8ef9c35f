package org.radiomesh.jobs.ctmesh;

import java.io.Serializable;
import java.util.List;

/**
 * What {@link CtMeshJob} reads and writes. Exactly one input: {@code catalog} (the ingest job's Parquet catalog, or
 * any Parquet table with columns {@code path}, {@code series_instance_uid}, {@code modality}) or {@code input} (a folder
 * of DICOM files, listed recursively and grouped by the Series Instance UID in their headers). Immutable.
 */
public final class CtMeshOptions implements Serializable {
  private static final long serialVersionUID = 1L;
  /** Default iso level: cortical bone. */
  public static final double DEFAULT_THRESHOLD_HU = 300;
  /** Default limit on one file's size. */
  public static final long DEFAULT_MAX_FILE_BYTES = 512L << 20;

  private final String catalog;
  private final String input;
  private final String out;
  private final double thresholdHu;
  private final List<String> series;
  private final List<String> modalities;
  private final long maxFileBytes;
  private final boolean writeObj;

  private CtMeshOptions(Builder b) {
    catalog = b.catalog;
    input = b.input;
    out = b.out;
    thresholdHu = b.thresholdHu;
    series = List.copyOf(b.series);
    modalities = List.copyOf(b.modalities);
    maxFileBytes = b.maxFileBytes;
    writeObj = b.writeObj;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Catalog table path, or null. */
  public String catalog() {
    return catalog;
  }

  /** DICOM folder, or null. */
  public String input() {
    return input;
  }

  public String out() {
    return out;
  }

  public double thresholdHu() {
    return thresholdHu;
  }

  /** Series Instance UIDs to mesh; empty means all. */
  public List<String> series() {
    return series;
  }

  /** Modalities to mesh (upper case); default CT (CBCT is stored as CT). */
  public List<String> modalities() {
    return modalities;
  }

  public long maxFileBytes() {
    return maxFileBytes;
  }

  /** Whether {@code OUT/obj/SERIES.obj} files are written next to the table. */
  public boolean writeObj() {
    return writeObj;
  }

  /** Builder; {@code out} and one of {@code catalog}/{@code input} are required. */
  public static final class Builder {
    private String catalog;
    private String input;
    private String out;
    private double thresholdHu = DEFAULT_THRESHOLD_HU;
    private List<String> series = List.of();
    private List<String> modalities = List.of("CT");
    private long maxFileBytes = DEFAULT_MAX_FILE_BYTES;
    private boolean writeObj = true;

    private Builder() {}

    public Builder catalog(String path) {
      this.catalog = path;
      return this;
    }

    public Builder input(String dir) {
      this.input = dir;
      return this;
    }

    public Builder out(String dir) {
      this.out = dir;
      return this;
    }

    public Builder thresholdHu(double hu) {
      this.thresholdHu = hu;
      return this;
    }

    public Builder series(List<String> uids) {
      this.series = uids == null ? List.of() : uids;
      return this;
    }

    public Builder modalities(List<String> modalities) {
      this.modalities = modalities.stream().map(m -> m.trim().toUpperCase(java.util.Locale.ROOT)).toList();
      return this;
    }

    public Builder maxFileBytes(long bytes) {
      this.maxFileBytes = bytes;
      return this;
    }

    public Builder writeObj(boolean write) {
      this.writeObj = write;
      return this;
    }

    /** @throws IllegalArgumentException naming the first missing or invalid option */
    public CtMeshOptions build() {
      if ((catalog == null) == (input == null)) {
        throw new IllegalArgumentException("give exactly one of --catalog and --input");
      }
      if (out == null || out.isBlank()) {
        throw new IllegalArgumentException("--out is required");
      }
      if (!Double.isFinite(thresholdHu)) {
        throw new IllegalArgumentException("--threshold " + thresholdHu + ": expected a finite number of HU");
      }
      if (modalities.isEmpty()) {
        throw new IllegalArgumentException("--modality: expected at least one modality");
      }
      if (maxFileBytes < 1) {
        throw new IllegalArgumentException("max file bytes " + maxFileBytes + ": expected >= 1");
      }
      return new CtMeshOptions(this);
    }
  }
}
