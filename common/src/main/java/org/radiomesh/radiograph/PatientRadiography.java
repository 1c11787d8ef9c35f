package org.radiomesh.radiograph;

import org.radiomesh.anatomy.PatientParameters;
import org.radiomesh.anatomy.PlacedTooth;
import org.radiomesh.anatomy.VirtualPatient;

/**
 * What the simulators need from a {@link VirtualPatient} beyond its {@link org.radiomesh.anatomy.MaterialField}: the
 * focal trough and the boxes to sample finely.
 *
 * <p>The virtual patient's frame: mm, x to the patient's left, y posterior, z superior, the incisal point of the arch
 * at the origin (see {@code VirtualPatient}). O(teeth).
 *
 * <pre>{@code
 * PanoramicOptions options = PanoramicOptions.builder().optSeed(seed)
 *     .optDetailBoxes(PatientRadiography.detailBoxes(patient, 1.0)).build();
 * PanoramicRadiograph pano = PanoramicSimulator.simulate(patient, PatientRadiography.trough(patient), options);
 * }</pre>
 */
public final class PatientRadiography {
  /** Straight extension of the trough beyond the second molars, mm: third molars and the front of the rami. */
  public static final double TROUGH_EXTENSION_MM = 25;

  private PatientRadiography() {}

  /**
   * The focal trough: the beta arch whose width and depth are the means of the patient's upper and lower arches,
   * extended {@link #TROUGH_EXTENSION_MM} at both ends, placed with its incisal point at the origin and its ends
   * posterior (+y).
   */
  public static ArchCurve trough(VirtualPatient patient) {
    PatientParameters p = patient.parameters();
    double width = 0.5 * (p.upper().archWidthMm() + p.lower().archWidthMm());
    double depth = 0.5 * (p.upper().archDepthMm() + p.lower().archDepthMm());
    return ArchCurve.beta(width, depth).extended(TROUGH_EXTENSION_MM).inFrame(0, depth, 1, 0, 0, -1);
  }

  /**
   * The bounds of every tooth and implant, and of every periapical lesion, grown by {@code marginMm}: the detail boxes
   * for {@link VolumeSampling}, 6 values per box.
   */
  public static double[] detailBoxes(VirtualPatient patient, double marginMm) {
    if (!(marginMm >= 0)) {
      throw new IllegalArgumentException("margin " + marginMm + " mm, expected >= 0");
    }
    double[] lesions = patient.periapicalLesions();
    double[] boxes = new double[6 * (patient.teeth().size() + lesions.length / 4)];
    int b = 0;
    for (PlacedTooth t : patient.teeth()) {
      double[] tb = t.bounds();
      for (int a = 0; a < 3; a++) {
        boxes[b + a] = tb[a] - marginMm;
        boxes[b + a + 3] = tb[a + 3] + marginMm;
      }
      b += 6;
    }
    for (int l = 0; l < lesions.length; l += 4) {
      double r = lesions[l + 3] + marginMm;
      for (int a = 0; a < 3; a++) {
        boxes[b + a] = lesions[l + a] - r;
        boxes[b + a + 3] = lesions[l + a] + r;
      }
      b += 6;
    }
    return boxes;
  }
}
