package org.radiomesh.anatomy;

import java.util.List;

/**
 * Every parameter drawn for a virtual patient, enough to audit it and (with the code version) to rebuild it: written
 * as JSON with Jackson ({@code new ObjectMapper().writeValueAsString(parameters)}).
 *
 * @param seed the case seed
 * @param patientScale tooth size factor shared by all teeth (0.95–1.05)
 * @param occlusalGapMm vertical gap between the upper and lower occlusal planes
 * @param crowding crowding level 0..1 (rotations and displacements)
 * @param spacing spacing level 0..1 (extra contact gaps)
 * @param upper the maxillary arch and bone
 * @param lower the mandibular arch and bone
 * @param teeth all 32 positions in FDI order, modelled or not
 */
public record PatientParameters(long seed, double patientScale, double occlusalGapMm, double crowding,
                                double spacing, Jaw upper, Jaw lower, List<Tooth> teeth) {

  /**
   * One jaw.
   *
   * @param firstMolarWidthMm drawn distance between the first molars' centres
   * @param archWidthMm fitted beta-function width W
   * @param archDepthMm fitted beta-function depth D
   * @param boneHeightMm crest-to-base bone height
   * @param baseHalfWidthMm half-width of the basal bone
   */
  public record Jaw(String jaw, double firstMolarWidthMm, double archWidthMm, double archDepthMm,
                    double boneHeightMm, double baseHalfWidthMm) {}

  /**
   * One tooth position.
   *
   * @param fdi FDI number
   * @param modelled whether the tooth (or its implant) is in the model: listed in the spec and not missing
   * @param shape drawn shape (drawn for every position, so that a spec change never shifts another tooth's draws)
   * @param pose drawn pose
   * @param arcPositionMm final signed arc position of its contact-height centre
   * @param frame final local frame
   * @param conditions drawn condition geometry
   */
  public record Tooth(int fdi, boolean modelled, ToothShape shape, ToothPose pose, double arcPositionMm,
                      ToothFrame frame, ToothConditions.Parameters conditions) {}
}
