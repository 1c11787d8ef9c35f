package org.radiomesh.anatomy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A virtual dental patient: parametric teeth with their tissues and conditions, implants, alveolar bone (maxilla and
 * mandible, simplified), gingiva and a soft-tissue envelope, as a labelled solid ({@link MaterialField}) in patient
 * coordinates (mm; x to the patient's left, y posterior, z superior, origin on the midline at the front of the arch on
 * the occlusal plane; see {@link ToothFrame}).
 *
 * <p>Built from a {@link DentitionSpec} and a seed by {@link #build}: every random draw comes from one
 * {@code SplittableRandom} seeded from the seed, in a fixed order ({@link PatientBuilder}), and every drawn value is
 * in {@link #parameters()}. Teeth absent from the spec are not modelled (their sites are edentulous ridge).
 *
 * <p>Material precedence at a point: a tooth or implant (its tissue after its conditions) &gt; periapical lesion (in
 * bone) &gt; periodontal ligament (0.2 mm around roots, in bone) and vertical bone defects (soft tissue) &gt; bone &gt;
 * gingiva &gt; lips, cheeks and tongue (soft tissue) &gt; air.
 *
 * <p>Thread-safe for reads. Cost per query: O(1) index lookup, then one model evaluation for each of the few teeth
 * whose bounds hold the point (usually 0–2), plus one bone evaluation.
 */
public final class VirtualPatient implements MaterialField {
  private static final double CELL = 2.0;
  private static final double PDL = 0.2;

  private final PatientParameters parameters;
  private final List<PlacedTooth> teeth;
  private final PlacedTooth[] teethArray;
  private final JawBone upperBone;
  private final JawBone lowerBone;
  private final double[] lesions;
  private final double[] bounds;
  private final int[][] index;
  private final int cellsX;
  private final int cellsY;

  VirtualPatient(PatientParameters parameters, List<PlacedTooth> teeth, JawBone upperBone, JawBone lowerBone,
                 double occlusalGap) {
    this.parameters = parameters;
    this.teeth = List.copyOf(teeth);
    this.teethArray = teeth.toArray(new PlacedTooth[0]);
    this.upperBone = upperBone;
    this.lowerBone = lowerBone;
    List<Double> l = new ArrayList<>();
    double[] p = new double[3];
    for (PlacedTooth t : teeth) {
      Double r = t.conditions().parameters().periapicalRadius();
      if (r != null) {
        double[] apex = t.model().apex(0);
        t.frame().toPatient(apex[0], apex[1], apex[2] - 0.3 * r, p);
        l.add(p[0]);
        l.add(p[1]);
        l.add(p[2]);
        l.add(r);
      }
    }
    this.lesions = l.stream().mapToDouble(Double::doubleValue).toArray();
    double[] a = upperBone.bounds();
    double[] b = lowerBone.bounds();
    this.bounds = new double[] {Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.min(a[2], b[2]),
        Math.max(a[3], b[3]), Math.max(a[4], b[4]), Math.max(a[5], b[5])};
    for (PlacedTooth t : teeth) {
      double[] tb = t.bounds();
      for (int k = 0; k < 3; k++) {
        bounds[k] = Math.min(bounds[k], tb[k]);
        bounds[k + 3] = Math.max(bounds[k + 3], tb[k + 3]);
      }
    }
    cellsX = (int) Math.ceil((bounds[3] - bounds[0]) / CELL) + 1;
    cellsY = (int) Math.ceil((bounds[4] - bounds[1]) / CELL) + 1;
    index = buildIndex();
  }

  /** Draws and builds the patient of {@code spec} for {@code seed}. Cost: a fraction of a second. */
  public static VirtualPatient build(DentitionSpec spec, long seed) {
    return PatientBuilder.build(spec, seed);
  }

  private int[][] buildIndex() {
    List<List<Integer>> cells = new ArrayList<>();
    for (int i = 0; i < cellsX * cellsY; i++) {
      cells.add(new ArrayList<>());
    }
    for (int t = 0; t < teethArray.length; t++) {
      double[] b = teethArray[t].bounds();
      for (int j = cell(b[1], 1); j <= cell(b[4], 1); j++) {
        for (int i = cell(b[0], 0); i <= cell(b[3], 0); i++) {
          cells.get(j * cellsX + i).add(t);
        }
      }
    }
    int[][] out = new int[cells.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = cells.get(i).stream().mapToInt(Integer::intValue).toArray();
    }
    return out;
  }

  private int cell(double v, int axis) {
    int n = axis == 0 ? cellsX : cellsY;
    return Math.max(0, Math.min(n - 1, (int) ((v - bounds[axis]) / CELL)));
  }

  private int[] candidates(double x, double y) {
    if (x < bounds[0] || x > bounds[3] || y < bounds[1] || y > bounds[4]) {
      return new int[0];
    }
    return index[cell(y, 1) * cellsX + cell(x, 0)];
  }

  public PatientParameters parameters() {
    return parameters;
  }

  /** The modelled teeth and implants, in placement order. */
  public List<PlacedTooth> teeth() {
    return teeth;
  }

  public Optional<PlacedTooth> tooth(int fdi) {
    return teeth.stream().filter(t -> t.tooth().fdi() == fdi).findFirst();
  }

  @Override
  public double[] bounds() {
    return bounds.clone();
  }

  /** Bounds of the maxilla (upper) or mandible (lower) with its gingiva and soft-tissue envelope. */
  public double[] jawBounds(boolean upper) {
    return (upper ? upperBone : lowerBone).bounds();
  }

  /** Bounds of the bone of the maxilla (upper) or mandible (lower). */
  public double[] boneBounds(boolean upper) {
    return (upper ? upperBone : lowerBone).boneBounds();
  }

  /** Signed distance (approximate, negative inside) to the maxillary (upper) or mandibular bone. */
  public double boneDistance(boolean upper, double x, double y, double z) {
    return (upper ? upperBone : lowerBone).bone(x, y, z);
  }

  /** Signed distance (approximate, negative inside) to the gingiva-covered maxilla or mandible. */
  public double gingivaDistance(boolean upper, double x, double y, double z) {
    return (upper ? upperBone : lowerBone).gingiva(x, y, z);
  }

  /** Periapical lesions as {x, y, z, radius} quadruples (mm), in tooth order. */
  public double[] periapicalLesions() {
    return lesions.clone();
  }

  /** The teeth whose bounds may hold the point (x, y), for callers that evaluate teeth themselves. */
  public List<PlacedTooth> teethNear(double x, double y) {
    List<PlacedTooth> out = new ArrayList<>();
    for (int t : candidates(x, y)) {
      out.add(teethArray[t]);
    }
    return out;
  }

  @Override
  public Material materialAt(double x, double y, double z) {
    if (z < bounds[2] || z > bounds[5]) {
      return Material.AIR;
    }
    double[] q = new double[3];
    boolean ligament = false;
    for (int t : candidates(x, y)) {
      PlacedTooth tooth = teethArray[t];
      if (!tooth.inBounds(x, y, z)) {
        continue;
      }
      tooth.frame().toLocal(x, y, z, q);
      double d = tooth.outerLocal(q[0], q[1], q[2]);
      if (d <= 0) {
        return tooth.materialLocal(q[0], q[1], q[2]);
      }
      ligament |= (d < PDL && q[2] < -0.3) || inDefect(tooth, q, d);
    }
    JawBone jaw = z >= 0 ? upperBone : lowerBone;
    int region = jaw.region(x, y, z);
    if (region == JawBone.BONE) {
      for (int i = 0; i < lesions.length; i += 4) {
        double dx = x - lesions[i];
        double dy = y - lesions[i + 1];
        double dz = z - lesions[i + 2];
        if (dx * dx + dy * dy + dz * dz <= lesions[i + 3] * lesions[i + 3]) {
          return Material.PERIAPICAL_LESION;
        }
      }
      return ligament ? Material.SOFT_TISSUE : Material.BONE;
    }
    return region == JawBone.SOFT ? Material.SOFT_TISSUE : Material.AIR;
  }

  /** Inside a vertical bone defect beside this tooth's root: a wedge from the crest down {@code mm} on one side. */
  private static boolean inDefect(PlacedTooth tooth, double[] q, double d) {
    ToothConditions.BoneDefect b = tooth.conditions().parameters().boneLoss();
    if (b == null || b.pattern() != Condition.BoneLossPattern.VERTICAL) {
      return false;
    }
    double crest = -1.5;
    double bottom = crest - b.mm();
    if (q[2] < bottom || q[2] > crest + 3 || b.side() * q[0] <= 0) {
      return false;
    }
    return d < b.widthMm() * Math.min(1, (q[2] - bottom) / b.mm());
  }

  @Override
  public int toothAt(double x, double y, double z) {
    if (z < bounds[2] || z > bounds[5]) {
      return 0;
    }
    double[] q = new double[3];
    for (int t : candidates(x, y)) {
      PlacedTooth tooth = teethArray[t];
      if (tooth.inBounds(x, y, z)) {
        tooth.frame().toLocal(x, y, z, q);
        if (tooth.labelsLocal(q[0], q[1], q[2])) {
          return tooth.tooth().fdi();
        }
      }
    }
    return 0;
  }
}
