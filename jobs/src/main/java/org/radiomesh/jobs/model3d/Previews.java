package org.radiomesh.jobs.model3d;

import java.io.IOException;
import org.radiomesh.mesh.TriangleMesh;
import org.radiomesh.render.Camera;
import org.radiomesh.render.CameraRing;
import org.radiomesh.render.Rasterizer;
import org.radiomesh.render.RenderOptions;
import org.radiomesh.render.ViewPng;
import org.radiomesh.synth.PngBytes;

/**
 * A shaded preview PNG of a model mesh with the software {@link Rasterizer} (labels coloured where the mesh has
 * them): a single tooth (local frame) from its buccal side (+y), an arch mesh (patient frame) from the front (−y),
 * both 15° above the horizontal, z up, 384 × 384 px, 2 × 2 supersampling. Cost O(V + F + pixels).
 */
final class Previews {
  static final int SIZE = 384;

  private Previews() {}

  static byte[] png(TriangleMesh mesh, boolean singleTooth) throws IOException {
    Camera camera = CameraRing.builder().azimuths(1).elevations(15).size(SIZE, SIZE).up(0, 0, 1)
        .front(0, singleTooth ? 1 : -1, 0).fovYDegrees(30).build().around(mesh).get(0);
    Rasterizer r = new Rasterizer(RenderOptions.builder().supersampling(2).build());
    return PngBytes.encode(ViewPng.rgbImage(r.render(mesh, camera)));
  }
}
