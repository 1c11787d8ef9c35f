package org.radiomesh.recon;

import java.util.List;
import org.radiomesh.mesh.TriangleMesh;
import org.radiomesh.render.Camera;
import org.radiomesh.render.CameraRing;
import org.radiomesh.render.Rasterizer;
import org.radiomesh.render.RenderedView;

/**
 * Something a multiview generator can render: its bounds, to place cameras around it, and its views through given
 * cameras. {@link #of(TriangleMesh)} wraps a mesh (for example the parametric anatomy mesh of a spec); other
 * implementations may render an implicit model directly.
 */
public interface MultiviewSubject {
  /** Axis-aligned bounds {minX, minY, minZ, maxX, maxY, maxZ}, mm. */
  double[] bounds();

  /** The views of this subject through {@code cameras}, in order, each with the maps the rasterizer produces. */
  List<RenderedView> render(List<Camera> cameras, Rasterizer rasterizer);

  /** A triangle mesh as a subject; its per-vertex labels become the views' label maps. Bounds cost O(V). */
  static MultiviewSubject of(TriangleMesh mesh) {
    if (mesh == null || mesh.faceCount() == 0) {
      throw new IllegalArgumentException("a subject mesh needs faces");
    }
    double[] bounds = CameraRing.bounds(mesh);
    return new MultiviewSubject() {
      @Override
      public double[] bounds() {
        return bounds.clone();
      }

      @Override
      public List<RenderedView> render(List<Camera> cameras, Rasterizer rasterizer) {
        return rasterizer.render(mesh, cameras);
      }

      @Override
      public String toString() {
        return "MultiviewSubject[" + mesh + "]";
      }
    };
  }
}
