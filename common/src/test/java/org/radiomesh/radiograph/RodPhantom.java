package org.radiomesh.radiograph;

import org.radiomesh.anatomy.Material;
import org.radiomesh.anatomy.MaterialField;

/**
 * Vertical rods (radius {@link #RADIUS} mm, z in [−{@link #HALF_HEIGHT}, {@link #HALF_HEIGHT}]) of given materials
 * placed along an arch at arc lengths {@code s[i]} and depths {@code depth[i]} (mm along the outward normal) in air.
 * Tooth number of rod i is {@code 11 + i} when {@code labelled}.
 */
final class RodPhantom implements MaterialField {
  static final double RADIUS = 1.5;
  static final double HALF_HEIGHT = 8;

  private final double[] cx;
  private final double[] cy;
  private final Material[] materials;
  private final double[] bounds;

  RodPhantom(ArchCurve arch, double[] s, double[] depth, Material[] materials, double margin) {
    this.materials = materials.clone();
    cx = new double[s.length];
    cy = new double[s.length];
    double minX = Double.POSITIVE_INFINITY, minY = minX, maxX = -minX, maxY = -minX;
    for (int i = 0; i < s.length; i++) {
      double[] p = arch.point(s[i]);
      double[] n = arch.normal(s[i]);
      cx[i] = p[0] + depth[i] * n[0];
      cy[i] = p[1] + depth[i] * n[1];
    }
    double[] xy = arch.samples();
    for (int i = 0; i < xy.length; i += 2) {
      minX = Math.min(minX, xy[i]);
      maxX = Math.max(maxX, xy[i]);
      minY = Math.min(minY, xy[i + 1]);
      maxY = Math.max(maxY, xy[i + 1]);
    }
    bounds = new double[] {minX - margin, minY - margin, -HALF_HEIGHT - 2, maxX + margin, maxY + margin,
        HALF_HEIGHT + 2};
  }

  double[] centre(int i) {
    return new double[] {cx[i], cy[i]};
  }

  @Override
  public Material materialAt(double x, double y, double z) {
    int i = rod(x, y, z);
    return i < 0 ? Material.AIR : materials[i];
  }

  @Override
  public int toothAt(double x, double y, double z) {
    int i = rod(x, y, z);
    return i < 0 ? 0 : 11 + i;
  }

  @Override
  public double[] bounds() {
    return bounds.clone();
  }

  private int rod(double x, double y, double z) {
    if (Math.abs(z) > HALF_HEIGHT) {
      return -1;
    }
    for (int i = 0; i < cx.length; i++) {
      double dx = x - cx[i];
      double dy = y - cy[i];
      if (dx * dx + dy * dy <= RADIUS * RADIUS) {
        return i;
      }
    }
    return -1;
  }
}
