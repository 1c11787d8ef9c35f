package org.radiomesh.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.radiomesh.anatomy.CaseDraw;
import org.radiomesh.anatomy.ToothSpec;
import org.radiomesh.model.ModelIdentity;
import org.radiomesh.radiograph.PixelBox;

class ReportJsonTest {
  private static final ModelIdentity MODEL = new ModelIdentity("findings", "1.0", "ab".repeat(32));

  @Test
  void roundTripOfDrawnDentitionsWithDetailsBoxesAndRegions() throws Exception {
    Random random = new Random(5);
    for (long seed = 0; seed < 25; seed++) {
      List<ReportFinding> findings = new ArrayList<>();
      for (ToothSpec t : CaseDraw.draw(seed).teeth()) {
        t.conditions().forEach(c -> {
          ReportFinding f = random.nextBoolean() ? ReportFinding.of(t.tooth().fdi(), c)
              : ReportFinding.predicted(t.tooth().fdi(), c.code(), random.nextDouble());
          findings.add(random.nextInt(4) == 0 ? f.withBox(new PixelBox(random.nextInt(300), random.nextInt(200),
              random.nextDouble() * 40, random.nextDouble() * 40)) : f);
        });
      }
      findings.add(new ReportFinding(null, "maxilla", "bone_loss", null, null, 0.25, null));
      StructuredReport r = StructuredReport.of("img-" + seed, seed % 2 == 0 ? "1.2.3." + seed : null, "PX",
          "1.2.840.10008.5.1.4.1.1.1.1", "1.2.3.4." + seed, seed % 3 == 0 ? null : MODEL, findings);
      if (seed % 4 == 1) {
        r = r.withGeneratedText("Caries on 36.\nNo \"periapical\" lesion; tooth " + seed + ".");
      }
      String line = ReportJson.toLine(r);
      assertThat(line).doesNotContain("\n");
      assertThat(ReportJson.parse(line, "line " + seed)).isEqualTo(r);
      assertThat(ReportJson.parse(ReportJson.toPrettyJson(r), "pretty " + seed)).isEqualTo(r);
      assertThat(ReportJson.toTree(r).has("generated_text")).isEqualTo(r.generatedText() != null);
    }
  }

  @Test
  void malformedReportsNameSourceAndMember() {
    assertThatThrownBy(() -> ReportJson.parse("{\"image_id\": 1", "a.jsonl:3"))
        .isInstanceOf(ReportFormatException.class).hasMessageStartingWith("a.jsonl:3: expected a JSON report object");
    assertThatThrownBy(() -> ReportJson.parse("{\"image_id\": \"x\"}", "b")).hasMessage("b: member 'findings': "
        + "expected an array");
    assertThatThrownBy(() -> ReportJson.parse("{\"image_id\": \"x\", \"findings\": [{\"tooth\": 11, \"code\": "
        + "\"crown\"}], \"teeth_present\": 32, \"impression\": \"\", \"text\": \"\"}", "c"))
        .hasMessage("c: member 'confidence': expected a number");
  }
}
