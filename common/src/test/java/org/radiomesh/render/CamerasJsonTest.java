package org.radiomesh.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CamerasJsonTest {

  private static final String VIEW = "{\"name\": \"a\", \"width\": 64, \"height\": 48, "
      + "\"K\": [[100, 0, 31.5], [0, 100, 23.5], [0, 0, 1]], \"R\": [[1, 0, 0], [0, 1, 0], [0, 0, 1]], "
      + "\"t\": [0, 0, 50]}";

  @Test
  void roundTripsExactly(@TempDir Path dir) throws Exception {
    Random rnd = new Random(7);
    List<Camera> cams = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      cams.add(CameraTest.randomCamera(rnd));
    }
    Path file = dir.resolve("cameras.json");
    CamerasJson.write(CamerasJson.named(cams), file);
    List<NamedCamera> back = CamerasJson.read(file);
    assertThat(back).hasSize(5);
    for (int i = 0; i < 5; i++) {
      assertThat(back.get(i).name()).isEqualTo(String.format("view_%03d", i));
      assertThat(back.get(i).camera()).isEqualTo(cams.get(i));
    }
  }

  @Test
  void readsABareArray() throws Exception {
    List<NamedCamera> views = CamerasJson.parse("[" + VIEW + "]", "x.json");
    Camera c = views.get(0).camera();
    assertThat(c.project(0, 0, 0)).containsExactly(31.5, 23.5, 50.0);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "\"t\": [0, 0, 50]|\"t\": [0, 0, 50], \"dist\": [0.1, 0, 0, 0]|unknown field \"dist\"",
      "[[100, 0, 31.5]|[[100, 2, 31.5]|skew",
      "[0, 0, 1]], \"R\"|[0, 0, 2]], \"R\"|field \"K\"",
      "[[1, 0, 0], [0, 1, 0]|[[1, 0, 0], [0, 1, 0.5]|not a rotation",
      "[0, 0, 1]], \"t\"|[0, 0, -1]], \"t\"|not a rotation",
      "\"width\": 64|\"width\": -64|\"width\"",
      "\"t\": [0, 0, 50]|\"t\": [0, 50]|\"t\"",
      "\"name\": \"a\", |''|\"name\"",
  })
  void rejectsInconsistentCalibration(String from, String to, String message) {
    String bad = "{\"views\": [" + VIEW.replace(from, to) + "]}";
    assertThat(bad).isNotEqualTo("{\"views\": [" + VIEW + "]}");
    assertThatThrownBy(() -> CamerasJson.parse(bad, "cams.json")).isInstanceOf(CameraFormatException.class)
        .hasMessageContaining("cams.json").hasMessageContaining("view 0").hasMessageContaining(message);
  }

  @Test
  void rejectsDuplicateNamesAndBrokenJson() {
    assertThatThrownBy(() -> CamerasJson.parse("[" + VIEW + "," + VIEW + "]", "c.json"))
        .isInstanceOf(CameraFormatException.class).hasMessageContaining("used twice");
    assertThatThrownBy(() -> CamerasJson.parse("{\"views\": [", "c.json"))
        .isInstanceOf(CameraFormatException.class).hasMessageContaining("line 1");
    assertThatThrownBy(() -> CamerasJson.parse("{\"views\": []}", "c.json")).hasMessageContaining("no views");
  }
}
