package org.radiomesh.recon;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.radiomesh.render.Camera;
import org.radiomesh.render.NamedCamera;
import org.radiomesh.render.Rasterizer;
import org.radiomesh.render.RenderOptions;
import org.radiomesh.render.RenderedView;

/**
 * The {@code anatomy} multiview engine: renders the request's subject (typically the parametric anatomy mesh of a
 * spec, with FDI labels per vertex) through the request's camera layout with the software {@link Rasterizer}. Every
 * view has RGB, mask, depth, normals and labels; the result is exact up to rasterisation (pixel-centre sampling), and
 * deterministic, so the seed is recorded but draws nothing. A prompt or conditioning image is recorded as ignored.
 *
 * <p>Cost: K rasterisations, O(K·(V + F + W·H)).
 *
 * <pre>{@code
 * MultiviewSet set = AnatomyMultiviewGenerator.defaults().generate(
 *     MultiviewRequest.builder().id("46").subject(MultiviewSubject.of(toothMesh)).build());
 * }</pre>
 */
public final class AnatomyMultiviewGenerator implements MultiviewGenerator {
  /** The engine name. */
  public static final String ENGINE = "anatomy";

  private final Rasterizer rasterizer;

  public AnatomyMultiviewGenerator(RenderOptions options) {
    this.rasterizer = new Rasterizer(options);
  }

  /** The generator with {@link RenderOptions#defaults()} (camera-space normals, no supersampling, one thread). */
  public static AnatomyMultiviewGenerator defaults() {
    return new AnatomyMultiviewGenerator(RenderOptions.defaults());
  }

  @Override
  public String engine() {
    return ENGINE;
  }

  @Override
  public MultiviewSet generate(MultiviewRequest request) throws GenerationException {
    MultiviewSubject subject = request.subject().orElseThrow(() -> new GenerationException("request '"
        + request.id() + "': the anatomy engine renders a subject, and the request has none"));
    List<NamedCamera> named = request.layout().cameras(subject.bounds());
    List<Camera> cameras = new ArrayList<>(named.size());
    List<String> names = new ArrayList<>(named.size());
    for (NamedCamera c : named) {
      cameras.add(c.camera());
      names.add(c.name());
    }
    List<RenderedView> views = subject.render(cameras, rasterizer);
    RenderOptions o = rasterizer.options();
    Map<String, String> p = new LinkedHashMap<>();
    p.put("engine", ENGINE);
    p.put("request", request.id());
    p.put("views", Integer.toString(views.size()));
    p.put("layout", request.layout() instanceof CameraLayout.Ring ? "ring" : "fixed");
    p.put("seed", Long.toString(request.seed()));
    p.put("supersampling", Integer.toString(o.supersampling()));
    p.put("normal_space", o.normalSpace().name().toLowerCase(java.util.Locale.ROOT));
    p.put("color_mode", o.colorMode().name().toLowerCase(java.util.Locale.ROOT));
    p.put("prompt", request.prompt().isPresent() ? "ignored" : "none");
    p.put("conditioning_image", request.conditioning().isPresent() ? "ignored" : "none");
    return new MultiviewSet(ENGINE, p, names, views);
  }
}
