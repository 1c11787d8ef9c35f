package org.radiomesh.anatomy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The drawn geometry of one tooth's conditions ({@link Condition}) and how they change its materials, in the tooth's
 * local frame (mm; see {@link ToothModel}).
 *
 * <ul>
 *   <li>Caries: an ellipsoid ({@link CavityRegion}) on the named surface (occlusal: central fossa or incisal edge;
 *       mesial/distal: just below the contact; buccal/lingual: cervical third), radius 1.0–2.0 mm, reaching from the
 *       surface point towards the middle of the pulp chamber's roof: enamel 60 % of the enamel; outer dentin the enamel + 35 % of the dentin to the pulp; inner dentin
 *       + 75 %; pulp exposure 0.4 mm into the pulp. Replaces enamel, dentin and cementum by CARIES.</li>
 *   <li>Restoration: a box-like cavity on the surface, radius 1.5–2.5 mm, down to 40–60 % of the dentin, filled with
 *       COMPOSITE or AMALGAM.</li>
 *   <li>Root canal treatment: each canal, widened by 0.15 mm, filled with GUTTA_PERCHA from the chamber down to
 *       {@code fillLength} of its root; the chamber and an occlusal access cavity (radius 1.2–1.8 mm) filled with
 *       COMPOSITE; pulp left beyond the fill.</li>
 *   <li>Crown: the crown reduced by 1.2–1.6 mm axially and 1.5–2.0 mm occlusally (enamel replaced by the prepared
 *       dentin), the shell METAL_CROWN, CERAMIC, or a 0.5 mm METAL_CROWN coping under CERAMIC.</li>
 *   <li>Implant, missing, impacted, periapical lesion, bone loss: their parameters are drawn here and recorded; the
 *       patient model applies them (implant instead of tooth, placement, bone).</li>
 * </ul>
 *
 * <p>Precedence inside a tooth: prosthetic crown &gt; restorations &gt; root canal filling &gt; caries &gt; tissue.
 * Immutable and thread-safe. Cost: O(regions) per point; drawing marches rays through the model (O(1) per surface).
 */
public final class ToothConditions {

  /**
   * Every drawn parameter of a tooth's conditions; null fields for conditions the tooth does not have.
   *
   * @param cavities caries and restorations
   * @param rootCanal root canal filling
   * @param crown prosthetic crown
   * @param implant implant geometry
   * @param periapicalRadius periapical lesion radius, mm
   * @param boneLoss bone loss
   * @param impactedAngle impaction angle, degrees (mesial tilt positive)
   * @param missing whether the tooth is absent
   */
  public record Parameters(List<CavityRegion> cavities, RootCanalFilling rootCanal, ProstheticCrown crown,
                           ImplantModel.Shape implant, Double periapicalRadius, BoneDefect boneLoss,
                           Double impactedAngle, boolean missing) {}

  /** Gutta-percha to {@code fillLength} of each root, canals widened by {@code widenMm}, access cavity radius. */
  public record RootCanalFilling(double fillLength, double widenMm, double accessRadiusMm) {}

  /** A full-coverage crown: material, axial and occlusal reduction, metal coping thickness (metal-ceramic only). */
  public record ProstheticCrown(Condition.CrownMaterial material, double lateralMm, double occlusalMm,
                                double copingMm) {}

  /**
   * Periodontal bone loss: pattern, depth below the normal crest (mm), the side of a vertical defect (+1 mesial, −1
   * distal) and its width at the crest (mm).
   */
  public record BoneDefect(Condition.BoneLossPattern pattern, double mm, int side, double widthMm) {}

  private final ToothModel model;
  private final Parameters p;
  private final CavityRegion[] cavities;

  private ToothConditions(ToothModel model, Parameters p) {
    this.model = model;
    this.p = p;
    this.cavities = p.cavities().toArray(new CavityRegion[0]);
  }

  /** Draws the geometry of {@code spec}'s conditions on {@code model}, from {@code rnd} in condition order. */
  public static ToothConditions draw(ToothSpec spec, ToothModel model, SplittableRandom rnd) {
    List<CavityRegion> restorations = new ArrayList<>();
    List<CavityRegion> caries = new ArrayList<>();
    RootCanalFilling rct = null;
    ProstheticCrown crown = null;
    ImplantModel.Shape implant = null;
    Double lesion = null;
    BoneDefect bone = null;
    Double impacted = null;
    boolean missing = false;
    CavityDraw cavity = new CavityDraw(model);
    for (Condition c : spec.conditions()) {
      if (c instanceof Condition.Caries k) {
        caries.add(cavity.caries(k, rnd));
      } else if (c instanceof Condition.Restoration r) {
        restorations.add(cavity.restoration(r, rnd));
      } else if (c instanceof Condition.RootCanal r) {
        rct = new RootCanalFilling(r.fillLength(), 0.15, rnd.nextDouble(1.2, 1.8));
      } else if (c instanceof Condition.Crown k) {
        double coping = k.material() == Condition.CrownMaterial.METAL_CERAMIC ? 0.5 : 0;
        crown = new ProstheticCrown(k.material(), rnd.nextDouble(1.2, 1.6), rnd.nextDouble(1.5, 2.0), coping);
      } else if (c instanceof Condition.Implant) {
        implant = drawImplant(model.shape(), rnd);
      } else if (c instanceof Condition.PeriapicalLesion l) {
        lesion = l.radiusMm();
      } else if (c instanceof Condition.BoneLoss b) {
        bone = new BoneDefect(b.pattern(), b.mm(), rnd.nextBoolean() ? 1 : -1, rnd.nextDouble(1.5, 3.0));
      } else if (c instanceof Condition.Impacted i) {
        impacted = i.angleDegrees();
      } else if (c instanceof Condition.Missing) {
        missing = true;
      }
    }
    List<CavityRegion> all = new ArrayList<>(restorations);
    all.addAll(caries);
    return new ToothConditions(model, new Parameters(all, rct, crown, implant, lesion, bone, impacted, missing));
  }

  private static ImplantModel.Shape drawImplant(ToothShape s, SplittableRandom rnd) {
    ToothType type = s.tooth().type();
    double radius = type.isMolar() ? rnd.nextDouble(2.25, 2.5) : type.isPremolar() ? rnd.nextDouble(1.9, 2.1)
        : rnd.nextDouble(1.6, 1.9);
    double[] lengths = {8, 10, 11.5, 13};
    double length = Math.min(lengths[rnd.nextInt(lengths.length)], s.rootLength());
    return new ImplantModel.Shape(radius, length, -1.5, 0.8, 0.3, Math.min(radius, 2.0) * 0.8, 3.0);
  }

  /** Conditions of a tooth without any. */
  public static ToothConditions none(ToothModel model) {
    return new ToothConditions(model, new Parameters(List.of(), null, null, null, null, null, null, false));
  }

  public Parameters parameters() {
    return p;
  }

  /** Whether the tooth's own materials change at all (cavities, root canal filling or crown). */
  public boolean changesTooth() {
    return cavities.length > 0 || p.rootCanal() != null || p.crown() != null;
  }

  /**
   * The material at a local point inside the tooth ({@code tissue} is what {@link ToothModel#tissue} gives there, not
   * AIR), after this tooth's conditions.
   */
  public Material apply(double u, double v, double w, Material tissue) {
    ProstheticCrown crown = p.crown();
    if (crown != null && w > 0) {
      if (model.crownCore(u, v, w, crown.lateralMm(), crown.occlusalMm()) > 0) {
        return switch (crown.material()) {
          case METAL -> Material.METAL_CROWN;
          case CERAMIC -> Material.CERAMIC;
          case METAL_CERAMIC -> model.crownCore(u, v, w, crown.lateralMm() - crown.copingMm(),
              crown.occlusalMm() - crown.copingMm()) <= 0 ? Material.METAL_CROWN : Material.CERAMIC;
        };
      }
      if (tissue == Material.ENAMEL) {
        tissue = Material.DENTIN;
      }
    }
    for (CavityRegion c : cavities) {
      if (c.kind().equals("restoration") && c.contains(u, v, w)) {
        return c.material();
      }
    }
    RootCanalFilling rct = p.rootCanal();
    if (rct != null) {
      Material m = rootCanal(rct, u, v, w, tissue);
      if (m != null) {
        return m;
      }
    }
    if (tissue != Material.PULP) {
      for (CavityRegion c : cavities) {
        if (c.kind().equals("caries") && c.contains(u, v, w)) {
          return Material.CARIES;
        }
      }
    }
    return tissue;
  }

  private Material rootCanal(RootCanalFilling rct, double u, double v, double w, Material tissue) {
    ToothShape s = model.shape();
    if (Math.sqrt(u * u + v * v) <= rct.accessRadiusMm() && w >= s.pulpRoof() - 0.5) {
      return Material.COMPOSITE;
    }
    if (tissue == Material.PULP && model.chamber(u, v, w) <= 0) {
      return Material.COMPOSITE;
    }
    for (int i = 0; i < s.roots().size(); i++) {
      RootShape r = s.roots().get(i);
      double fillW = r.top() - rct.fillLength() * r.length();
      if (w >= fillW && model.canal(i, u, v, w, rct.widenMm()) <= 0) {
        return Material.GUTTA_PERCHA;
      }
    }
    return null;
  }
}
