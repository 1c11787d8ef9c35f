package org.radiomesh.jobs.pipeline;

import java.util.List;
import org.radiomesh.dicom.DeidOptions;
import org.radiomesh.jobs.HadoopFiles;

/**
 * What a {@link PipelineStage} gets: the pipeline's output folder, the archive roots, the resolved settings and the
 * de-identification options (null when the run has no ingest stage). O(1).
 *
 * @param out the pipeline's output folder (qualified URI); stage NAME writes under {@code out/NAME}
 * @param inputs the archive roots
 * @param settings every stage's resolved settings
 * @param deid de-identification for ingest, or null
 */
public record StageContext(String out, List<String> inputs, PipelineSettings settings, DeidOptions deid) {
  public StageContext {
    inputs = List.copyOf(inputs);
  }

  /** The folder of stage {@code stage}: {@code OUT/stage}. */
  public String dir(String stage) {
    return HadoopFiles.resolve(out, stage);
  }

  /** {@code OUT/stage/child}. */
  public String path(String stage, String child) {
    return HadoopFiles.resolve(dir(stage), child);
  }
}
