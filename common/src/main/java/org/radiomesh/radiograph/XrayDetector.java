package org.radiomesh.radiograph;

/**
 * A flat-panel detector model that turns line integrals of attenuation into 12-bit pixel values, bright meaning more
 * attenuation (the radiographic "for presentation" look).
 *
 * <p>For a pixel whose ray has line integral L = Σ μ·l (dimensionless), the expected photon count is
 * λ = photonsPerPixel·exp(−L) (Beer–Lambert). With noise on, the count is a Poisson draw of λ (quantum noise) plus a
 * Gaussian of {@code electronicNoise} counts rms (read-out noise). The value is the log-converted attenuation
 * p = −ln(max(count, ½)/photonsPerPixel), mapped linearly so that p = {@code fullScaleAttenuation} gives 4095, rounded
 * and clamped to 0..4095. With noise off the value is the noise-free mapping of L. Noise for row {@code row} is drawn
 * from a stream derived from (seed, row), so rows can be exposed in any order or on any thread. O(1) per pixel.
 *
 * @param photonsPerPixel unattenuated photons per pixel, &gt; 0
 * @param electronicNoise read-out noise in counts rms, ≥ 0
 * @param fullScaleAttenuation line integral mapped to the maximum value 4095, &gt; 0
 * @param noise whether to add noise
 * @param seed noise seed (0 is a seed like any other)
 */
public record XrayDetector(double photonsPerPixel, double electronicNoise, double fullScaleAttenuation, boolean noise,
    long seed) {
  /** The largest pixel value: 12 bits stored. */
  public static final int MAX_VALUE = 4095;

  public XrayDetector {
    if (!(photonsPerPixel > 0 && Double.isFinite(photonsPerPixel))) {
      throw new IllegalArgumentException("photons per pixel " + photonsPerPixel + ", expected > 0");
    }
    if (!(electronicNoise >= 0 && Double.isFinite(electronicNoise))) {
      throw new IllegalArgumentException("electronic noise " + electronicNoise + " counts, expected >= 0");
    }
    if (!(fullScaleAttenuation > 0 && Double.isFinite(fullScaleAttenuation))) {
      throw new IllegalArgumentException("full-scale attenuation " + fullScaleAttenuation + ", expected > 0");
    }
  }

  /**
   * Exposes one image row: {@code lineIntegrals[i]} for i in [0, n) become {@code out[offset + i]}.
   *
   * @param row the row index, which selects the noise stream
   */
  public void exposeRow(float[] lineIntegrals, int n, long row, short[] out, int offset) {
    double scale = MAX_VALUE / fullScaleAttenuation;
    if (!noise) {
      for (int i = 0; i < n; i++) {
        out[offset + i] = quantise(lineIntegrals[i] * scale);
      }
      return;
    }
    NoiseSource random = NoiseSource.forStream(seed, row);
    for (int i = 0; i < n; i++) {
      double lambda = photonsPerPixel * StrictMath.exp(-lineIntegrals[i]);
      double count = random.nextPoisson(lambda) + electronicNoise * random.nextGaussian();
      double p = -StrictMath.log(Math.max(count, 0.5) / photonsPerPixel);
      out[offset + i] = quantise(p * scale);
    }
  }

  /** The noise-free value for a line integral: round(L / fullScale · 4095) clamped to 0..4095. */
  public int noiseFreeValue(double lineIntegral) {
    return quantise(lineIntegral * MAX_VALUE / fullScaleAttenuation);
  }

  private static short quantise(double v) {
    return (short) Math.max(0, Math.min(MAX_VALUE, Math.round(v)));
  }
}
