package org.radiomesh.anatomy;

import org.radiomesh.mesh.TriangleMesh;
import org.radiomesh.surface.FieldSampler;
import org.radiomesh.surface.ImplicitField;
import org.radiomesh.surface.MarchingCubes;
import org.radiomesh.surface.ScalarGrid;

/**
 * Watertight triangle meshes of single teeth, their tissues and implant parts, by {@link MarchingCubes} on their
 * implicit models sampled at a voxel size (default 0.25 mm), in millimetres: in patient coordinates for a
 * {@link PlacedTooth}, in the tooth's local frame (u, v, w) for a bare {@link ToothModel}.
 *
 * <p>Every mesh is closed, edge-manifold and oriented outwards (the marching cubes guarantees); the sampling box holds
 * the whole part, so nothing is capped. Tissue parts: ENAMEL (the crown outside its dentin core), DENTIN (the tooth
 * without enamel, pulp and cementum), PULP, CEMENTUM (a 0.15 mm layer: it needs voxels of 0.05 mm or less to stay in
 * one piece). Conditions (fillings, crowns) are not in the tissue parts; mesh their materials with
 * {@link PatientMesher#material}.
 *
 * <p>Cost: O((extent / voxel)³ / 64 + surface samples) model evaluations with the narrow-band sampler, plus marching
 * cubes; a molar at 0.25 mm takes tens of milliseconds.
 */
public final class ToothMesher {

  /** The part of a tooth to mesh. */
  public enum Part { OUTER, ENAMEL, DENTIN, PULP, CEMENTUM, IMPLANT_FIXTURE, IMPLANT_ABUTMENT, IMPLANT_CROWN }

  /** Default voxel size for single teeth, mm. */
  public static final double DEFAULT_VOXEL = 0.25;

  private final double voxel;

  /** A mesher at {@code voxel} mm. */
  public ToothMesher(double voxel) {
    if (!(voxel > 0)) {
      throw new IllegalArgumentException("voxel size " + voxel + " mm, expected > 0");
    }
    this.voxel = voxel;
  }

  public static ToothMesher defaults() {
    return new ToothMesher(DEFAULT_VOXEL);
  }

  /** The outer surface of a placed tooth or implant, patient coordinates. */
  public TriangleMesh mesh(PlacedTooth tooth) {
    return mesh(tooth, Part.OUTER);
  }

  /**
   * A part of a placed tooth, patient coordinates. Implant parts need an implant; tissue parts a natural tooth.
   *
   * @throws IllegalArgumentException when the part does not exist for this tooth
   */
  public TriangleMesh mesh(PlacedTooth tooth, Part part) {
    boolean implantPart = part.name().startsWith("IMPLANT_");
    if (implantPart != tooth.isImplant() && part != Part.OUTER) {
      throw new IllegalArgumentException("tooth " + tooth.tooth() + " has no part " + part
          + (tooth.isImplant() ? " (it is an implant)" : " (it is not an implant)"));
    }
    LocalField local = tooth.isImplant() ? implantField(tooth.implant(), part) : field(tooth.model(), part);
    ToothFrame f = tooth.frame();
    double[] q = new double[3];
    ImplicitField world = (x, y, z) -> {
      f.toLocal(x, y, z, q);
      return tooth.inLocalBoundsForMeshing(q[0], q[1], q[2]) ? local.value(q[0], q[1], q[2]) : -10;
    };
    return run(world, grow(tooth.bounds()));
  }

  /** A part of a bare tooth model, in its local frame (u, v, w). */
  public TriangleMesh meshLocal(ToothModel model, Part part) {
    LocalField local = field(model, part);
    double[] b = model.localBounds();
    return run((u, v, w) -> model.inBounds(u, v, w) ? local.value(u, v, w) : -10, grow(b));
  }

  private TriangleMesh run(ImplicitField f, double[] box) {
    // Single-threaded per call: the lambdas above reuse one scratch array.
    ScalarGrid g = FieldSampler.defaults().sample(f, box, voxel);
    return MarchingCubes.surface(g, 0);
  }

  private double[] grow(double[] b) {
    double m = 2 * voxel;
    return new double[] {b[0] - m, b[1] - m, b[2] - m, b[3] + m, b[4] + m, b[5] + m};
  }

  /** A local field, positive inside the part. */
  @FunctionalInterface
  interface LocalField {
    double value(double u, double v, double w);
  }

  static LocalField field(ToothModel m, Part part) {
    double cem = m.shape().cementum();
    return switch (part) {
      case OUTER -> (u, v, w) -> -m.outer(u, v, w);
      case PULP -> (u, v, w) -> -m.pulp(u, v, w);
      case ENAMEL -> (u, v, w) -> Math.min(Math.min(-m.outer(u, v, w), m.enamelCore(u, v, w)), w);
      case CEMENTUM -> (u, v, w) -> {
        double d = m.outer(u, v, w);
        return Math.min(Math.min(-d, d + cem), -w);
      };
      case DENTIN -> (u, v, w) -> {
        double d = m.outer(u, v, w);
        double notEnamel = Math.max(Math.max(d, -m.enamelCore(u, v, w)), -w);
        double notCementum = Math.max(Math.max(d, -d - cem), w);
        return Math.min(Math.min(-d, m.pulp(u, v, w)), Math.min(notEnamel, notCementum));
      };
      default -> throw new IllegalArgumentException("part " + part + " is not a tissue of a natural tooth");
    };
  }

  static LocalField implantField(ImplantModel m, Part part) {
    return switch (part) {
      case OUTER -> (u, v, w) -> -m.outer(u, v, w);
      case IMPLANT_FIXTURE -> (u, v, w) -> -m.fixture(u, v, w);
      case IMPLANT_ABUTMENT -> (u, v, w) -> -m.abutment(u, v, w);
      case IMPLANT_CROWN -> (u, v, w) -> Math.min(-m.crown(u, v, w),
          Math.max(m.abutment(u, v, w), m.fixture(u, v, w)));
      default -> throw new IllegalArgumentException("part " + part + " is not a part of an implant");
    };
  }
}
