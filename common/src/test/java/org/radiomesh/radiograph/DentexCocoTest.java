package org.radiomesh.radiograph;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radiomesh.anatomy.Condition;
import org.radiomesh.anatomy.DentitionSpec;
import org.radiomesh.anatomy.ToothSpec;

class DentexCocoTest {

  private static DentexCoco.Image image() {
    SortedMap<Integer, PixelBox> boxes = new TreeMap<>();
    boxes.put(11, new PixelBox(100.123, 50, 40.5, 120));
    boxes.put(36, new PixelBox(400, 300, 60, 110));
    boxes.put(38, new PixelBox(520, 320, 55, 100));
    boxes.put(46, new PixelBox(10, 300, 60, 110));
    boxes.put(21, new PixelBox(150, 50, 40, 120));
    List<ToothSpec> teeth = new ArrayList<>();
    teeth.add(ToothSpec.sound(11));
    teeth.add(new ToothSpec(org.radiomesh.anatomy.ToothNumber.fdi(36), List.of(
        new Condition.Caries(Condition.Surface.DISTAL, Condition.CariesDepth.PULP_EXPOSURE),
        new Condition.PeriapicalLesion(2))));
    teeth.add(new ToothSpec(org.radiomesh.anatomy.ToothNumber.fdi(38), List.of(new Condition.Impacted(30))));
    teeth.add(new ToothSpec(org.radiomesh.anatomy.ToothNumber.fdi(46), List.of(
        new Condition.Caries(Condition.Surface.OCCLUSAL, Condition.CariesDepth.ENAMEL),
        new Condition.Crown(Condition.CrownMaterial.CERAMIC))));
    teeth.add(new ToothSpec(org.radiomesh.anatomy.ToothNumber.fdi(21), List.of(new Condition.Missing())));
    return new DentexCoco.Image("case-000001.png", 1800, 900, boxes, new DentitionSpec(teeth));
  }

  @Test
  void enumerationLayoutAnnotatesEveryPresentToothWithDentexIds() {
    JsonNode root = DentexCoco.build(List.of(image()), DentexCoco.Layout.QUADRANT_ENUMERATION);
    assertThat(root.get("info").get("synthetic").asBoolean()).isTrue();
    assertThat(root.get("images").get(0).get("file_name").asText()).isEqualTo("case-000001.png");
    assertThat(root.get("images").get(0).get("width").asInt()).isEqualTo(1800);
    JsonNode annotations = root.get("annotations");
    // 21 is listed as missing: never annotated, even with a box.
    assertThat(annotations).hasSize(4);
    JsonNode first = annotations.get(0);
    assertThat(first.get("category_id_1").asInt()).isEqualTo(0);
    assertThat(first.get("category_id_2").asInt()).isEqualTo(0);
    assertThat(first.has("category_id_3")).isFalse();
    assertThat(first.get("bbox").toString()).isEqualTo("[100.12,50.0,40.5,120.0]");
    assertThat(first.get("area").asDouble()).isEqualTo(40.5 * 120);
    assertThat(first.get("segmentation").get(0)).hasSize(8);
    JsonNode lowerLeftFirstMolar = annotations.get(1);
    assertThat(lowerLeftFirstMolar.get("category_id_1").asInt()).isEqualTo(2);
    assertThat(lowerLeftFirstMolar.get("category_id_2").asInt()).isEqualTo(5);
    assertThat(root.get("categories_1")).hasSize(4);
    assertThat(root.get("categories_2")).hasSize(8);
    assertThat(root.get("categories_2").get(7).get("name").asText()).isEqualTo("8");
    assertThat(root.has("categories_3")).isFalse();
  }

  @Test
  void diseaseLayoutAnnotatesEachDiagnosisOnce() {
    JsonNode root = DentexCoco.build(List.of(image()), DentexCoco.Layout.QUADRANT_ENUMERATION_DISEASE);
    JsonNode annotations = root.get("annotations");
    List<String> got = new ArrayList<>();
    for (JsonNode a : annotations) {
      got.add(a.get("category_id_1").asInt() + "" + a.get("category_id_2").asInt() + ":"
          + a.get("category_id_3").asInt());
    }
    // 36: pulp-exposure caries is Deep Caries (3) and a periapical lesion (2); 38 impacted (0); 46 enamel caries (1);
    // the crown has no DENTEX diagnosis; 11 is sound.
    assertThat(got).containsExactly("25:2", "25:3", "27:0", "35:1");
    assertThat(annotations.get(0).get("id").asInt()).isEqualTo(1);
    assertThat(annotations.get(3).get("id").asInt()).isEqualTo(4);
    assertThat(root.get("categories_3").toString()).isEqualTo("[{\"id\":0,\"name\":\"Impacted\",\"supercategory\":"
        + "\"Impacted\"},{\"id\":1,\"name\":\"Caries\",\"supercategory\":\"Caries\"},{\"id\":2,\"name\":"
        + "\"Periapical Lesion\",\"supercategory\":\"Periapical Lesion\"},{\"id\":3,\"name\":\"Deep Caries\","
        + "\"supercategory\":\"Deep Caries\"}]");
  }

  @Test
  void writtenFileParsesAndIsByteIdenticalOnRewrite(@TempDir Path dir) throws Exception {
    Path a = dir.resolve("a.json");
    Path b = dir.resolve("b.json");
    DentexCoco.write(List.of(image(), image()), DentexCoco.Layout.QUADRANT_ENUMERATION_DISEASE, a);
    DentexCoco.write(List.of(image(), image()), DentexCoco.Layout.QUADRANT_ENUMERATION_DISEASE, b);
    assertThat(Files.readAllBytes(b)).isEqualTo(Files.readAllBytes(a));
    JsonNode root = new ObjectMapper().readTree(a.toFile());
    assertThat(root.get("images")).hasSize(2);
    assertThat(root.get("annotations")).hasSize(8);
    assertThat(root.get("annotations").get(7).get("image_id").asInt()).isEqualTo(2);
    assertThat(dir.resolve("a.json.part")).doesNotExist();
  }
}
