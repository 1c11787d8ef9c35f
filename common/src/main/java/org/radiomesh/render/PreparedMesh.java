package org.radiomesh.render;

import org.radiomesh.mesh.TriangleMesh;
import org.radiomesh.surface.VertexNormals;

/**
 * A mesh with what every view of it needs: per-vertex unit normals (the mesh's own, or area-weighted face normals
 * summed per vertex when it has none), and the colour mode resolved against the attributes it has. Built once per
 * mesh and shared by all its views; read-only afterwards, so views may render in parallel. O(V + F).
 */
final class PreparedMesh {
  final TriangleMesh mesh;
  final float[] xyz;
  final int[] faces;
  final float[] normals;
  final float[] colors;
  final int[] labels;
  final RenderOptions.ColorMode colorMode;

  PreparedMesh(TriangleMesh mesh, RenderOptions options) {
    if (mesh.isPointCloud()) {
      throw new IllegalArgumentException("cannot rasterise " + mesh + ": it has no faces");
    }
    this.mesh = mesh;
    this.xyz = mesh.xyz();
    this.faces = mesh.faces();
    this.normals = mesh.hasNormals() ? unit(mesh.normals().clone()) : VertexNormals.areaWeighted(mesh);
    this.colors = mesh.colors();
    this.labels = mesh.labels();
    this.colorMode = resolve(options.colorMode(), mesh);
  }

  private static RenderOptions.ColorMode resolve(RenderOptions.ColorMode mode, TriangleMesh mesh) {
    return switch (mode) {
      case AUTO -> mesh.hasColors() ? RenderOptions.ColorMode.VERTEX
          : mesh.hasLabels() ? RenderOptions.ColorMode.LABEL : RenderOptions.ColorMode.UNIFORM;
      case VERTEX -> {
        if (!mesh.hasColors()) {
          throw new IllegalArgumentException("colour mode VERTEX, but " + mesh + " has no vertex colours");
        }
        yield mode;
      }
      case LABEL -> {
        if (!mesh.hasLabels()) {
          throw new IllegalArgumentException("colour mode LABEL, but " + mesh + " has no vertex labels");
        }
        yield mode;
      }
      case UNIFORM -> mode;
    };
  }

  private static float[] unit(float[] n) {
    for (int i = 0; i < n.length; i += 3) {
      double len = Math.sqrt(n[i] * n[i] + n[i + 1] * n[i + 1] + n[i + 2] * n[i + 2]);
      if (len > 0) {
        n[i] /= len;
        n[i + 1] /= len;
        n[i + 2] /= len;
      }
    }
    return n;
  }
}
