package org.radiomesh.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.radiomesh.imaging.ModelInputOptions;

/**
 * The pixel encoder options ({@link ModelInputOptions}, used by {@code org.radiomesh.imaging.ModelInputEncoder}) that a
 * manifest's {@code input} section names: size, 1 or 3 channels (a gray image repeated), aspect {@code stretch}
 * (default) or {@code pad}, normalisation {@code unit_range} (default), {@code per_image} or {@code mean_std} with
 * {@code mean}/{@code std} per channel or one value for all. Shared by every kind that reads an image (findings, VLM).
 * O(channels).
 */
public final class ManifestInputOptions {
  private ManifestInputOptions() {}

  /**
   * The encoder options of {@code spec}.
   *
   * @param manifestFile named in errors
   * @throws ModelFormatException when the section is missing or names an unknown aspect, normalisation or channel
   *     count, or mean/std values that do not fit the channels
   */
  public static ModelInputOptions of(ModelManifest.InputSpec spec, Path manifestFile) throws ModelFormatException {
    if (spec == null) {
      throw new ModelFormatException(manifestFile, "input is missing; a model that reads images needs it");
    }
    ModelInputOptions.Builder b = ModelInputOptions.builder().size(spec.width(), spec.height())
        .channels(spec.channels());
    String aspect = spec.aspect() == null ? "stretch" : spec.aspect();
    b.aspect(switch (aspect) {
      case "stretch" -> ModelInputOptions.Aspect.STRETCH;
      case "pad" -> ModelInputOptions.Aspect.PAD;
      default -> throw new ModelFormatException(manifestFile, "input.aspect '" + aspect + "', expected stretch or pad");
    });
    String norm = spec.normalization() == null ? "unit_range" : spec.normalization().toLowerCase(Locale.ROOT);
    switch (norm) {
      case "unit_range" -> b.normalization(ModelInputOptions.Normalization.UNIT_RANGE);
      case "per_image" -> b.normalization(ModelInputOptions.Normalization.PER_IMAGE);
      case "mean_std" -> b.meanStd(floats(spec.mean(), manifestFile), floats(spec.std(), manifestFile));
      default -> throw new ModelFormatException(manifestFile, "input.normalization '" + norm
          + "', expected unit_range, mean_std or per_image");
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new ModelFormatException(manifestFile, "input: " + e.getMessage());
    }
  }

  private static float[] floats(List<Double> values, Path manifestFile) throws ModelFormatException {
    if (values == null || values.isEmpty()) {
      throw new ModelFormatException(manifestFile, "input.mean and input.std are required for mean_std");
    }
    float[] out = new float[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = values.get(i).floatValue();
    }
    return out;
  }
}
