package org.radiomesh.anatomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Teeth3dsLabelsTest {

  @Test
  void writesTheTeeth3dsLayoutAndReadsItBack() throws IOException {
    Teeth3dsLabels l = new Teeth3dsLabels("case-000001", "lower", new int[] {0, 36, 36, 0, 41},
        new int[] {0, 3, 3, 0, 7});
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    l.write(out);
    JsonNode tree = new ObjectMapper().readTree(out.toByteArray());
    assertThat(tree.fieldNames()).toIterable().containsExactly("id_patient", "jaw", "labels", "instances");
    assertThat(tree.get("id_patient").asText()).isEqualTo("case-000001");
    assertThat(tree.get("labels").get(1).asInt()).isEqualTo(36);
    assertThat(Teeth3dsLabels.read(new ByteArrayInputStream(out.toByteArray()))).isEqualTo(l);
    assertThat(l.toJson()).isEqualTo(out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void rejectsBadJawsAndLengths() {
    assertThatThrownBy(() -> new Teeth3dsLabels("x", "middle", new int[0], new int[0]))
        .hasMessageContaining("middle");
    assertThatThrownBy(() -> new Teeth3dsLabels("x", "upper", new int[2], new int[1]))
        .hasMessageContaining("2 labels");
    assertThatThrownBy(() -> Teeth3dsLabels.read(new ByteArrayInputStream("{\"jaw\": 3".getBytes())))
        .isInstanceOf(IOException.class);
  }
}
