package org.radiomesh.render;

/**
 * The shading pass of one view: for every sample that the visibility pass ({@link ViewRaster}) covered, the normal
 * (interpolated vertex normals, or the face normal when flat), the surface colour, the label of the nearest vertex
 * and the lit colour of {@link RenderOptions}. Runs once per covered sample whatever the overdraw. O(samples).
 */
final class ViewShading {
  private ViewShading() {}

  /** The maps of a view at the raster's resolution. */
  static RenderedView shade(ViewRaster raster, PreparedMesh mesh, Camera cam, RenderOptions o, RasterStats stats) {
    int w = raster.width;
    int n = w * raster.height;
    float[] rgb = new float[3 * n];
    boolean[] mask = new boolean[n];
    float[] normalMap = new float[3 * n];
    int[] labelMap = new int[n];
    float[] bg = o.background();
    float[] base = o.baseColor();
    double[] r = cam.rotation();
    double[] light = o.lightDirection();
    boolean world = o.normalSpace() == RenderOptions.NormalSpace.WORLD;
    double ambient = o.ambient();
    double diffuse = o.diffuse();
    double specular = o.specular();
    double shininess = o.shininess();
    double[] nw = new double[3];
    for (int i = 0; i < n; i++) {
      int f = raster.face[i];
      if (f < 0) {
        rgb[3 * i] = bg[0];
        rgb[3 * i + 1] = bg[1];
        rgb[3 * i + 2] = bg[2];
        labelMap[i] = LabelPalette.BACKGROUND;
        continue;
      }
      mask[i] = true;
      int a = mesh.faces[3 * f];
      int b = mesh.faces[3 * f + 1];
      int c = mesh.faces[3 * f + 2];
      double b1 = raster.bary1[i];
      double b2 = raster.bary2[i];
      double b0 = 1 - b1 - b2;
      if (o.flatShading()) {
        faceNormal(mesh.xyz, a, b, c, nw);
      } else {
        for (int k = 0; k < 3; k++) {
          nw[k] = b0 * mesh.normals[3 * a + k] + b1 * mesh.normals[3 * b + k] + b2 * mesh.normals[3 * c + k];
        }
      }
      normalize(nw);
      double ncx = r[0] * nw[0] + r[1] * nw[1] + r[2] * nw[2];
      double ncy = r[3] * nw[0] + r[4] * nw[1] + r[5] * nw[2];
      double ncz = r[6] * nw[0] + r[7] * nw[1] + r[8] * nw[2];
      normalMap[3 * i] = (float) (world ? nw[0] : ncx);
      normalMap[3 * i + 1] = (float) (world ? nw[1] : ncy);
      normalMap[3 * i + 2] = (float) (world ? nw[2] : ncz);
      int nearest = b0 >= b1 && b0 >= b2 ? a : (b1 >= b2 ? b : c);
      int label = mesh.labels == null ? 0 : mesh.labels[nearest];
      labelMap[i] = label;

      // Direction to the camera from the surface point, in camera space.
      double z = raster.depth[i];
      double px = (i % w - cam.cx()) / cam.fx() * z;
      double py = (i / w - cam.cy()) / cam.fy() * z;
      double len = Math.sqrt(px * px + py * py + z * z);
      double vx = -px / len;
      double vy = -py / len;
      double vz = -z / len;
      if (ncx * vx + ncy * vy + ncz * vz < 0) {
        ncx = -ncx;
        ncy = -ncy;
        ncz = -ncz;
      }
      double lambert = Math.max(0, ncx * light[0] + ncy * light[1] + ncz * light[2]);
      double spec = 0;
      if (specular > 0) {
        double hx = light[0] + vx;
        double hy = light[1] + vy;
        double hz = light[2] + vz;
        double hl = Math.sqrt(hx * hx + hy * hy + hz * hz);
        if (hl > 0) {
          spec = specular * Math.pow(Math.max(0, (ncx * hx + ncy * hy + ncz * hz) / hl), shininess);
        }
      }
      double shade = ambient + diffuse * lambert;
      for (int k = 0; k < 3; k++) {
        double col = switch (mesh.colorMode) {
          case VERTEX -> b0 * mesh.colors[3 * a + k] + b1 * mesh.colors[3 * b + k] + b2 * mesh.colors[3 * c + k];
          case LABEL -> ((LabelPalette.rgb(label) >> (16 - 8 * k)) & 255) / 255.0;
          default -> base[k];
        };
        rgb[3 * i + k] = (float) Math.max(0, Math.min(1, col * shade + spec));
      }
    }
    return new RenderedView(cam, rgb, mask, raster.depth, normalMap, o.normalSpace(), labelMap, stats);
  }

  private static void faceNormal(float[] xyz, int a, int b, int c, double[] out) {
    double ux = xyz[3 * b] - xyz[3 * a];
    double uy = xyz[3 * b + 1] - xyz[3 * a + 1];
    double uz = xyz[3 * b + 2] - xyz[3 * a + 2];
    double vx = xyz[3 * c] - xyz[3 * a];
    double vy = xyz[3 * c + 1] - xyz[3 * a + 1];
    double vz = xyz[3 * c + 2] - xyz[3 * a + 2];
    out[0] = uy * vz - uz * vy;
    out[1] = uz * vx - ux * vz;
    out[2] = ux * vy - uy * vx;
  }

  private static void normalize(double[] v) {
    double len = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
    if (len > 0) {
      v[0] /= len;
      v[1] /= len;
      v[2] /= len;
    }
  }
}
