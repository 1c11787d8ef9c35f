package org.radiomesh.recon.diffusion;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.radiomesh.recon.CameraLayout;
import org.radiomesh.recon.ConditioningImage;
import org.radiomesh.recon.GenerationException;
import org.radiomesh.recon.MultiviewGenerator;
import org.radiomesh.recon.MultiviewRequest;
import org.radiomesh.recon.MultiviewSet;
import org.radiomesh.render.Camera;
import org.radiomesh.render.NamedCamera;
import org.radiomesh.render.RenderedView;

/**
 * The {@code diffusion} multiview engine: samples the K views of a request with a {@link MultiviewDiffusionModel},
 * conditioned on the request's cameras, prompt and conditioning image, seeded by the request's seed.
 *
 * <p>Cameras: the request's layout placed around the subject's bounds, or around {@link
 * DiffusionOptions#sceneBounds()} when the request has no subject; the layout must give exactly K cameras. Each
 * camera is resampled to the model's image size (fx·s, (cx + 0.5)·s − 0.5 per axis, extrinsics kept) and recorded so
 * with its view. Output views: RGB = (x + 1)/2 clamped to [0, 1], 3 floats per pixel; the mask is alpha &gt; 0.5 for a
 * 4-channel model (alpha mapped like RGB), else the pixels whose colour differs from the manifest's background by more
 * than {@link DiffusionOptions#maskThreshold()} in some channel; no depth, normals or labels. The parameters record
 * the model identity and every sampling setting.
 *
 * <p>Thread-safe (a session per call). Cost: {@code steps} denoiser calls of K rows (2K with guidance) plus one text
 * and one image encoder call, O(steps·K·C·H·W) in Java.
 *
 * <pre>{@code
 * try (MultiviewDiffusionModel model = MultiviewDiffusionModel.load(Path.of("models/mv"))) {
 *   MultiviewSet set = new DiffusionMultiviewGenerator(model, DiffusionOptions.defaults()).generate(request);
 * }
 * }</pre>
 */
public final class DiffusionMultiviewGenerator implements MultiviewGenerator {
  /** The engine name. */
  public static final String ENGINE = "diffusion";

  private final MultiviewDiffusionModel model;
  private final DiffusionOptions options;
  private final MultiviewSampler sampler;

  public DiffusionMultiviewGenerator(MultiviewDiffusionModel model, DiffusionOptions options) {
    if (options.steps() > model.schedule().trainingSteps()) {
      throw new IllegalArgumentException(options.steps() + " sampling steps, the model was trained with "
          + model.schedule().trainingSteps());
    }
    this.model = model;
    this.options = options;
    this.sampler = new MultiviewSampler(model.schedule(), model.spec().predictionType(), options);
  }

  @Override
  public String engine() {
    return ENGINE;
  }

  public DiffusionOptions options() {
    return options;
  }

  @Override
  public MultiviewSet generate(MultiviewRequest request) throws GenerationException {
    double[] bounds = request.subject().map(s -> s.bounds()).orElse(options.sceneBounds());
    List<NamedCamera> named = request.layout().cameras(bounds);
    int k = model.views();
    if (named.size() != k) {
      throw new GenerationException("request '" + request.id() + "': the layout gives " + named.size()
          + " cameras, model " + model.identity() + " generates " + k + " views together");
    }
    List<Camera> cameras = new ArrayList<>(k);
    List<String> names = new ArrayList<>(k);
    for (NamedCamera c : named) {
      cameras.add(resized(c.camera(), model.width(), model.height()));
      names.add(c.name());
    }
    CameraEncoding encoding = model.spec().cameraEncoding();
    float[] poses = encoding.encode(cameras, bounds);
    String prompt = request.prompt().orElse(null);
    ConditioningImage image = request.conditioning().orElse(null);
    float[] x;
    long[] work;
    try (DiffusionSession session = model.newSession()) {
      DiffusionConditioning cond = session.conditioning(Collections.singletonList(prompt),
          Collections.singletonList(image));
      x = sampler.sample(session, new long[] {request.seed()}, k, model.channels(), model.height(), model.width(),
          encoding.width(), poses, cond);
      work = new long[] {session.denoiserCalls(), session.denoiserRows()};
    } catch (GenerationException e) {
      throw new GenerationException("request '" + request.id() + "': " + e.getMessage(), e);
    }
    List<RenderedView> views = views(x, cameras, model.channels(), model.spec().background(), options.maskThreshold());
    return new MultiviewSet(ENGINE, parameters(request, bounds, work), names, views);
  }

  /** {@code camera} with its intrinsics resampled to a {@code width}×{@code height} image. */
  static Camera resized(Camera camera, int width, int height) {
    if (camera.width() == width && camera.height() == height) {
      return camera;
    }
    double sx = (double) width / camera.width();
    double sy = (double) height / camera.height();
    return new Camera(camera.fx() * sx, camera.fy() * sy, (camera.cx() + 0.5) * sx - 0.5,
        (camera.cy() + 0.5) * sy - 0.5, width, height, camera.rotation(), camera.translation());
  }

  /** The K views of one object's x_0 {@code [K, C, H, W]} in [−1, 1], as documented on the class. O(K·C·H·W). */
  static List<RenderedView> views(float[] x, List<Camera> cameras, int channels, List<Double> background,
      double maskThreshold) {
    List<RenderedView> out = new ArrayList<>(cameras.size());
    for (int v = 0; v < cameras.size(); v++) {
      Camera cam = cameras.get(v);
      int pixels = cam.width() * cam.height();
      int base = v * channels * pixels;
      float[] rgb = new float[3 * pixels];
      boolean[] mask = new boolean[pixels];
      for (int p = 0; p < pixels; p++) {
        boolean differs = false;
        for (int c = 0; c < 3; c++) {
          float value = unit(x[base + c * pixels + p]);
          rgb[3 * p + c] = value;
          differs |= Math.abs(value - background.get(c)) > maskThreshold;
        }
        mask[p] = channels == 4 ? unit(x[base + 3 * pixels + p]) > 0.5f : differs;
      }
      out.add(new RenderedView(cam, rgb, mask, null, null, null, null, null));
    }
    return out;
  }

  private static float unit(float v) {
    return Math.max(0f, Math.min(1f, (v + 1f) * 0.5f));
  }

  private Map<String, String> parameters(MultiviewRequest request, double[] bounds, long[] work) {
    DiffusionSpec spec = model.spec();
    Map<String, String> p = new LinkedHashMap<>();
    p.put("engine", ENGINE);
    p.put("request", request.id());
    p.put("model", model.identity().toString());
    p.put("model_sha256", model.identity().contentHash());
    p.put("views", Integer.toString(model.views()));
    p.put("image_size", model.width() + "x" + model.height() + "x" + model.channels());
    p.put("layout", request.layout() instanceof CameraLayout.Ring ? "ring" : "fixed");
    p.put("scene_bounds", Arrays.toString(bounds));
    p.put("camera_encoding", spec.cameraEncoding().manifestName());
    p.put("seed", Long.toString(request.seed()));
    p.put("method", options.method().name().toLowerCase(Locale.ROOT));
    p.put("steps", Integer.toString(options.steps()));
    p.put("eta", Double.toString(options.eta()));
    p.put("guidance_scale", Double.toString(options.guidanceScale()));
    p.put("clip_sample", Boolean.toString(options.clipSample()));
    p.put("schedule", model.schedule().toString());
    p.put("prediction", spec.predictionType().manifestName());
    p.put("unconditional", spec.unconditional());
    p.put("prompt", request.prompt().isEmpty() ? "none" : spec.textConditioned() ? "used" : "ignored");
    p.put("conditioning_image", request.conditioning().isEmpty() ? "none"
        : spec.imageConditioned() ? "used" : "ignored");
    p.put("mask", model.channels() == 4 ? "alpha>0.5" : "background distance>" + options.maskThreshold());
    p.put("denoiser_calls", Long.toString(work[0]));
    p.put("denoiser_rows", Long.toString(work[1]));
    return p;
  }
}
