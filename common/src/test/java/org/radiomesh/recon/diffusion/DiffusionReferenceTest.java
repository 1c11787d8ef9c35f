package org.radiomesh.recon.diffusion;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.radiomesh.recon.ConditioningImage;
import org.radiomesh.recon.GenerationException;

/**
 * Whole sampling runs of the TorchScript fixture against the fixture script's own implementation (PyTorch 1.13 and
 * NumPy): token ids, text and image encoders, noise, schedule, strided timesteps, DDIM and DDPM updates, ε and v, and
 * guidance, for one and two objects.
 */
class DiffusionReferenceTest {

  @Test
  void javaSamplerMatchesThePythonReferenceRuns() throws GenerationException {
    MultiviewDiffusionModel model = DiffusionFixtures.model();
    JsonNode expected = DiffusionFixtures.expected();
    List<String> prompts = new ArrayList<>();
    expected.get("prompts").forEach(p -> prompts.add(p.asText()));
    for (JsonNode c : expected.get("cases")) {
      String name = c.get("name").asText();
      int objects = c.get("seeds").size();
      boolean withImage = name.contains("image");
      List<String> ps = objects == 1 ? List.of(prompts.get(0)) : prompts;
      List<ConditioningImage> images = new ArrayList<>();
      for (int i = 0; i < objects; i++) {
        images.add(withImage ? DiffusionFixtures.image() : null);
      }
      DiffusionOptions options = DiffusionOptions.builder()
          .method(DiffusionOptions.Method.of(c.get("method").asText()))
          .steps(c.get("steps").asInt())
          .eta(c.get("eta").asDouble())
          .guidanceScale(c.get("guidance").asDouble())
          .build();
      MultiviewSampler sampler = new MultiviewSampler(model.schedule(),
          PredictionType.of(c.get("prediction").asText()), options);
      float[] x;
      try (DiffusionSession session = model.newSession()) {
        DiffusionConditioning cond = session.conditioning(ps, images);
        x = sampler.sample(session, DiffusionFixtures.longs(c.get("seeds")), model.views(), model.channels(),
            model.height(), model.width(), 16, DiffusionFixtures.floats(c.get("cameras")), cond);
        long rowsPerStep = (options.guidanceScale() == 1 ? 1 : 2) * objects * model.views();
        assertThat(session.denoiserCalls()).as(name).isEqualTo(options.steps());
        assertThat(session.denoiserRows()).as(name).isEqualTo(options.steps() * rowsPerStep);
      }
      float[] reference = DiffusionFixtures.floats(c.get("x0"));
      assertThat(x).as(name).hasSameSizeAs(reference);
      double worst = 0;
      for (int i = 0; i < x.length; i++) {
        worst = Math.max(worst, Math.abs(x[i] - reference[i]));
      }
      assertThat(worst).as("%s: largest difference to the Python run", name).isLessThan(2e-5);
    }
  }
}
