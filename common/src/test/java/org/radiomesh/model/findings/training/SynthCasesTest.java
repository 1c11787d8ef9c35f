package org.radiomesh.model.findings.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radiomesh.imaging.ModelInputOptions;
import org.radiomesh.model.findings.FindingsLabels;

class SynthCasesTest {

  /** Writes a case folder like radiomesh synth's: findings.json, a 16-bit panoramic PNG and case.json. */
  static Path writeCase(Path root, String id, int brightColumn, String findingsJson) throws Exception {
    Path dir = root.resolve("cases").resolve(id);
    Files.createDirectories(dir.resolve("panoramic"));
    BufferedImage img = new BufferedImage(40, 20, BufferedImage.TYPE_USHORT_GRAY);
    for (int y = 0; y < 20; y++) {
      for (int x = 0; x < 40; x++) {
        img.getRaster().setSample(x, y, 0, x / 10 == brightColumn ? 4000 : 500 + 7 * x + y);
      }
    }
    ImageIO.write(img, "png", dir.resolve("panoramic/panoramic.png").toFile());
    Files.writeString(dir.resolve("findings.json"), "{\"case_id\": \"" + id + "\", \"teeth\": " + findingsJson + "}");
    Files.writeString(dir.resolve("case.json"), "{}");
    return dir;
  }

  @Test
  void listsCompleteCasesAndReadsTargets(@TempDir Path root) throws Exception {
    writeCase(root, "case-000001", 0, "[{\"fdi\": 16, \"status\": \"present\", \"findings\": [{\"condition\": "
        + "\"crown\", \"material\": \"METAL\"}, {\"condition\": \"root_canal\", \"fillLength\": 0.9}]}, "
        + "{\"fdi\": 46, \"status\": \"missing\", \"findings\": [{\"condition\": \"missing\"}]}]");
    writeCase(root, "case-000000", 1, "[]");
    Path partial = writeCase(root, "case-000002", 2, "[]");
    Files.delete(partial.resolve("case.json"));
    Files.createDirectories(root.resolve("cases/_inprogress-case-000003-x"));
    List<Path> dirs = SynthCases.list(root);
    assertThat(dirs).extracting(p -> p.getFileName().toString()).containsExactly("case-000000", "case-000001");
    ModelInputOptions o = ModelInputOptions.builder().size(16, 8)
        .normalization(ModelInputOptions.Normalization.PER_IMAGE).build();
    List<TrainingCase> cases = SynthCases.loadAll(dirs, o, 2);
    assertThat(cases.get(1).caseId()).isEqualTo("case-000001");
    float[] y = cases.get(1).targets();
    assertThat(y[FindingsLabels.index(16, "crown")]).isEqualTo(1f);
    assertThat(y[FindingsLabels.index(16, "root_canal")]).isEqualTo(1f);
    assertThat(y[FindingsLabels.index(46, "missing")]).isEqualTo(1f);
    float sum = 0;
    for (float v : y) {
      sum += v;
    }
    assertThat(sum).isEqualTo(3f);
    assertThat(cases.get(0).input()).hasSize(16 * 8);
    double mean = 0;
    for (float v : cases.get(0).input()) {
      mean += v;
    }
    assertThat(mean / 128).isCloseTo(0, org.assertj.core.api.Assertions.within(1e-4));
  }

  @Test
  void caseWithoutImageIsAnError(@TempDir Path root) throws Exception {
    Path dir = writeCase(root, "case-000005", 0, "[]");
    Files.delete(dir.resolve("panoramic/panoramic.png"));
    assertThatThrownBy(() -> SynthCases.load(dir, ModelInputOptions.defaults()))
        .hasMessageContaining("no panoramic/panoramic.png");
  }
}
