package org.radiomesh.model.findings;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.radiomesh.imaging.DecodedImage;
import org.radiomesh.imaging.ImageDecoder;
import org.radiomesh.imaging.ModelInputEncoder;
import org.radiomesh.imaging.ModelInputOptions;
import org.radiomesh.imaging.PixelDecodeException;
import org.radiomesh.model.ModelFormatException;
import org.radiomesh.model.ModelManifest;

/**
 * The input of the findings network: a decoded image ({@link ImageDecoder}: DICOM through its grayscale pipeline,
 * 8- or 16-bit PNG scaled to [0, 1]) resampled by area averaging to the manifest's {@code input} size and normalised
 * as it says. The shipped model uses {@code per_image} normalisation (zero mean, unit standard deviation per image),
 * which makes a 12-bit PNG, a 16-bit PNG and a windowed DICOM of the same radiograph give the same input.
 * O(input pixels + output pixels).
 */
public final class FindingsInput {
  private FindingsInput() {}

  /** The encoder options of a manifest's {@code input}. */
  public static ModelInputOptions options(ModelManifest.InputSpec spec, Path manifestFile)
      throws ModelFormatException {
    if (spec == null || spec.channels() != 1) {
      throw new ModelFormatException(manifestFile, "input " + spec + ", expected one channel");
    }
    ModelInputOptions.Builder b = ModelInputOptions.builder().size(spec.width(), spec.height()).channels(1);
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

  /** Frame 0 of {@code image} as network input ({@code 1 × height × width} floats). */
  public static float[] encode(DecodedImage image, ModelInputOptions options) {
    return ModelInputEncoder.encode(image, 0, options);
  }

  /** Decodes {@code bytes} (named {@code source} in errors) and encodes frame 0. */
  public static float[] encode(byte[] bytes, String source, ModelInputOptions options) throws PixelDecodeException {
    return encode(ImageDecoder.decode(bytes, source), options);
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
