package org.radiomesh.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ModelReferenceTest {

  @Test
  void survivesJavaSerializationAsSparkShipsIt() throws Exception {
    ModelReference ref = ModelReference.builder().setUri("hdfs://nn:8020/models/vlm").optOption("device", "cpu")
        .optOption("djl.extraFiles", "meta.json").build();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(ref);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      ModelReference back = (ModelReference) in.readObject();
      assertThat(back).isEqualTo(ref).hasSameHashCodeAs(ref);
      assertThat(back.options()).containsEntry("djl.extraFiles", "meta.json");
    }
  }

  @Test
  void localAndRemoteUris() {
    assertThat(ModelReference.of("/opt/models/vlm").isLocal()).isTrue();
    assertThat(ModelReference.of("models/vlm").localPath()).isEqualTo(Path.of("models/vlm"));
    assertThat(ModelReference.of("file:/opt/models/vlm").localPath()).isEqualTo(Path.of("/opt/models/vlm"));
    assertThat(ModelReference.of("C:\\models\\vlm").isLocal()).isTrue();
    assertThat(ModelReference.of("hdfs://nn:8020/models/vlm").isLocal()).isFalse();
    assertThat(ModelReference.of("s3a://bucket/models/vlm").isLocal()).isFalse();
    assertThatThrownBy(() -> ModelReference.of("hdfs://nn/m").localPath()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theBuilderChecksItsInput() {
    assertThat(ModelReference.of("/m").engine()).isEqualTo("PyTorch");
    assertThat(ModelReference.of("/m").option("device", "auto")).isEqualTo("auto");
    assertThatThrownBy(() -> ModelReference.builder().build()).hasMessageContaining("setUri");
    assertThatThrownBy(() -> ModelReference.builder().setUri("/m").optOption("device", "tpu").build())
        .hasMessageContaining("tpu");
    assertThatThrownBy(() -> ModelReference.builder().setUri("/m").optEngine(" ").build())
        .hasMessageContaining("engine");
    assertThat(ModelReference.of("/a")).isNotEqualTo(ModelReference.builder().setUri("/a").optOption("k", "v").build());
  }
}
