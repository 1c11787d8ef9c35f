package org.radiomesh.jobs.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.util.SerializableConfiguration;
import org.radiomesh.dicom.QuarantineException;
import org.radiomesh.imaging.PixelDecodeException;
import org.radiomesh.jobs.HadoopFiles;
import org.radiomesh.jobs.TaskFaults;
import org.radiomesh.jobs.model.ExecutorModels;
import org.radiomesh.jobs.model.PartitionBatches;
import org.radiomesh.jobs.model.TaskScope;
import org.radiomesh.model.ImageReporter;
import org.radiomesh.model.LoadedModel;
import org.radiomesh.model.ModelReference;
import org.radiomesh.model.ModelRunException;
import org.radiomesh.model.vlm.GenerationOptions;
import org.radiomesh.report.SourceImage;
import org.radiomesh.report.StructuredReport;

/**
 * Executor side of the report job: for each input row ({@link ReportRows#INPUT}) reads the file, checks the modality,
 * decodes and encodes the pixels as the model's manifest says, and runs the executor's shared model
 * ({@link ExecutorModels}, one load per JVM: a findings network, or a vision-language model whose generated text is
 * read into findings and kept) on batches of {@code batchSize} images with one {@link ImageReporter} per task
 * ({@link TaskScope}); emits exactly one {@link ReportRows#OUTCOME} row per input row, in input order, an error row
 * with a {@link ReportErrorReason} when the image gets no report ({@code MODEL_FAILED} for every image of a batch
 * on which the model throws). With {@code identityFromHeader} (folder input) the image's study, series and SOP
 * identity come from its DICOM header. Serializable: it carries configuration only. Cost per image: read + decode
 * O(file bytes) and a share of one forward pass (findings) or of one generation loop (VLM).
 */
final class ReportPartition implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  private final ModelReference ref;
  private final int batchSize;
  private final long maxBytes;
  private final Set<String> modalities;
  private final boolean identityFromHeader;
  private final SerializableConfiguration conf;
  private final GenerationOptions generation;
  private final String prompt;

  ReportPartition(ModelReference ref, int batchSize, long maxBytes, Set<String> modalities,
      boolean identityFromHeader, SerializableConfiguration conf, GenerationOptions generation, String prompt) {
    this.ref = ref;
    this.generation = generation;
    this.prompt = prompt;
    this.batchSize = batchSize;
    this.maxBytes = maxBytes;
    this.modalities = Set.copyOf(modalities);
    this.identityFromHeader = identityFromHeader;
    this.conf = conf;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) throws Exception {
    TaskFaults.check("report");
    if (!rows.hasNext()) {
      return Collections.emptyIterator();
    }
    LoadedModel model = ExecutorModels.forTask(ref, LoadedModel.class, conf.value());
    ImageReporter reporter = TaskScope.closeOnCompletion(ImageReporter.open(model, generation, prompt));
    return TaskFaults.holdAfterLastRow("report",
        PartitionBatches.map(rows, batchSize, batch -> process(batch, reporter)));
  }

  /** One prepared image: its identity, its encoded input or its error, and its decode time. */
  private static final class Prepared {
    Object[] identity;
    float[] input;
    Row error;
    long decodeNs;
  }

  private List<Row> process(List<Row> batch, ImageReporter reporter) {
    Configuration hadoop = conf.value();
    List<Prepared> prepared = new ArrayList<>(batch.size());
    List<SourceImage> images = new ArrayList<>();
    List<float[]> inputs = new ArrayList<>();
    for (Row row : batch) {
      Prepared p = prepare(row, reporter, hadoop);
      prepared.add(p);
      if (p.error == null) {
        images.add(source(p.identity));
        inputs.add(p.input);
      }
    }
    List<StructuredReport> reports = List.of();
    String modelError = null;
    long inferenceNs = 0;
    if (!images.isEmpty()) {
      long start = System.nanoTime();
      try {
        reports = reporter.report(images, inputs);
      } catch (ModelRunException e) {
        modelError = e.getMessage();
      }
      inferenceNs = (System.nanoTime() - start) / images.size();
    }
    List<Row> out = new ArrayList<>(batch.size());
    int k = 0;
    for (Prepared p : prepared) {
      if (p.error != null) {
        out.add(p.error);
      } else if (modelError != null) {
        out.add(ReportRows.error(p.identity, reporter.model(), ReportErrorReason.MODEL_FAILED, modelError,
            p.decodeNs));
      } else {
        out.add(ReportRows.ok(p.identity, reports.get(k++), p.decodeNs, inferenceNs));
      }
    }
    return out;
  }

  private Prepared prepare(Row row, ImageReporter model, Configuration hadoop) {
    Prepared p = new Prepared();
    p.identity = new Object[ReportRows.INPUT.size()];
    for (int i = 0; i < p.identity.length; i++) {
      p.identity[i] = row.get(i);
    }
    String path = (String) p.identity[1];
    long start = System.nanoTime();
    try {
      if (!identityFromHeader && !supported((String) p.identity[7])) {
        return fail(p, model, ReportErrorReason.UNSUPPORTED_MODALITY, "modality " + p.identity[7]
            + " is not one the model reads " + modalities);
      }
      long length = new Path(path).getFileSystem(hadoop).getFileStatus(new Path(path)).getLen();
      if (length > maxBytes) {
        return fail(p, model, ReportErrorReason.TOO_LARGE, path + ": " + length + " bytes, above the limit of "
            + maxBytes);
      }
      byte[] bytes = HadoopFiles.readAll(path, hadoop, maxBytes);
      if (identityFromHeader) {
        refine(p.identity, SourceImage.ofFile(bytes, (String) p.identity[0]));
        if (!supported((String) p.identity[7])) {
          return fail(p, model, ReportErrorReason.UNSUPPORTED_MODALITY, "modality " + p.identity[7]
              + " is not one the model reads " + modalities);
        }
      }
      p.input = model.encode(bytes, path);
    } catch (PixelDecodeException | QuarantineException e) {
      return fail(p, model, ReportErrorReason.DECODE_FAILED, e.getMessage());
    } catch (IOException e) {
      return fail(p, model, ReportErrorReason.READ_FAILED, e.getClass().getSimpleName() + ": " + e.getMessage());
    } catch (RuntimeException e) {
      return fail(p, model, ReportErrorReason.DECODE_FAILED, e.getClass().getSimpleName() + ": " + e.getMessage());
    } finally {
      p.decodeNs = System.nanoTime() - start;
    }
    return p;
  }

  private Prepared fail(Prepared p, ImageReporter model, ReportErrorReason reason, String message) {
    p.error = ReportRows.error(p.identity, model.model(), reason, message, 0);
    return p;
  }

  private boolean supported(String modality) {
    return modality != null && modalities.contains(modality);
  }

  private static void refine(Object[] identity, SourceImage s) {
    identity[0] = s.imageId();
    identity[2] = s.studyId();
    identity[3] = s.seriesInstanceUid();
    identity[4] = s.sopClassUid();
    identity[5] = s.sopInstanceUid();
    identity[6] = s.patientId();
    identity[7] = s.modality();
  }

  private static SourceImage source(Object[] id) {
    return new SourceImage((String) id[0], (String) id[2], (String) id[7], (String) id[4], (String) id[5],
        (String) id[3], (String) id[6]);
  }
}
