package org.radiomesh.anatomy;

import java.util.List;

/**
 * The drawn geometry of one tooth, in mm in its local frame: u mesial, v buccal (facial), w occlusal (towards the
 * incisal edge or cusps), origin at the centre of the cemento-enamel junction (CEJ), so the crown spans
 * w ∈ [0, crownLength] and the longest root ends at w = −rootLength. Every field is a parameter of the model, recorded
 * as is in a case's parameters; {@link ToothModel} evaluates it.
 *
 * @param fdi FDI number
 * @param crownLength CEJ to incisal edge or highest cusp tip
 * @param rootLength CEJ to the apex of the longest root
 * @param mesiodistal largest crown width along u (at the contact height)
 * @param buccolingual largest crown width along v
 * @param cervicalMd crown width along u at the CEJ (cervical constriction)
 * @param cervicalBl crown width along v at the CEJ
 * @param contourMd height (w) of the largest mesiodistal width: the contact points
 * @param contourBl height of the largest buccolingual width: the height of contour
 * @param topMd crown width along u at w = crownLength (the occlusal table or incisal edge)
 * @param topBl crown width along v at w = crownLength
 * @param boxiness 0 (elliptic cross-section) to 1 (rounded-square), blended in above the CEJ
 * @param form the occlusal form: incisal edge, canine cusp or cusps
 * @param tableDepth depth of the occlusal table (central fossa) below the highest cusp tip; for a canine, the drop
 *     from the cusp tip to the mesial and distal edges of the top
 * @param cusps cusps of a premolar or molar (empty otherwise)
 * @param enamelOcclusal enamel thickness over the occlusal surface or incisal edge
 * @param enamelLateral enamel thickness on the axial walls, tapering to 0 at the CEJ
 * @param cementum cementum thickness on the roots
 * @param trunkLength root trunk length from the CEJ to the furcation (0 for single-rooted teeth)
 * @param roots the roots
 * @param pulpRoof w of the roof of the pulp chamber
 * @param pulpFloor w of the floor of the pulp chamber
 * @param pulpMd pulp chamber width along u at the CEJ
 * @param pulpBl pulp chamber width along v at the CEJ
 * @param canalFraction root canal half-width as a fraction of its root's half-width
 */
public record ToothShape(int fdi, double crownLength, double rootLength, double mesiodistal, double buccolingual,
                         double cervicalMd, double cervicalBl, double contourMd, double contourBl, double topMd,
                         double topBl, double boxiness, CrownForm form, double tableDepth, List<Cusp> cusps,
                         double enamelOcclusal, double enamelLateral, double cementum, double trunkLength,
                         List<RootShape> roots, double pulpRoof, double pulpFloor, double pulpMd, double pulpBl,
                         double canalFraction) {

  /** The occlusal form of a crown. */
  public enum CrownForm { INCISAL_EDGE, CANINE_CUSP, CUSPS }

  public ToothShape {
    cusps = List.copyOf(cusps);
    roots = List.copyOf(roots);
    if (roots.isEmpty()) {
      throw new IllegalArgumentException("tooth " + fdi + " has no root");
    }
    if (!(crownLength > 0 && rootLength > 0 && mesiodistal > 0 && buccolingual > 0)) {
      throw new IllegalArgumentException("tooth " + fdi + ": dimensions must be positive");
    }
  }

  public ToothNumber tooth() {
    return ToothNumber.fdi(fdi);
  }

  /** True when the roots join a trunk above a furcation. */
  public boolean multiRooted() {
    return roots.size() > 1;
  }
}
