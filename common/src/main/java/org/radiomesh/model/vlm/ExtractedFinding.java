package org.radiomesh.model.vlm;

import java.io.Serializable;
import java.util.Objects;
import org.radiomesh.anatomy.ToothNumber;

/**
 * One finding read from generated text: a condition code of the shared vocabulary
 * ({@link org.radiomesh.anatomy.Condition#code()}: {@code caries}, {@code restoration}, {@code root_canal},
 * {@code crown}, {@code implant}, {@code missing}, {@code impacted}, {@code periapical_lesion}, {@code bone_loss}),
 * the tooth it was said of, and the sentence it came from.
 *
 * @param tooth the tooth, or null when the sentence names the condition without a tooth
 * @param condition the condition code
 * @param sentence the sentence, trimmed, as generated
 */
public record ExtractedFinding(ToothNumber tooth, String condition, String sentence) implements Serializable {
  public ExtractedFinding {
    Objects.requireNonNull(condition, "condition");
    Objects.requireNonNull(sentence, "sentence");
  }

  public boolean hasTooth() {
    return tooth != null;
  }
}
