package org.radiomesh.model.findings.training;

import java.util.Random;
import org.radiomesh.model.findings.FindingsLabels;

/**
 * Random changes to a normalised training image that keep its findings: a left-right flip (with the targets mirrored
 * across the midline, {@link FindingsLabels#mirrorTargets}), a shift of up to {@code maxShift} pixels each way (edge
 * pixels repeated), contrast × U(1 − contrast, 1 + contrast), brightness + U(−brightness, brightness) and Gaussian
 * noise of standard deviation U(0, noise) (values in units of the image's standard deviation, since the input is
 * normalised per image). Immutable; O(pixels) per image.
 *
 * @param flipProbability probability of the left-right flip, 0..1
 * @param maxShift largest shift, pixels, ≥ 0
 * @param contrast largest relative contrast change, 0..1
 * @param brightness largest brightness offset
 * @param noise largest noise standard deviation
 */
public record Augmentation(double flipProbability, int maxShift, double contrast, double brightness, double noise) {

  public Augmentation {
    if (!(flipProbability >= 0 && flipProbability <= 1) || maxShift < 0 || !(contrast >= 0 && contrast < 1)
        || !(brightness >= 0) || !(noise >= 0)) {
      throw new IllegalArgumentException("augmentation " + this + ": expected flip in [0, 1], shift >= 0, "
          + "contrast in [0, 1), brightness and noise >= 0");
    }
  }

  /** Flip 0.5, shift 6 px, contrast 0.2, brightness 0.2, noise 0.15. */
  public static Augmentation defaults() {
    return new Augmentation(0.5, 6, 0.2, 0.2, 0.15);
  }

  /** No change. */
  public static Augmentation none() {
    return new Augmentation(0, 0, 0, 0, 0);
  }

  /** An augmented copy of one example: its image ({@code height × width}) and targets. */
  public TrainingCase apply(TrainingCase c, int height, int width, Random random) {
    float[] in = c.input();
    boolean flip = random.nextDouble() < flipProbability;
    int dx = maxShift == 0 ? 0 : random.nextInt(2 * maxShift + 1) - maxShift;
    int dy = maxShift == 0 ? 0 : random.nextInt(2 * maxShift + 1) - maxShift;
    float gain = (float) (1 + contrast * (2 * random.nextDouble() - 1));
    float offset = (float) (brightness * (2 * random.nextDouble() - 1));
    double sigma = noise * random.nextDouble();
    float[] out = new float[height * width];
    for (int y = 0; y < height; y++) {
      int sy = Math.min(height - 1, Math.max(0, y - dy));
      for (int x = 0; x < width; x++) {
        int sx = Math.min(width - 1, Math.max(0, x - dx));
        if (flip) {
          sx = width - 1 - sx;
        }
        float v = in[sy * width + sx] * gain + offset;
        out[y * width + x] = sigma > 0 ? v + (float) (sigma * random.nextGaussian()) : v;
      }
    }
    return new TrainingCase(c.caseId(), out, flip ? FindingsLabels.mirrorTargets(c.targets()) : c.targets());
  }
}
