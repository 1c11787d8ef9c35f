package org.radiomesh.model.findings;

import java.nio.file.Path;
import org.radiomesh.imaging.DecodedImage;
import org.radiomesh.imaging.ImageDecoder;
import org.radiomesh.imaging.ModelInputEncoder;
import org.radiomesh.imaging.ModelInputOptions;
import org.radiomesh.imaging.PixelDecodeException;
import org.radiomesh.model.ManifestInputOptions;
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

  /** The encoder options of a manifest's {@code input}; the findings network reads one channel. */
  public static ModelInputOptions options(ModelManifest.InputSpec spec, Path manifestFile)
      throws ModelFormatException {
    if (spec == null || spec.channels() != 1) {
      throw new ModelFormatException(manifestFile, "input " + spec + ", expected one channel");
    }
    return ManifestInputOptions.of(spec, manifestFile);
  }

  /** Frame 0 of {@code image} as network input ({@code 1 × height × width} floats). */
  public static float[] encode(DecodedImage image, ModelInputOptions options) {
    return ModelInputEncoder.encode(image, 0, options);
  }

  /** Decodes {@code bytes} (named {@code source} in errors) and encodes frame 0. */
  public static float[] encode(byte[] bytes, String source, ModelInputOptions options) throws PixelDecodeException {
    return encode(ImageDecoder.decode(bytes, source), options);
  }
}
