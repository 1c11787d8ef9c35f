package org.radiomesh.anatomy;

/**
 * A tooth's local frame in the patient: origin (the centre of the cemento-enamel junction) and orthonormal axes u
 * (mesial), v (buccal or facial) and w (occlusal: towards the incisal edge or cusps), all in patient coordinates (mm).
 * Teeth on the patient's left and right are mirror images, so the frame is orthonormal but may be left-handed; that is
 * intended, as it mirrors the model.
 *
 * <p>Patient coordinates (shared by every radiomesh anatomy type, as DICOM's LPS): x towards the patient's left, y
 * posterior, z superior; the origin is on the midline at the labial face of the incisors' arch line, on the occlusal
 * plane (upper teeth above z = 0, lower below).
 *
 * <p>Cost O(1) per transform.
 */
public record ToothFrame(double ox, double oy, double oz, double ux, double uy, double uz, double vx, double vy,
                         double vz, double wx, double wy, double wz) {

  /** Writes the local coordinates (u, v, w) of patient point (x, y, z) into {@code out}. */
  public void toLocal(double x, double y, double z, double[] out) {
    double dx = x - ox;
    double dy = y - oy;
    double dz = z - oz;
    out[0] = dx * ux + dy * uy + dz * uz;
    out[1] = dx * vx + dy * vy + dz * vz;
    out[2] = dx * wx + dy * wy + dz * wz;
  }

  /** Writes the patient coordinates of local point (u, v, w) into {@code out}. */
  public void toPatient(double u, double v, double w, double[] out) {
    out[0] = ox + u * ux + v * vx + w * wx;
    out[1] = oy + u * uy + v * vy + w * wy;
    out[2] = oz + u * uz + v * vz + w * wz;
  }

  /** The same frame moved by (dx, dy, dz). */
  public ToothFrame translated(double dx, double dy, double dz) {
    return new ToothFrame(ox + dx, oy + dy, oz + dz, ux, uy, uz, vx, vy, vz, wx, wy, wz);
  }

  /** The identity frame: local coordinates equal patient coordinates. */
  public static ToothFrame identity() {
    return new ToothFrame(0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1);
  }

  /** Patient-space bounding box {minX, minY, minZ, maxX, maxY, maxZ} of a local box {minU, minV, minW, maxU, ...}. */
  public double[] patientBounds(double[] local) {
    double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE,
        -Double.MAX_VALUE};
    double[] p = new double[3];
    for (int c = 0; c < 8; c++) {
      toPatient(local[(c & 1) == 0 ? 0 : 3], local[(c & 2) == 0 ? 1 : 4], local[(c & 4) == 0 ? 2 : 5], p);
      for (int k = 0; k < 3; k++) {
        b[k] = Math.min(b[k], p[k]);
        b[k + 3] = Math.max(b[k + 3], p[k]);
      }
    }
    return b;
  }
}
