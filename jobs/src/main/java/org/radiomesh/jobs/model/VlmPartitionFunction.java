package org.radiomesh.jobs.model;

import java.util.Iterator;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.util.SerializableConfiguration;
import org.radiomesh.model.ModelReference;
import org.radiomesh.model.vlm.GenerationOptions;
import org.radiomesh.model.vlm.VisionLanguageModel;
import org.radiomesh.model.vlm.VlmGenerator;
import org.radiomesh.model.vlm.VlmRequest;
import org.radiomesh.model.vlm.VlmResult;

/**
 * Maps a partition of {@link VlmRequest}s to {@link VlmResult}s with the executor's shared
 * {@link VisionLanguageModel} ({@link ExecutorModels}), one {@link VlmGenerator} per task closed when the task
 * completes ({@link TaskScope}), in batches of {@code batchSize} ({@link PartitionBatches}). Results keep the
 * partition's order. Serializable: it carries only the reference, the options, the batch size and the Hadoop
 * configuration. Cost per partition: the generator's cost per batch (see {@link VlmGenerator}).
 *
 * <pre>{@code
 * JavaRDD<VlmResult> results = requests.mapPartitions(new VlmPartitionFunction(ref, GenerationOptions.defaults(), 8,
 *     new SerializableConfiguration(spark.sparkContext().hadoopConfiguration())));
 * }</pre>
 */
public final class VlmPartitionFunction implements FlatMapFunction<Iterator<VlmRequest>, VlmResult> {
  private static final long serialVersionUID = 1L;

  private final ModelReference ref;
  private final GenerationOptions options;
  private final int batchSize;
  private final SerializableConfiguration conf;

  public VlmPartitionFunction(ModelReference ref, GenerationOptions options, int batchSize,
      SerializableConfiguration conf) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size " + batchSize + ", expected at least 1");
    }
    this.ref = ref;
    this.options = options;
    this.batchSize = batchSize;
    this.conf = conf;
  }

  @Override
  public Iterator<VlmResult> call(Iterator<VlmRequest> requests) throws Exception {
    if (!requests.hasNext()) {
      return java.util.Collections.emptyIterator();
    }
    VisionLanguageModel vlm = ExecutorModels.forTask(ref, VisionLanguageModel.class, conf.value());
    VlmGenerator generator = TaskScope.closeOnCompletion(vlm.newGenerator());
    return PartitionBatches.map(requests, batchSize, batch -> generator.generate(batch, options));
  }
}
