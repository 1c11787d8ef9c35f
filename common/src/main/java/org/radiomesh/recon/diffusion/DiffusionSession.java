package org.radiomesh.recon.diffusion;

import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.TranslateException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.radiomesh.model.ModelFormatException;
import org.radiomesh.model.TorchScriptModule;
import org.radiomesh.recon.ConditioningImage;
import org.radiomesh.recon.GenerationException;

/**
 * One thread's access to a {@link MultiviewDiffusionModel}: DJL predictors over its modules, the {@link Denoiser}
 * the sampler calls, the text and image encoders, and the assembly of {@link DiffusionConditioning}. Not
 * thread-safe; cheap to open; close it when done. Inputs are made on a short-lived manager per call and results are
 * copied to Java arrays, so nothing native outlives a call. It counts denoiser calls and rows (for provenance and
 * tests). Each call costs one forward pass of its module.
 */
public final class DiffusionSession implements Denoiser, AutoCloseable {
  private final MultiviewDiffusionModel model;
  private final Predictor<NDList, NDList> denoiser;
  private final Predictor<NDList, NDList> text;
  private final Predictor<NDList, NDList> image;
  private long calls;
  private long rows;

  DiffusionSession(MultiviewDiffusionModel model) {
    this.model = model;
    this.denoiser = model.denoiserModule().newPredictor();
    this.text = model.textEncoderModule() == null ? null : model.textEncoderModule().newPredictor();
    this.image = model.imageEncoderModule() == null ? null : model.imageEncoderModule().newPredictor();
  }

  @Override
  public float[] predict(DenoiserInput in) throws GenerationException {
    int c = model.channels();
    int h = model.height();
    int w = model.width();
    String signature = "denoiser(x_t float32 [" + in.rows() + "," + c + "," + h + "," + w + "], t int64 [" + in.rows()
        + "], cameras float32 [" + in.rows() + "," + in.cameraWidth() + "], cond float32 [" + in.condRows() + ","
        + in.condTokens() + "," + in.condDim() + "]) -> float32 [" + in.rows() + "," + c + "," + h + "," + w + "]";
    if (in.channels() != c || in.height() != h || in.width() != w) {
      throw new IllegalArgumentException("input of " + in.channels() + "x" + in.height() + "x" + in.width()
          + ", the model generates " + c + "x" + h + "x" + w);
    }
    float[] out = call(model.denoiserModule(), denoiser, signature, new long[] {in.rows(), c, h, w}, m -> new NDList(
        m.create(in.xt(), new Shape(in.rows(), c, h, w)),
        m.create(in.timesteps(), new Shape(in.rows())),
        m.create(in.cameras(), new Shape(in.rows(), in.cameraWidth())),
        m.create(in.cond(), new Shape(in.condRows(), in.condTokens(), in.condDim()))));
    calls++;
    rows += in.rows();
    return out;
  }

  /** The text encoder's tokens for {@code batch} rows of ids {@code [batch, maxTokens]}: {@code [batch, Lt, D]}. */
  public float[] encodeText(long[] ids, int batch) throws GenerationException {
    int n = model.spec().text().maxTokens();
    String signature = "text_encoder(ids int64 [" + batch + "," + n + "]) -> float32 [" + batch + ",L," + model.condDim()
        + "]" + (model.textTokens() > 0 ? " with L = " + model.textTokens() : "");
    return call(model.textEncoderModule(), text, signature, new long[] {batch, model.textTokens(), model.condDim()},
        m -> new NDList(m.create(ids, new Shape(batch, n))));
  }

  /** The image encoder's tokens for {@code [batch, 3, S, S]} images in [−1, 1]: {@code [batch, Li, D]}. */
  public float[] encodeImage(float[] chw, int batch) throws GenerationException {
    int s = model.spec().image().size();
    String signature = "image_encoder(image float32 [" + batch + ",3," + s + "," + s + "] in [-1,1]) -> float32 ["
        + batch + ",L," + model.condDim() + "]" + (model.imageTokens() > 0 ? " with L = " + model.imageTokens() : "");
    return call(model.imageEncoderModule(), image, signature, new long[] {batch, model.imageTokens(), model.condDim()},
        m -> new NDList(m.create(chw, new Shape(batch, 3, s, s))));
  }

  /**
   * The condition tokens of B objects: {@code prompts.get(b)} and {@code images.get(b)} (either may be null) for
   * object b, as documented on {@link DiffusionConditioning}; inputs of kinds the model does not take are ignored.
   */
  public DiffusionConditioning conditioning(List<String> prompts, List<ConditioningImage> images)
      throws GenerationException {
    int b = prompts.size();
    if (images.size() != b) {
      throw new IllegalArgumentException(b + " prompts and " + images.size() + " images, expected one each per object");
    }
    int l = model.condTokens();
    int d = model.condDim();
    float[] cond = new float[b * l * d];
    float[] uncond = new float[b * l * d];
    DiffusionSpec spec = model.spec();
    if (spec.textConditioned()) {
      int n = spec.text().maxTokens();
      long[] ids = new long[b * n];
      for (int i = 0; i < b; i++) {
        System.arraycopy(model.tokenIds(prompts.get(i)), 0, ids, i * n, n);
      }
      scatter(encodeText(ids, b), b, model.textTokens(), cond, 0, l, d);
      if (DiffusionSpec.UNCONDITIONAL_EMPTY_PROMPT.equals(spec.unconditional())) {
        float[] empty = encodeText(model.tokenIds(""), 1);
        for (int i = 0; i < b; i++) {
          System.arraycopy(empty, 0, uncond, i * l * d, empty.length);
        }
      }
    }
    if (spec.imageConditioned()) {
      int s = spec.image().size();
      List<Integer> present = new ArrayList<>();
      for (int i = 0; i < b; i++) {
        if (images.get(i) != null) {
          present.add(i);
        }
      }
      if (!present.isEmpty()) {
        float[] batch = new float[present.size() * 3 * s * s];
        for (int j = 0; j < present.size(); j++) {
          float[] one = DiffusionConditioning.imageTensor(images.get(present.get(j)), s);
          System.arraycopy(one, 0, batch, j * one.length, one.length);
        }
        float[] tokens = encodeImage(batch, present.size());
        int li = model.imageTokens();
        for (int j = 0; j < present.size(); j++) {
          System.arraycopy(tokens, j * li * d, cond, (present.get(j) * l + model.textTokens()) * d, li * d);
        }
      }
    }
    return new DiffusionConditioning(b, l, d, cond, uncond);
  }

  /** Denoiser calls made through this session. */
  public long denoiserCalls() {
    return calls;
  }

  /** View rows evaluated by the denoiser through this session (K per object per step, 2K with guidance). */
  public long denoiserRows() {
    return rows;
  }

  int probeText() throws ModelFormatException {
    long[] ids = new long[model.spec().text().maxTokens()];
    Arrays.fill(ids, model.spec().padId());
    return probeTokens(model.textEncoderModule(), () -> encodeText(ids, 1));
  }

  int probeImage() throws ModelFormatException {
    int s = model.spec().image().size();
    return probeTokens(model.imageEncoderModule(), () -> encodeImage(new float[3 * s * s], 1));
  }

  void probeDenoiser() throws ModelFormatException {
    int k = model.views();
    int p = model.spec().cameraEncoding().width();
    DenoiserInput in = new DenoiserInput(k, model.channels(), model.height(), model.width(),
        new float[k * model.channels() * model.height() * model.width()], new long[k], p, new float[k * p], 1,
        model.condTokens(), model.condDim(), new float[model.condTokens() * model.condDim()]);
    try {
      predict(in);
    } catch (GenerationException e) {
      throw probeFailure(model.denoiserModule(), e);
    }
  }

  private interface Encoding {
    float[] run() throws GenerationException;
  }

  /** The number of tokens (L) one object gets from an encoder, found by a call on zero input. */
  private int probeTokens(TorchScriptModule module, Encoding encoding) throws ModelFormatException {
    try {
      return encoding.run().length / model.condDim();
    } catch (GenerationException e) {
      throw probeFailure(module, e);
    }
  }

  /** The failure of a load-time probe call as a format error of the module's file (named once in the message). */
  private static ModelFormatException probeFailure(TorchScriptModule module, GenerationException e) {
    String prefix = module.file() + ": ";
    String message = e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length()) : e.getMessage();
    return new ModelFormatException(module.file(), message + " (probe call with zero inputs at load)", e);
  }

  private static void scatter(float[] tokens, int objects, int perObject, float[] into, int tokenOffset, int l,
      int d) {
    for (int i = 0; i < objects; i++) {
      System.arraycopy(tokens, i * perObject * d, into, (i * l + tokenOffset) * d, perObject * d);
    }
  }

  private interface Inputs {
    NDList make(NDManager manager);
  }

  /** One forward pass; {@code expected} is the output shape, 0 meaning any size (≥ 1) in that dimension. */
  private static float[] call(TorchScriptModule module, Predictor<NDList, NDList> predictor, String signature,
      long[] expected, Inputs inputs) throws GenerationException {
    long[] shape;
    float[] data;
    try (NDManager m = module.model().getNDManager().newSubManager()) {
      NDList out = predictor.predict(inputs.make(m));
      if (out.size() != 1) {
        throw new GenerationException(module.file() + ": expected " + signature + "; it returned " + out.size()
            + " tensors");
      }
      NDArray a = out.get(0);
      shape = a.getShape().getShape();
      data = (a.getDataType() == DataType.FLOAT32 ? a : a.toType(DataType.FLOAT32, false)).toFloatArray();
    } catch (TranslateException | RuntimeException e) {
      throw new GenerationException(module.file() + ": expected " + signature + "; the call failed: "
          + e.getMessage(), e);
    }
    boolean ok = shape.length == expected.length;
    for (int i = 0; ok && i < shape.length; i++) {
      ok = expected[i] == 0 ? shape[i] >= 1 : shape[i] == expected[i];
    }
    if (!ok) {
      throw new GenerationException(module.file() + ": expected " + signature + "; it returned shape "
          + Arrays.toString(shape));
    }
    return data;
  }

  @Override
  public void close() {
    denoiser.close();
    if (text != null) {
      text.close();
    }
    if (image != null) {
      image.close();
    }
  }
}
