package org.radiomesh.anatomy;

/**
 * A dental implant in the local frame of the tooth it replaces (mm; u mesial, v buccal, w occlusal, origin at the
 * centre of the former cemento-enamel junction): a titanium fixture (a threaded cylinder along −w whose top, the
 * platform, sits at bone level, with a tapered rounded apex), a titanium abutment (a tapered cylinder from the platform
 * into the crown) and a ceramic crown shaped like the natural crown it replaces.
 *
 * <p>Threads are approximated by a sinusoidal modulation of the fixture radius (pitch and depth in {@link Shape}).
 * Signed distances are negative inside, approximately Euclidean. Immutable. Cost O(1) plus one crown evaluation.
 */
public final class ImplantModel {

  /**
   * Drawn implant parameters (mm).
   *
   * @param fixtureRadius outer thread radius
   * @param fixtureLength platform to apex
   * @param platformW w of the platform (the fixture's top)
   * @param threadPitch thread pitch
   * @param threadDepth thread depth
   * @param abutmentRadius abutment radius at the platform; it narrows by a quarter to its top
   * @param abutmentTopW w of the abutment's top
   */
  public record Shape(double fixtureRadius, double fixtureLength, double platformW, double threadPitch,
                      double threadDepth, double abutmentRadius, double abutmentTopW) {}

  private final Shape p;
  private final ToothModel crown;

  public ImplantModel(Shape shape, ToothModel crown) {
    this.p = shape;
    this.crown = crown;
  }

  public Shape shape() {
    return p;
  }

  /** Signed distance to the fixture. */
  public double fixture(double u, double v, double w) {
    double r = Math.sqrt(u * u + v * v);
    double apexW = p.platformW() - p.fixtureLength();
    double phase = 2 * Math.PI * (w - p.platformW()) / p.threadPitch();
    double radius = p.fixtureRadius() - p.threadDepth() * (0.5 + 0.5 * Math.sin(phase));
    double taper = SmoothBlend.smoothstep(apexW + 2.5, apexW, w);
    radius *= 1 - 0.3 * taper;
    double d = SmoothBlend.intersection(r - radius, w - p.platformW(), 0.2);
    return SmoothBlend.intersection(d, apexW - w, 1.0);
  }

  /** Signed distance to the abutment. */
  public double abutment(double u, double v, double w) {
    double t = Math.min(1, Math.max(0, (w - p.platformW()) / (p.abutmentTopW() - p.platformW())));
    double radius = p.abutmentRadius() * (1 - 0.25 * t);
    double d = Math.max(Math.sqrt(u * u + v * v) - radius, w - p.abutmentTopW());
    return Math.max(d, p.platformW() - w);
  }

  /** Signed distance to the ceramic crown: the natural crown's shape above the CEJ. */
  public double crown(double u, double v, double w) {
    return Math.max(crown.outer(u, v, w), -w);
  }

  /** Signed distance to the whole implant (fixture, abutment and crown). */
  public double outer(double u, double v, double w) {
    return Math.min(Math.min(fixture(u, v, w), abutment(u, v, w)), crown(u, v, w));
  }

  /** TITANIUM, CERAMIC or AIR at a local point. */
  public Material material(double u, double v, double w) {
    if (fixture(u, v, w) <= 0 || abutment(u, v, w) <= 0) {
      return Material.TITANIUM;
    }
    return crown(u, v, w) <= 0 ? Material.CERAMIC : Material.AIR;
  }

  /** Local bounds {minU, minV, minW, maxU, maxV, maxW} of the implant, with a 0.5 mm margin. */
  public double[] localBounds() {
    double[] b = crown.localBounds();
    b[2] = Math.min(b[2], p.platformW() - p.fixtureLength() - 0.5);
    return b;
  }
}
