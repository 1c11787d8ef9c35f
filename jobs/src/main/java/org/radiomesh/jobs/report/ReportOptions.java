package org.radiomesh.jobs.report;

import java.util.Objects;
import java.util.Set;
import org.radiomesh.model.ModelReference;
import org.radiomesh.model.vlm.GenerationOptions;
import org.radiomesh.model.vlm.VlmReporter;

/**
 * What {@link ReportJob} reads and writes.
 *
 * @param catalog ingest catalog (Parquet), or null with {@code images}
 * @param images folder of DICOM, PNG or JPEG files, or null with {@code catalog}
 * @param pattern with {@code images}: a glob on file names (for example {@code *.dcm}), or null for every file
 * @param out output folder on any Hadoop file system
 * @param model the model directory (local or remote), kind {@code findings} or {@code vlm}, with options such as
 *     {@code device=cpu}
 * @param batchSize images per forward pass, at least 1
 * @param partitions input partitions; 0 = Spark's default parallelism
 * @param maxFileBytes files above this size are not read ({@code TOO_LARGE})
 * @param modalities modalities the model reads; others are {@code UNSUPPORTED_MODALITY}
 * @param jsonLines also write {@code reports.jsonl/}
 * @param sr also write one DICOM Basic Text SR per study under {@code sr/}
 * @param generation for a {@code vlm} model: how it decodes (unused by a findings model)
 * @param prompt for a {@code vlm} model: the question put in its prompt template (unused by a findings model)
 */
public record ReportOptions(String catalog, String images, String pattern, String out, ModelReference model, int batchSize,
    int partitions, long maxFileBytes, Set<String> modalities, boolean jsonLines, boolean sr,
    GenerationOptions generation, String prompt) {

  /** Modalities of panoramic and other projection radiographs, and PNG/JPEG images ({@code XR-IMAGE}). */
  public static final Set<String> RADIOGRAPH_MODALITIES = Set.of("PX", "DX", "CR", "XR-IMAGE");

  public ReportOptions {
    if ((catalog == null) == (images == null)) {
      throw new IllegalArgumentException("give exactly one of --catalog and --images");
    }
    if (out == null || out.isBlank()) {
      throw new IllegalArgumentException("an output folder is required (--out)");
    }
    if (model == null) {
      throw new IllegalArgumentException("a model is required");
    }
    if (batchSize < 1 || partitions < 0 || maxFileBytes < 1) {
      throw new IllegalArgumentException("batch size " + batchSize + ", partitions " + partitions
          + ", max file bytes " + maxFileBytes + ": expected >= 1, >= 0, >= 1");
    }
    if (modalities == null || modalities.isEmpty()) {
      throw new IllegalArgumentException("at least one modality is required");
    }
    modalities = Set.copyOf(modalities);
    Objects.requireNonNull(generation, "generation options");
    if (prompt == null || prompt.isBlank()) {
      throw new IllegalArgumentException("the prompt is empty (--prompt)");
    }
  }

  /** Options with greedy generation and {@link VlmReporter#DEFAULT_PROMPT} (what a findings model ignores). */
  public ReportOptions(String catalog, String images, String pattern, String out, ModelReference model, int batchSize,
      int partitions, long maxFileBytes, Set<String> modalities, boolean jsonLines, boolean sr) {
    this(catalog, images, pattern, out, model, batchSize, partitions, maxFileBytes, modalities, jsonLines, sr,
        GenerationOptions.defaults(), VlmReporter.DEFAULT_PROMPT);
  }
}
