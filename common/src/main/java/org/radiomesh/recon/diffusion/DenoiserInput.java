package org.radiomesh.recon.diffusion;

/**
 * The tensors of one {@link Denoiser} call, flat and row-major: x_t {@code [rows, channels, height, width]},
 * timesteps {@code [rows]} (training timestep indices in [0, T)), cameras {@code [rows, cameraWidth]} ({@link
 * CameraEncoding}), cond {@code [condRows, condTokens, condDim]}, where rows = condRows·K (K views per object). With
 * classifier-free guidance the sampler sends the conditional objects first and the same objects with the
 * unconditional tokens after them, so rows and condRows double. Arrays are not copied.
 */
public record DenoiserInput(int rows, int channels, int height, int width, float[] xt, long[] timesteps,
    int cameraWidth, float[] cameras, int condRows, int condTokens, int condDim, float[] cond) {

  /** @throws IllegalArgumentException when an array's length does not match its shape or rows is not a multiple */
  public DenoiserInput {
    check("x_t", xt.length, (long) rows * channels * height * width);
    check("timesteps", timesteps.length, rows);
    check("cameras", cameras.length, (long) rows * cameraWidth);
    check("cond", cond.length, (long) condRows * condTokens * condDim);
    if (condRows < 1 || rows % condRows != 0) {
      throw new IllegalArgumentException(rows + " view rows for " + condRows + " condition rows, expected a multiple");
    }
  }

  /** K, the views per object. */
  public int views() {
    return rows / condRows;
  }

  /** Values of one view, C·H·W. */
  public int viewSize() {
    return channels * height * width;
  }

  private static void check(String name, int length, long expected) {
    if (length != expected) {
      throw new IllegalArgumentException(name + " has " + length + " values, its shape needs " + expected);
    }
  }
}
