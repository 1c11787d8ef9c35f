package org.radiomesh.anatomy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws and assembles a {@link VirtualPatient}: global parameters, then for each of the 32 positions in FDI order a
 * split random stream from which its shape, pose and condition geometry are drawn (so adding a condition to one tooth
 * never changes another tooth), then the arches are fitted and the teeth placed, then the bone is built around them.
 *
 * <p>Global draws, in order: patient scale U(0.95, 1.05); occlusal gap U(1.0, 2.5) mm; crowding (0 with probability
 * 0.7, else U(0, 1)); spacing (0 with probability 0.8, else U(0, 1)); first-molar widths U(±3 mm) around 57.9 (upper)
 * and 54.2 (lower) mm (REFERENCE §3); bone heights U(14, 18) (maxilla) and U(22, 30) (mandible) mm; basal half-widths
 * U(8, 10) and U(6, 7.5) mm. Per tooth: {@link ToothShapes#draw}, then the pose: tip and torque = the type's typical
 * value ({@link ArchLayout}) ± U(3°); rotation ± U(3°) + crowding · U(±20°); buccal offset crowding · U(±1.5 mm);
 * contact gap 0.1 mm + spacing · U(0, 1.5) mm; an impacted tooth sinks 0.6–1.0 crown lengths + 1–3 mm and tips by its
 * angle; then its conditions ({@link ToothConditions}).
 *
 * <p>Cost: dominated by tooth placement (shell sampling and gap tests), about 0.2–0.5 s per full dentition.
 */
final class PatientBuilder {
  private static final long SALT = 0x5DEECE66DL;

  private PatientBuilder() {}

  static VirtualPatient build(DentitionSpec spec, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed ^ SALT);
    double scale = rnd.nextDouble(0.95, 1.05);
    double gap = rnd.nextDouble(1.0, 2.5);
    double crowding = rnd.nextDouble() < 0.7 ? 0 : rnd.nextDouble();
    double spacing = rnd.nextDouble() < 0.8 ? 0 : rnd.nextDouble();
    double upperWidth = rnd.nextDouble(57.9 - 3, 57.9 + 3);
    double lowerWidth = rnd.nextDouble(54.2 - 3, 54.2 + 3);
    double upperHeight = rnd.nextDouble(14, 18);
    double lowerHeight = rnd.nextDouble(22, 30);
    double upperBase = rnd.nextDouble(8, 10);
    double lowerBase = rnd.nextDouble(6, 7.5);

    List<ToothNumber> all = ToothNumber.all();
    ToothModel[] models = new ToothModel[32];
    ToothPose[] poses = new ToothPose[32];
    ToothConditions[] conditions = new ToothConditions[32];
    boolean[] present = new boolean[32];
    for (int i = 0; i < 32; i++) {
      ToothNumber t = all.get(i);
      SplittableRandom tr = rnd.split();
      models[i] = new ToothModel(ToothShapes.draw(t, scale, tr));
      ToothSpec ts = spec.tooth(t.fdi()).orElse(null);
      poses[i] = pose(t, models[i].shape(), ts, crowding, spacing, tr);
      conditions[i] = ts == null ? ToothConditions.none(models[i]) : ToothConditions.draw(ts, models[i], tr);
      present[i] = ts != null && !ts.has(Condition.Missing.class);
    }

    List<PlacedTooth> teeth = new ArrayList<>();
    double[] arc = new double[32];
    ToothFrame[] frames = new ToothFrame[32];
    PatientParameters.Jaw[] jaws = new PatientParameters.Jaw[2];
    JawBone[] bones = new JawBone[2];
    for (int jaw = 0; jaw < 2; jaw++) {
      boolean upper = jaw == 0;
      double[] md = new double[7];
      double meanGap = 0;
      for (int pos = 1; pos <= 8; pos++) {
        int a = index(upper ? 10 + pos : 40 + pos);
        int b = index(upper ? 20 + pos : 30 + pos);
        if (pos <= 7) {
          md[pos - 1] = (models[a].shape().mesiodistal() + models[b].shape().mesiodistal()) / 2;
        }
        meanGap += (poses[a].contactGapMm() + poses[b].contactGapMm()) / 16;
      }
      ArchForm arch = ArchLayout.fit(upper ? upperWidth : lowerWidth, md, meanGap);
      ArchLayout layout = new ArchLayout(upper, arch, gap);
      for (int side = 0; side < 2; side++) {
        int quadrant = upper ? (side == 0 ? 1 : 2) : (side == 0 ? 4 : 3);
        double sign = side == 0 ? -1 : 1;
        double prev = 0;
        double prevHalf = 0;
        for (int pos = 1; pos <= 8; pos++) {
          int i = index(quadrant * 10 + pos);
          ToothShape sh = models[i].shape();
          double g = poses[i].contactGapMm();
          double nominal = pos == 1 ? sign * (g / 2 + sh.mesiodistal() / 2)
              : sign * (Math.abs(prev) + prevHalf + g + sh.mesiodistal() / 2);
          List<ToothFrame> f = new ArrayList<>();
          arc[i] = layout.place(all.get(i), models[i], conditions[i], poses[i], nominal, present[i], teeth, f);
          frames[i] = f.get(0);
          prev = arc[i];
          prevHalf = sh.mesiodistal() / 2;
        }
      }
      double height = upper ? upperHeight : lowerHeight;
      double base = upper ? upperBase : lowerBase;
      bones[jaw] = bone(upper, arch, models, poses, conditions, present, arc, frames, height, base);
      jaws[jaw] = new PatientParameters.Jaw(upper ? "upper" : "lower", upper ? upperWidth : lowerWidth,
          arch.width(), arch.depth(), height, base);
    }

    List<PatientParameters.Tooth> recorded = new ArrayList<>();
    for (int i = 0; i < 32; i++) {
      recorded.add(new PatientParameters.Tooth(all.get(i).fdi(), present[i], models[i].shape(), poses[i], arc[i],
          frames[i], conditions[i].parameters()));
    }
    PatientParameters params = new PatientParameters(seed, scale, gap, crowding, spacing, jaws[0], jaws[1],
        recorded);
    return new VirtualPatient(params, teeth, bones[0], bones[1], gap);
  }

  static int index(int fdi) {
    return (fdi / 10 - 1) * 8 + fdi % 10 - 1;
  }

  private static ToothPose pose(ToothNumber t, ToothShape shape, ToothSpec spec, double crowding, double spacing,
                                SplittableRandom r) {
    int p = t.position() - 1;
    double tip = (t.isUpper() ? ArchLayout.UPPER_TIP : ArchLayout.LOWER_TIP)[p] + r.nextDouble(-3, 3);
    double torque = (t.isUpper() ? ArchLayout.UPPER_TORQUE : ArchLayout.LOWER_TORQUE)[p] + r.nextDouble(-3, 3);
    double rotation = r.nextDouble(-3, 3) + crowding * r.nextDouble(-20, 20);
    double offset = crowding * r.nextDouble(-1.5, 1.5);
    double contact = 0.1 + spacing * r.nextDouble(0, 1.5);
    double sink = shape.crownLength() * r.nextDouble(0.6, 1.0) + r.nextDouble(1, 3);
    double impaction = 0;
    if (spec != null) {
      for (Condition c : spec.conditions()) {
        if (c instanceof Condition.Impacted i) {
          tip += i.angleDegrees();
          impaction = sink;
        }
      }
    }
    return new ToothPose(tip, torque, rotation, offset, contact, impaction);
  }

  /** The jaw's bone with crest samples at every position, sorted along the arch. */
  private static JawBone bone(boolean upper, ArchForm arch, ToothModel[] models, ToothPose[] poses,
                              ToothConditions[] conditions, boolean[] present, double[] arc, ToothFrame[] frames,
                              double height, double base) {
    int[] order = new int[16];
    int k = 0;
    int[] quadrants = upper ? new int[] {1, 2} : new int[] {4, 3};
    for (int q : quadrants) {
      for (int pos = 1; pos <= 8; pos++) {
        order[k++] = index(q * 10 + pos);
      }
    }
    Integer[] sorted = new Integer[16];
    for (int i = 0; i < 16; i++) {
      sorted[i] = order[i];
    }
    java.util.Arrays.sort(sorted, (a, b) -> Double.compare(arc[a], arc[b]));
    double[] s = new double[16];
    double[] z = new double[16];
    double[] hw = new double[16];
    double apical = upper ? 1 : -1;
    for (int j = 0; j < 16; j++) {
      int i = sorted[j];
      ToothConditions.Parameters c = conditions[i].parameters();
      double crest = frames[i].oz() + apical * 1.5;
      if (c.impactedAngle() != null) {
        // The ridge runs over a buried tooth at its normal height.
        crest = frames[i].oz() + apical * (1.5 - poses[i].impactionDepthMm());
      }
      if (!present[i]) {
        crest += apical * 1.5;
      }
      if (c.boneLoss() != null && c.boneLoss().pattern() == Condition.BoneLossPattern.HORIZONTAL) {
        crest += apical * c.boneLoss().mm();
      }
      s[j] = arc[i];
      z[j] = crest;
      hw[j] = models[i].shape().cervicalBl() / 2 + (present[i] ? 1.2 : 0.2);
    }
    return new JawBone(upper, arch, s, z, hw, height, base, 8);
  }
}
