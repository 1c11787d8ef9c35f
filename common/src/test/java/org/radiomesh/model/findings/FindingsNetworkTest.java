package org.radiomesh.model.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.XavierInitializer;
import org.junit.jupiter.api.Test;

class FindingsNetworkTest {

  @Test
  void outputsOneLogitPerToothAndConditionAndLeavesNothingOnTheModelManager() {
    try (Model model = Model.newInstance("net", Device.cpu(), "PyTorch")) {
      SequentialBlock net = FindingsNetwork.build(32, 64);
      model.setBlock(net);
      net.setInitializer(new XavierInitializer(), Parameter.Type.WEIGHT);
      net.initialize(model.getNDManager(), DataType.FLOAT32, FindingsNetwork.inputShape(1, 32, 64));
      long parameters = net.getParameters().values().stream().mapToLong(p -> p.getArray().size()).sum();
      assertThat(parameters).isLessThan(300_000);
      int before = model.getNDManager().getManagedArrays().size();
      for (boolean training : new boolean[] {true, false}) {
        try (NDManager batch = model.getNDManager().newSubManager()) {
          NDArray x = batch.randomNormal(FindingsNetwork.inputShape(3, 32, 64));
          if (training) {
            try (GradientCollector gc = Engine.getEngine("PyTorch").newGradientCollector()) {
              NDArray y = net.forward(new ParameterStore(batch, false), new NDList(x), true).singletonOrThrow();
              assertThat(y.getShape().getShape()).containsExactly(3, FindingsLabels.OUTPUTS);
              gc.backward(y.sum());
            }
          } else {
            NDArray y = net.forward(new ParameterStore(batch, false), new NDList(x), false).singletonOrThrow();
            assertThat(y.getShape().getShape()).containsExactly(3, FindingsLabels.OUTPUTS);
          }
        }
        assertThat(model.getNDManager().getManagedArrays()).as("arrays left on the model's manager").hasSize(before);
      }
    }
  }

  @Test
  void inputSidesMustBeMultiplesOfEight() {
    assertThatThrownBy(() -> FindingsNetwork.build(30, 64)).hasMessageContaining("multiples of 8");
  }
}
