package org.radiomesh.jobs.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.Device;
import java.util.Map;
import org.apache.spark.resource.ResourceInformation;
import org.junit.jupiter.api.Test;
import org.radiomesh.model.ModelReference;

class TaskDeviceTest {
  private static final ModelReference AUTO = ModelReference.of("/models/vlm");
  private static final ModelReference CPU = ModelReference.builder().setUri("/models/vlm").optOption("device", "cpu")
      .build();

  private static Map<String, ResourceInformation> gpus(String... addresses) {
    return Map.of("gpu", new ResourceInformation("gpu", addresses));
  }

  @Test
  void theTasksFirstGpuAddressIsTheDevice() {
    assertThat(TaskDevice.fromResources(gpus("1"), AUTO)).isEqualTo(Device.gpu(1));
    assertThat(TaskDevice.fromResources(gpus(" 3", "4"), AUTO)).isEqualTo(Device.gpu(3));
  }

  @Test
  void noGpuOrTheCpuOptionGivesTheCpu() {
    assertThat(TaskDevice.fromResources(Map.of(), AUTO)).isEqualTo(Device.cpu());
    assertThat(TaskDevice.fromResources(gpus(), AUTO)).isEqualTo(Device.cpu());
    assertThat(TaskDevice.fromResources(gpus("0"), CPU)).isEqualTo(Device.cpu());
    assertThat(TaskDevice.current(AUTO)).isEqualTo(Device.cpu());
  }

  @Test
  void aDiscoveryScriptAddressThatIsNotAnOrdinalIsReported() {
    assertThatThrownBy(() -> TaskDevice.fromResources(gpus("GPU-5f2a"), AUTO))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("GPU-5f2a");
  }
}
