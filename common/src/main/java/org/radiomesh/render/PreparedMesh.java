package org.radiomesh.render;

import org.radiomesh.mesh.TriangleMesh;

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
    this.normals = mesh.hasNormals() ? unit(mesh.normals().clone()) : vertexNormals(xyz, faces);
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

  /** Area-weighted vertex normals (the sum of the unnormalised face normals around each vertex), unit length. */
  static float[] vertexNormals(float[] xyz, int[] faces) {
    double[] acc = new double[xyz.length];
    for (int f = 0; f < faces.length; f += 3) {
      int a = 3 * faces[f];
      int b = 3 * faces[f + 1];
      int c = 3 * faces[f + 2];
      double ux = xyz[b] - xyz[a];
      double uy = xyz[b + 1] - xyz[a + 1];
      double uz = xyz[b + 2] - xyz[a + 2];
      double vx = xyz[c] - xyz[a];
      double vy = xyz[c + 1] - xyz[a + 1];
      double vz = xyz[c + 2] - xyz[a + 2];
      double nx = uy * vz - uz * vy;
      double ny = uz * vx - ux * vz;
      double nz = ux * vy - uy * vx;
      add(acc, a, nx, ny, nz);
      add(acc, b, nx, ny, nz);
      add(acc, c, nx, ny, nz);
    }
    float[] out = new float[xyz.length];
    for (int i = 0; i < acc.length; i += 3) {
      double n = Math.sqrt(acc[i] * acc[i] + acc[i + 1] * acc[i + 1] + acc[i + 2] * acc[i + 2]);
      if (n > 0) {
        out[i] = (float) (acc[i] / n);
        out[i + 1] = (float) (acc[i + 1] / n);
        out[i + 2] = (float) (acc[i + 2] / n);
      }
    }
    return out;
  }

  private static void add(double[] acc, int o, double x, double y, double z) {
    acc[o] += x;
    acc[o + 1] += y;
    acc[o + 2] += z;
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
