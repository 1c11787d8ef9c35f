package org.radiomesh.anatomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class VirtualPatientTest {
  private static final long SEED = 42;

  static DentitionSpec sound() {
    List<ToothSpec> teeth = new ArrayList<>();
    for (ToothNumber t : ToothNumber.all()) {
      teeth.add(ToothSpec.sound(t.fdi()));
    }
    return new DentitionSpec(teeth);
  }

  static DentitionSpec with(int fdi, Condition... conditions) {
    List<ToothSpec> teeth = new ArrayList<>();
    for (ToothNumber t : ToothNumber.all()) {
      teeth.add(t.fdi() == fdi ? new ToothSpec(t, List.of(conditions)) : ToothSpec.sound(t.fdi()));
    }
    return new DentitionSpec(teeth);
  }

  /** The material of {@code p} at local point (u, v, w) of tooth {@code fdi} placed as in {@code frameOf}. */
  static Material at(VirtualPatient p, VirtualPatient frameOf, int fdi, double u, double v, double w) {
    double[] x = new double[3];
    frameOf.tooth(fdi).orElseThrow().frame().toPatient(u, v, w, x);
    return p.materialAt(x[0], x[1], x[2]);
  }

  static int toothAt(VirtualPatient p, VirtualPatient frameOf, int fdi, double u, double v, double w) {
    double[] x = new double[3];
    frameOf.tooth(fdi).orElseThrow().frame().toPatient(u, v, w, x);
    return p.toothAt(x[0], x[1], x[2]);
  }

  @Test
  void sameSeedSameParametersAndMeshesDifferentSeedDifferent() throws Exception {
    DentitionSpec spec = CaseDraw.draw(7);
    VirtualPatient a = VirtualPatient.build(spec, 7);
    VirtualPatient b = VirtualPatient.build(spec, 7);
    VirtualPatient c = VirtualPatient.build(spec, 8);
    ObjectMapper json = new ObjectMapper();
    assertThat(a.parameters()).isEqualTo(b.parameters());
    assertThat(json.writeValueAsString(a.parameters())).isEqualTo(json.writeValueAsString(b.parameters()));
    assertThat(a.parameters()).isNotEqualTo(c.parameters());
    PlacedTooth ta = a.teeth().get(5);
    PlacedTooth tb = b.teeth().get(5);
    ToothMesher mesher = new ToothMesher(0.4);
    assertThat(mesher.mesh(ta).xyz()).isEqualTo(mesher.mesh(tb).xyz());
    assertThat(mesher.mesh(ta).faces()).isEqualTo(mesher.mesh(tb).faces());
    assertThat(mesher.mesh(ta).xyz()).isNotEqualTo(mesher.mesh(c.teeth().get(5)).xyz());
  }

  @Test
  void aConditionOnOneToothLeavesEveryOtherToothAsItWas() {
    VirtualPatient a = VirtualPatient.build(sound(), SEED);
    VirtualPatient b = VirtualPatient.build(with(36, new Condition.RootCanal(0.9)), SEED);
    for (int i = 0; i < 32; i++) {
      PatientParameters.Tooth ta = a.parameters().teeth().get(i);
      PatientParameters.Tooth tb = b.parameters().teeth().get(i);
      assertThat(tb.shape()).isEqualTo(ta.shape());
      assertThat(tb.frame()).isEqualTo(ta.frame());
    }
  }

  @Test
  void noTwoTeethIntersect() {
    int tested = 0;
    boolean crowded = false;
    for (long seed = 0; seed < 12 && (tested < 2 || !crowded); seed++) {
      VirtualPatient p = VirtualPatient.build(CaseDraw.draw(seed), seed);
      crowded |= p.parameters().crowding() > 0.3;
      if (tested >= 2 && p.parameters().crowding() <= 0.3) {
        continue;
      }
      tested++;
      List<PlacedTooth> teeth = p.teeth();
      for (PlacedTooth a : teeth) {
        double[] b = a.bounds();
        for (double z = b[2]; z <= b[5]; z += 0.4) {
          for (double y = b[1]; y <= b[4]; y += 0.4) {
            for (double x = b[0]; x <= b[3]; x += 0.4) {
              if (a.outer(x, y, z) > 0) {
                continue;
              }
              for (PlacedTooth o : teeth) {
                if (o != a && o.inBounds(x, y, z)) {
                  assertThat(o.outer(x, y, z)).as("seed %d: tooth %s inside %s at %f %f %f", seed, a.tooth(),
                      o.tooth(), x, y, z).isPositive();
                }
              }
            }
          }
        }
      }
    }
    assertThat(crowded).as("a crowded case was among the seeds").isTrue();
  }

  @Test
  void toothMaterialsAndLabelsAreWhereTheTeethAre() {
    VirtualPatient p = VirtualPatient.build(sound(), SEED);
    assertThat(p.teeth()).hasSize(32);
    for (PlacedTooth t : p.teeth()) {
      ToothShape s = t.model().shape();
      assertThat(at(p, p, t.tooth().fdi(), 0, 0, s.pulpRoof() - 0.5)).isEqualTo(Material.PULP);
      assertThat(toothAt(p, p, t.tooth().fdi(), 0, 0, s.crownLength() / 2)).isEqualTo(t.tooth().fdi());
      // Mid-root, beside the root: bone holds the tooth.
      RootShape r = s.roots().get(0);
      double w = r.top() - 0.5 * r.length();
      Material beside = at(p, p, t.tooth().fdi(), r.centreU(0.5), r.centreV(0.5) + r.halfBl() * RootShape.taper(0.5)
          + 0.7, w);
      assertThat(beside).as("bone beside the root of %s", t.tooth()).isEqualTo(Material.BONE);
    }
    double[] b = p.bounds();
    assertThat(p.materialAt(b[0] - 1, 0, 0)).isEqualTo(Material.AIR);
  }

  @Test
  void rootCanalTreatmentFillsTheCanalWithGuttaPercha() {
    VirtualPatient sound = VirtualPatient.build(sound(), SEED);
    VirtualPatient rct = VirtualPatient.build(with(36, new Condition.RootCanal(0.7)), SEED);
    RootShape r = sound.tooth(36).orElseThrow().model().shape().roots().get(0);
    double w = r.top() - 0.5 * r.length();
    assertThat(at(sound, sound, 36, r.centreU(0.5), r.centreV(0.5), w)).isEqualTo(Material.PULP);
    assertThat(at(rct, sound, 36, r.centreU(0.5), r.centreV(0.5), w)).isEqualTo(Material.GUTTA_PERCHA);
    // Beyond the fill length (70 % of the root) the canal keeps its pulp.
    double t = 0.85;
    assertThat(at(rct, sound, 36, r.centreU(t), r.centreV(t), r.top() - t * r.length())).isEqualTo(Material.PULP);
  }

  @Test
  void missingToothLeavesHealedBoneAndNoToothMaterial() {
    VirtualPatient sound = VirtualPatient.build(sound(), SEED);
    VirtualPatient missing = VirtualPatient.build(with(46, new Condition.Missing()), SEED);
    ToothShape s = sound.tooth(46).orElseThrow().model().shape();
    assertThat(missing.tooth(46)).isEmpty();
    assertThat(at(sound, sound, 46, 0, 0, s.crownLength() / 2)).isIn(Material.ENAMEL, Material.DENTIN,
        Material.PULP);
    assertThat(at(missing, sound, 46, 0, 0, s.crownLength() / 2)).isIn(Material.AIR, Material.SOFT_TISSUE);
    assertThat(at(missing, sound, 46, 0, 0, -s.rootLength() / 2)).isEqualTo(Material.BONE);
    for (double w = -s.rootLength(); w <= s.crownLength(); w += 0.5) {
      assertThat(toothAt(missing, sound, 46, 0, 0, w)).isZero();
    }
  }

  @Test
  void cariesAndRestorationsReplaceToothTissue() {
    VirtualPatient sound = VirtualPatient.build(sound(), SEED);
    VirtualPatient carious = VirtualPatient.build(with(26,
        new Condition.Caries(Condition.Surface.OCCLUSAL, Condition.CariesDepth.INNER_DENTIN)), SEED);
    CavityRegion c = carious.tooth(26).orElseThrow().conditions().parameters().cavities().get(0);
    double[] mid = {c.cu() + 0.5 * c.depth() * c.nu(), c.cv() + 0.5 * c.depth() * c.nv(),
        c.cw() + 0.5 * c.depth() * c.nw()};
    assertThat(at(sound, sound, 26, mid[0], mid[1], mid[2])).isIn(Material.ENAMEL, Material.DENTIN);
    assertThat(at(carious, sound, 26, mid[0], mid[1], mid[2])).isEqualTo(Material.CARIES);

    VirtualPatient filled = VirtualPatient.build(with(16,
        new Condition.Restoration(Condition.RestorationMaterial.AMALGAM, Condition.Surface.MESIAL)), SEED);
    CavityRegion f = filled.tooth(16).orElseThrow().conditions().parameters().cavities().get(0);
    assertThat(f.nu()).isLessThan(-0.8); // a mesial cavity opens on the +u side and reaches inwards along −u
    assertThat(at(filled, sound, 16, f.cu() + 0.5 * f.depth() * f.nu(), f.cv() + 0.5 * f.depth() * f.nv(),
        f.cw() + 0.5 * f.depth() * f.nw())).isEqualTo(Material.AMALGAM);
  }

  @Test
  void cariesDepthClassesReachDeeperInOrder() {
    ToothModel m = VirtualPatient.build(sound(), SEED).tooth(46).orElseThrow().model();
    double previous = 0;
    for (Condition.CariesDepth d : Condition.CariesDepth.values()) {
      ToothSpec spec = new ToothSpec(ToothNumber.fdi(46), List.of(new Condition.Caries(Condition.Surface.DISTAL, d)));
      CavityRegion c = ToothConditions.draw(spec, m, new java.util.SplittableRandom(1)).parameters().cavities()
          .get(0);
      assertThat(c.depth()).as("%s", d).isGreaterThan(previous);
      previous = c.depth();
      boolean reachesPulp = m.pulp(c.cu() + c.depth() * c.nu(), c.cv() + c.depth() * c.nv(),
          c.cw() + c.depth() * c.nw()) <= 0;
      assertThat(reachesPulp).as("%s reaches the pulp", d).isEqualTo(d == Condition.CariesDepth.PULP_EXPOSURE);
    }
  }

  @Test
  void crownsImplantsAndLesions() {
    VirtualPatient sound = VirtualPatient.build(sound(), SEED);
    ToothShape s11 = sound.tooth(11).orElseThrow().model().shape();
    VirtualPatient crowned = VirtualPatient.build(with(11, new Condition.Crown(Condition.CrownMaterial.METAL_CERAMIC)),
        SEED);
    ToothConditions.ProstheticCrown pc = crowned.tooth(11).orElseThrow().conditions().parameters().crown();
    // Along the facial axis at the height of contour, where the crown is widest: ceramic, metal coping, dentin.
    double h = s11.contourBl();
    double edge = s11.buccolingual() / 2;
    assertThat(at(sound, sound, 11, 0, edge - 0.2, h)).isEqualTo(Material.ENAMEL);
    assertThat(at(crowned, sound, 11, 0, edge - 0.2, h)).isEqualTo(Material.CERAMIC);
    assertThat(at(crowned, sound, 11, 0, edge - pc.lateralMm() + 0.25, h)).isEqualTo(Material.METAL_CROWN);
    assertThat(at(crowned, sound, 11, 0, edge - pc.lateralMm() - 0.3, h)).isEqualTo(Material.DENTIN);

    VirtualPatient implant = VirtualPatient.build(with(46, new Condition.Implant()), SEED);
    ImplantModel.Shape is = implant.tooth(46).orElseThrow().conditions().parameters().implant();
    ToothShape s46 = sound.tooth(46).orElseThrow().model().shape();
    assertThat(at(implant, sound, 46, 0, 0, is.platformW() - 3)).isEqualTo(Material.TITANIUM);
    assertThat(toothAt(implant, sound, 46, 0, 0, is.platformW() - 3)).isZero();
    double inCrown = s46.crownLength() - s46.tableDepth() - 0.8; // under the central fossa, above the abutment
    assertThat(inCrown).isGreaterThan(is.abutmentTopW());
    assertThat(at(implant, sound, 46, 0, 0, inCrown)).isEqualTo(Material.CERAMIC);
    assertThat(toothAt(implant, sound, 46, 0, 0, inCrown)).isEqualTo(46);

    VirtualPatient lesion = VirtualPatient.build(with(21, new Condition.PeriapicalLesion(3)), SEED);
    double[] apex = sound.tooth(21).orElseThrow().model().apex(0);
    assertThat(at(sound, sound, 21, apex[0], apex[1], apex[2] - 1.5)).isEqualTo(Material.BONE);
    assertThat(at(lesion, sound, 21, apex[0], apex[1], apex[2] - 1.5)).isEqualTo(Material.PERIAPICAL_LESION);
  }

  @Test
  void impactedThirdMolarIsTiltedAndBuried() {
    VirtualPatient sound = VirtualPatient.build(sound(), SEED);
    VirtualPatient impacted = VirtualPatient.build(with(38, new Condition.Impacted(40)), SEED);
    ToothFrame a = sound.tooth(38).orElseThrow().frame();
    ToothFrame b = impacted.tooth(38).orElseThrow().frame();
    double cos = a.wx() * b.wx() + a.wy() * b.wy() + a.wz() * b.wz();
    assertThat(Math.toDegrees(Math.acos(cos))).isCloseTo(40, within(1.0));
    ToothShape s = sound.tooth(38).orElseThrow().model().shape();
    double[] tip = new double[3];
    b.toPatient(0, 0, s.crownLength(), tip);
    double[] soundTip = new double[3];
    a.toPatient(0, 0, s.crownLength(), soundTip);
    assertThat(tip[2]).isLessThan(soundTip[2] - 3);
    // Bone over the buried crown.
    assertThat(impacted.materialAt(tip[0], tip[1], tip[2] + 1.5)).isIn(Material.BONE, Material.SOFT_TISSUE);
  }

  @Test
  void horizontalBoneLossLowersTheCrest() {
    VirtualPatient sound = VirtualPatient.build(sound(), SEED);
    VirtualPatient lost = VirtualPatient.build(with(46,
        new Condition.BoneLoss(Condition.BoneLossPattern.HORIZONTAL, 5)), SEED);
    // The interradicular bone of the lower first molar, below its root trunk: its top drops by the loss.
    double w = -sound.tooth(46).orElseThrow().model().shape().trunkLength() - 2;
    assertThat(at(sound, sound, 46, 0, 0, w)).isEqualTo(Material.BONE);
    assertThat(at(lost, sound, 46, 0, 0, w)).isNotEqualTo(Material.BONE);
    assertThat(at(lost, sound, 46, 0, 0, w - 5)).isEqualTo(Material.BONE);
  }

  @Test
  void verticalBoneLossOpensAWedgeBesideTheRoot() {
    VirtualPatient sound = VirtualPatient.build(sound(), SEED);
    VirtualPatient lost = VirtualPatient.build(with(43,
        new Condition.BoneLoss(Condition.BoneLossPattern.VERTICAL, 5)), SEED);
    ToothConditions.BoneDefect d = lost.tooth(43).orElseThrow().conditions().parameters().boneLoss();
    RootShape r = sound.tooth(43).orElseThrow().model().shape().roots().get(0);
    double w = -4;
    double t = (r.top() - w) / r.length();
    double u = r.centreU(t) + d.side() * (r.halfMd() * RootShape.taper(t) + 0.6);
    assertThat(at(sound, sound, 43, u, r.centreV(t), w)).isEqualTo(Material.BONE);
    assertThat(at(lost, sound, 43, u, r.centreV(t), w)).isEqualTo(Material.SOFT_TISSUE);
    // The other side keeps its bone, and so does the same side below the defect.
    double other = r.centreU(t) - d.side() * (r.halfMd() * RootShape.taper(t) + 0.6);
    assertThat(at(lost, sound, 43, other, r.centreV(t), w)).isEqualTo(Material.BONE);
    double t2 = (r.top() + 8) / r.length();
    double below = r.centreU(t2) + d.side() * (r.halfMd() * RootShape.taper(t2) + 0.6);
    assertThat(at(lost, sound, 43, below, r.centreV(t2), -8)).isEqualTo(Material.BONE);
  }

  @Test
  void concurrentReadsAgreeWithSequentialOnes() {
    VirtualPatient p = VirtualPatient.build(CaseDraw.draw(3), 3);
    double[] b = p.bounds();
    int n = 20000;
    java.util.SplittableRandom r = new java.util.SplittableRandom(5);
    double[][] pts = new double[n][];
    for (int i = 0; i < n; i++) {
      pts[i] = new double[] {r.nextDouble(b[0], b[3]), r.nextDouble(b[1], b[4]), r.nextDouble(-20, 20)};
    }
    Material[] seq = new Material[n];
    for (int i = 0; i < n; i++) {
      seq[i] = p.materialAt(pts[i][0], pts[i][1], pts[i][2]);
    }
    Material[] par = new Material[n];
    IntStream.range(0, n).parallel().forEach(i -> par[i] = p.materialAt(pts[i][0], pts[i][1], pts[i][2]));
    assertThat(par).isEqualTo(seq);
  }
}
