package org.radiomesh.jobs.pipeline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.SparkSession;
import org.radiomesh.dicom.DeidOptions;
import org.radiomesh.dicom.DeidProfile;
import org.radiomesh.jobs.JobSummary;
import org.radiomesh.jobs.ingest.IngestJob;
import org.radiomesh.jobs.ingest.IngestOptions;

/**
 * The {@code ingest} stage: {@link IngestJob} over the archive roots into {@code OUT/ingest/} ({@code catalog/},
 * {@code quarantine/}, {@code summary.json}). Counts: inputs = files listed, skipped = files an earlier run had
 * cataloged or quarantined, outputs = files cataloged now, errors = files quarantined now (by reason code).
 * Identifying DICOM attributes are replaced here ({@code ingest.deid}), before anything is written; later stages see
 * only the catalog. Cost: that of {@link IngestJob}.
 */
public final class IngestStage implements PipelineStage {
  public static final String NAME = "ingest";
  static final List<ConfigKey> KEYS = List.of(
      new ConfigKey("ingest.include", ConfigKey.Type.LIST, "", "only files matching one of these globs (name, or "
          + "path relative to the root when it has a /); empty: every file"),
      new ConfigKey("ingest.exclude", ConfigKey.Type.LIST, "", "leave out files matching one of these globs"),
      new ConfigKey("ingest.deid", ConfigKey.Type.TEXT, "basic", "de-identification profile: basic (PS3.15 Annex E, "
          + "key from " + DeidOptions.KEY_ENVIRONMENT_VARIABLE + ") or none"),
      new ConfigKey("ingest.retain-longitudinal", ConfigKey.Type.BOOLEAN, "false", "shift dates by a per-patient "
          + "keyed offset instead of removing them"),
      new ConfigKey("ingest.partitions", ConfigKey.Type.INTEGER, "0", "partitions for the per-file work; 0: about "
          + "one per 1,000 new files"));

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<ConfigKey> keys() {
    return KEYS;
  }

  /**
   * The de-identification options the settings ask for, with the key from {@code environment}.
   *
   * @throws IllegalArgumentException for an unknown profile, or basic without a key in the environment
   */
  public static DeidOptions deid(PipelineSettings settings, Map<String, String> environment) {
    String profile = settings.text("ingest.deid").toUpperCase(Locale.ROOT);
    DeidProfile p;
    try {
      p = DeidProfile.valueOf(profile);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("ingest.deid = '" + settings.text("ingest.deid") + "': expected basic or none",
          e);
    }
    return DeidOptions.fromEnvironment(p, settings.bool("ingest.retain-longitudinal"), environment);
  }

  @Override
  public void check(StageContext c) {
    if (c.inputs().isEmpty()) {
      throw new IllegalArgumentException("the ingest stage needs at least one --input root (or 'input' in the "
          + "configuration file)");
    }
    if (c.deid() == null) {
      throw new IllegalArgumentException("the ingest stage needs de-identification options (ingest.deid)");
    }
    if (c.settings().integer("ingest.partitions") < 0) {
      throw new IllegalArgumentException("ingest.partitions must be >= 0");
    }
  }

  @Override
  public List<String> fingerprintInputs(StageContext c) {
    return c.inputs();
  }

  @Override
  public StageResult run(SparkSession spark, StageContext c) {
    PipelineSettings s = c.settings();
    IngestOptions.Builder b = IngestOptions.builder().out(c.dir(NAME)).deid(c.deid())
        .partitions((int) s.integer("ingest.partitions"));
    c.inputs().forEach(b::input);
    s.list("ingest.include").forEach(b::include);
    s.list("ingest.exclude").forEach(b::exclude);
    JobSummary summary = IngestJob.run(spark, b.build());
    Map<String, Long> reasons = new TreeMap<>();
    Object byReason = summary.get("quarantine_by_reason");
    if (byReason instanceof Map<?, ?> m) {
      m.forEach((k, v) -> reasons.put(String.valueOf(k), ((Number) v).longValue()));
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("run_id", summary.get("run_id"));
    details.put("tables", List.of("catalog", "quarantine"));
    details.put("files_per_second", summary.get("files_per_second"));
    details.put("mb_per_second", summary.get("mb_per_second"));
    details.put("deid", summary.get("deid"));
    return new StageResult(count(summary, "listed"), count(summary, "already_done"), count(summary, "cataloged"),
        count(summary, "quarantined"), reasons, null, details);
  }

  @Override
  public Map<String, String> sampleTables(StageContext c) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("catalog", c.path(NAME, "catalog"));
    m.put("quarantine", c.path(NAME, "quarantine"));
    return m;
  }

  private static long count(JobSummary s, String key) {
    return ((Number) s.get(key)).longValue();
  }
}
