package org.radiomesh.anatomy;

/**
 * A tooth (or the implant that replaces it) placed in a patient: its model, frame, conditions and patient-space
 * bounds, with the material lookups the patient model and the meshers need.
 *
 * <p>Immutable and thread-safe. Cost per lookup: one frame transform plus one {@link ToothModel} or
 * {@link ImplantModel} evaluation (and the conditions' regions) for points inside the bounds; O(1) outside.
 */
public final class PlacedTooth {
  private final ToothNumber tooth;
  private final ToothModel model;
  private final ToothFrame frame;
  private final ToothConditions conditions;
  private final ImplantModel implant;
  private final double[] localBounds;
  private final double[] bounds;

  PlacedTooth(ToothNumber tooth, ToothModel model, ToothFrame frame, ToothConditions conditions) {
    this.tooth = tooth;
    this.model = model;
    this.frame = frame;
    this.conditions = conditions;
    ImplantModel.Shape shape = conditions.parameters().implant();
    this.implant = shape == null ? null : new ImplantModel(shape, model);
    this.localBounds = implant == null ? model.localBounds() : implant.localBounds();
    this.bounds = frame.patientBounds(localBounds);
  }

  public ToothNumber tooth() {
    return tooth;
  }

  public ToothModel model() {
    return model;
  }

  public ToothFrame frame() {
    return frame;
  }

  public ToothConditions conditions() {
    return conditions;
  }

  /** The implant replacing this tooth, or null. */
  public ImplantModel implant() {
    return implant;
  }

  public boolean isImplant() {
    return implant != null;
  }

  /** Patient-space bounds {minX, minY, minZ, maxX, maxY, maxZ}, mm. */
  public double[] bounds() {
    return bounds.clone();
  }

  /** Whether a patient point lies in {@link #bounds()}. */
  public boolean inBounds(double x, double y, double z) {
    return x >= bounds[0] && x <= bounds[3] && y >= bounds[1] && y <= bounds[4] && z >= bounds[2] && z <= bounds[5];
  }

  /** Signed distance (approximate, negative inside) from a patient point to the tooth's or implant's surface. */
  public double outer(double x, double y, double z) {
    double[] q = new double[3];
    frame.toLocal(x, y, z, q);
    return outerLocal(q[0], q[1], q[2]);
  }

  /** {@link #outer} at local coordinates; a large positive value outside the local bounds. */
  public double outerLocal(double u, double v, double w) {
    if (!inLocalBounds(u, v, w)) {
      return 10;
    }
    return implant != null ? implant.outer(u, v, w) : model.outer(u, v, w);
  }

  /** The material at local coordinates (AIR outside), conditions applied. */
  public Material materialLocal(double u, double v, double w) {
    if (!inLocalBounds(u, v, w)) {
      return Material.AIR;
    }
    if (implant != null) {
      return implant.material(u, v, w);
    }
    double d = model.outer(u, v, w);
    if (d > 0) {
      return Material.AIR;
    }
    Material tissue = model.tissueInside(u, v, w, d);
    return conditions.changesTooth() ? conditions.apply(u, v, w, tissue) : tissue;
  }

  /** Whether the point at local coordinates belongs to the tooth for labelling: the tooth, or an implant's crown. */
  public boolean labelsLocal(double u, double v, double w) {
    if (!inLocalBounds(u, v, w)) {
      return false;
    }
    return implant != null ? implant.crown(u, v, w) <= 0 : model.outer(u, v, w) <= 0;
  }

  /** Whether local coordinates lie in the local bounds (fields are only meaningful there). */
  boolean inLocalBoundsForMeshing(double u, double v, double w) {
    return inLocalBounds(u, v, w);
  }

  /**
   * Signed distance at local coordinates to the part that carries the tooth's label: the tooth, or an implant's crown
   * (the part an intraoral scan sees); +10 outside the local bounds.
   */
  public double labelDistanceLocal(double u, double v, double w) {
    if (!inLocalBounds(u, v, w)) {
      return 10;
    }
    return implant != null ? implant.crown(u, v, w) : model.outer(u, v, w);
  }

  private boolean inLocalBounds(double u, double v, double w) {
    double[] b = localBounds;
    return u >= b[0] && u <= b[3] && v >= b[1] && v <= b[4] && w >= b[2] && w <= b[5];
  }
}
