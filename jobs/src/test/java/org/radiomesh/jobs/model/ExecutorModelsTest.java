package org.radiomesh.jobs.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.Device;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.SerializableConfiguration;
import org.junit.jupiter.api.Test;
import org.radiomesh.jobs.LocalSpark;
import org.radiomesh.model.ModelFormatException;
import org.radiomesh.model.ModelReference;
import org.radiomesh.model.TorchScriptModel;
import org.radiomesh.model.vlm.GenerationOptions;
import org.radiomesh.model.vlm.VisionLanguageModel;
import org.radiomesh.model.vlm.VlmGenerator;
import org.radiomesh.model.vlm.VlmRequest;
import org.radiomesh.model.vlm.VlmResult;

/** The VLM generation loop inside Spark jobs on local[2], through the per-executor model cache. */
class ExecutorModelsTest {

  @Test
  void oneLoadServesEveryPartitionOfTwoJobsAndGeneratorsCloseWithTheirTasks() throws Exception {
    SparkSession spark = LocalSpark.session();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Path cache = Files.createTempDirectory("radiomesh-model-cache");
    ModelReference ref = ModelReference.builder().setUri(VlmFixture.dir().toString())
        .optOption("cacheDir", cache.toString()).build();
    List<VlmRequest> requests = IntStream.range(0, 10).mapToObj(i -> VlmFixture.request("img-" + i, i % 4)).toList();
    GenerationOptions options = GenerationOptions.builder().temperature(0.7).topP(0.9).seed(17).maxNewTokens(6).build();
    SerializableConfiguration conf = new SerializableConfiguration(spark.sparkContext().hadoopConfiguration());
    long loads = ExecutorModels.loads();
    long registered = TaskScope.registered();
    long closed = TaskScope.closed();

    List<VlmResult> sixPartitions = jsc.parallelize(requests, 6)
        .mapPartitions(new VlmPartitionFunction(ref, options, 4, conf)).collect();
    List<VlmResult> threePartitions = jsc.parallelize(requests, 3)
        .mapPartitions(new VlmPartitionFunction(ref, options, 2, conf)).collect();

    assertThat(ExecutorModels.loads() - loads).isEqualTo(1);
    assertThat(TaskScope.registered() - registered).isEqualTo(9);
    assertThat(TaskScope.closed() - closed).isEqualTo(9);
    assertThat(sixPartitions).extracting(VlmResult::id)
        .containsExactlyElementsOf(requests.stream().map(VlmRequest::id).toList());
    assertThat(threePartitions).isEqualTo(sixPartitions);
    VisionLanguageModel shared = (VisionLanguageModel) ExecutorModels.get(ref, Device.cpu(), new Configuration());
    try (VlmGenerator generator = shared.newGenerator()) {
      assertThat(generator.generate(requests, options)).isEqualTo(sixPartitions);
    }
    assertThat(ExecutorModels.loads() - loads).isEqualTo(1);
  }

  @Test
  void theJobAsksForTheKindItGets() {
    ModelReference ref = ModelReference.builder().setUri(VlmFixture.dir().toString())
        .optOption("cacheDir", "kind-check").build();
    assertThatThrownBy(() -> ExecutorModels.forTask(ref, TorchScriptModel.class, new Configuration()))
        .isInstanceOf(ModelFormatException.class).hasMessageContaining("VisionLanguageModel")
        .hasMessageContaining("TorchScriptModel");
  }

  @Test
  void perTaskResourcesNeedATask() {
    assertThatThrownBy(() -> TaskScope.closeOnCompletion(() -> { }))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("no running Spark task");
  }
}
