package org.radiomesh.imaging;

/**
 * Turns frames of a {@link DecodedImage} into model input: resample to the requested size ({@link ImageResampler},
 * stretched or letterboxed), repeat the gray channel when the model expects three, normalise. Output layout is
 * channel-major per frame, {@code C × H × W} (NCHW for several frames), as PyTorch and DJL expect.
 *
 * <p>Letterbox: the image is scaled by min(outW / w, outH / h) to round(w · s) × round(h · s), at least 1 pixel, and
 * placed with its left/top margin floor((out − scaled) / 2). Cost O(output pixels · filter support + input pixels).
 *
 * <pre>{@code
 * float[] chw = ModelInputEncoder.encode(ImageDecoder.decode(bytes, name), 0, ModelInputOptions.defaults());
 * }</pre>
 */
public final class ModelInputEncoder {
  private ModelInputEncoder() {}

  /** One held frame ({@code 0 .. image.frames() − 1}) as {@code C × H × W} floats. */
  public static float[] encode(DecodedImage image, int frame, ModelInputOptions o) {
    if (frame < 0 || frame >= image.frames()) {
      throw new IllegalArgumentException("frame " + frame + ", the image holds 0.." + (image.frames() - 1));
    }
    float[] out = new float[o.channels() * o.height() * o.width()];
    encodeInto(image, frame, o, out, 0);
    return out;
  }

  /** Every held frame, {@code frames × C × H × W}. */
  public static float[] encodeAll(DecodedImage image, ModelInputOptions o) {
    int per = o.channels() * o.height() * o.width();
    float[] out = new float[image.frames() * per];
    for (int f = 0; f < image.frames(); f++) {
      encodeInto(image, f, o, out, f * per);
    }
    return out;
  }

  private static void encodeInto(DecodedImage image, int frame, ModelInputOptions o, float[] out, int off) {
    int w = image.width();
    int h = image.height();
    int ow = o.width();
    int oh = o.height();
    int srcOff = frame * w * h;
    if (o.aspect() == ModelInputOptions.Aspect.STRETCH) {
      ImageResampler.resize(image.pixels(), srcOff, w, h, out, off, ow, oh, o.method());
    } else {
      double s = Math.min((double) ow / w, (double) oh / h);
      int sw = Math.max(1, Math.min(ow, (int) Math.round(w * s)));
      int sh = Math.max(1, Math.min(oh, (int) Math.round(h * s)));
      float[] scaled = new float[sw * sh];
      ImageResampler.resize(image.pixels(), srcOff, w, h, scaled, 0, sw, sh, o.method());
      java.util.Arrays.fill(out, off, off + ow * oh, o.padValue());
      int left = (ow - sw) / 2;
      int top = (oh - sh) / 2;
      for (int y = 0; y < sh; y++) {
        System.arraycopy(scaled, y * sw, out, off + (top + y) * ow + left, sw);
      }
    }
    int plane = ow * oh;
    normalize(out, off, plane, o);
    for (int c = o.channels() - 1; c >= 1; c--) {
      System.arraycopy(out, off, out, off + c * plane, plane);
    }
    if (o.normalization() == ModelInputOptions.Normalization.MEAN_STD) {
      for (int c = 0; c < o.channels(); c++) {
        float m = o.mean(c);
        float inv = 1f / o.std(c);
        for (int i = off + c * plane; i < off + (c + 1) * plane; i++) {
          out[i] = (out[i] - m) * inv;
        }
      }
    }
  }

  /** PER_IMAGE standardisation of the first plane; MEAN_STD is per channel, after the copy. */
  private static void normalize(float[] a, int off, int n, ModelInputOptions o) {
    if (o.normalization() != ModelInputOptions.Normalization.PER_IMAGE) {
      return;
    }
    double sum = 0;
    double sq = 0;
    for (int i = off; i < off + n; i++) {
      sum += a[i];
      sq += (double) a[i] * a[i];
    }
    double mean = sum / n;
    double sd = Math.sqrt(Math.max(0, sq / n - mean * mean));
    float inv = (float) (sd > 0 ? 1 / sd : 1);
    float m = (float) mean;
    for (int i = off; i < off + n; i++) {
      a[i] = (a[i] - m) * inv;
    }
  }
}
