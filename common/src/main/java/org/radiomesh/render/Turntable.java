package org.radiomesh.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.radiomesh.mesh.TriangleMesh;

/**
 * A turntable: N views of a mesh at evenly spaced azimuths and one elevation ({@link CameraRing} conventions: +z up,
 * azimuth 0 on the −y side), rendered and written as numbered PNG frames plus a contact sheet. Cost N views.
 *
 * <pre>{@code
 * List<RenderedView> frames = Turntable.render(mesh, 12, 20, 256, 256, Rasterizer.defaults());
 * }</pre>
 */
public final class Turntable {
  private Turntable() {}

  /** Renders {@code n} views at {@code elevationDegrees}, each {@code width × height}. */
  public static List<RenderedView> render(TriangleMesh mesh, int n, double elevationDegrees, int width, int height,
      Rasterizer rasterizer) {
    List<Camera> cams = CameraRing.turntable(n, elevationDegrees, width, height).around(mesh);
    return rasterizer.render(mesh, cams);
  }

  /**
   * Writes the RGB of each view as {@code DIR/STEM_000.png, STEM_001.png, ...} and a contact sheet of all of them
   * (up to 6 per row) as {@code DIR/STEM.png}.
   */
  public static void write(List<RenderedView> views, Path dir, String stem) throws IOException {
    for (int k = 0; k < views.size(); k++) {
      ViewPng.write(ViewPng.rgbImage(views.get(k)), dir.resolve(String.format("%s_%03d.png", stem, k)));
    }
    ViewPng.write(ViewPng.contactSheet(views, 6), dir.resolve(stem + ".png"));
  }
}
