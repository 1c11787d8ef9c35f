package org.radiomesh.radiograph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.radiomesh.anatomy.Condition;
import org.radiomesh.anatomy.DentitionSpec;
import org.radiomesh.anatomy.Material;
import org.radiomesh.anatomy.ToothNumber;
import org.radiomesh.anatomy.ToothSpec;

/** Simulated panoramic radiographs of the tooth-ring phantom (sound and with conditions) and of rod phantoms. */
class PanoramicSimulatorTest {
  private static final ArchCurve ROD_ARCH = ArchCurve.beta(50, 32).extended(20);
  private static ToothRingPhantom sound;
  private static ToothRingPhantom treated;
  private static PanoramicRadiograph soundImage;
  private static PanoramicRadiograph treatedImage;

  /** All 32 teeth; in {@code treated}: 36 missing, caries on 46, a metal crown on 16, root canal 21, lesion at 44. */
  static DentitionSpec dentition(boolean withConditions) {
    List<ToothSpec> teeth = new ArrayList<>();
    for (ToothNumber t : ToothNumber.all()) {
      List<Condition> c = new ArrayList<>();
      if (withConditions) {
        switch (t.fdi()) {
          case 36 -> c.add(new Condition.Missing());
          case 46 -> c.add(new Condition.Caries(Condition.Surface.MESIAL, Condition.CariesDepth.INNER_DENTIN));
          case 16 -> c.add(new Condition.Crown(Condition.CrownMaterial.METAL));
          case 21 -> c.add(new Condition.RootCanal(1.0));
          case 44 -> c.add(new Condition.PeriapicalLesion(2.5));
          case 38 -> c.add(new Condition.Impacted(20));
          default -> { }
        }
      }
      teeth.add(new ToothSpec(t, c));
    }
    return new DentitionSpec(teeth);
  }

  @BeforeAll
  static void render() {
    sound = new ToothRingPhantom(dentition(false), 50, 32);
    treated = new ToothRingPhantom(dentition(true), 50, 32);
    soundImage = PanoramicSimulator.simulate(sound, sound.arch(),
        PanoramicOptions.builder().optSeed(1).optDetailBoxes(sound.detailBoxes()).build());
    treatedImage = PanoramicSimulator.simulate(treated, treated.arch(),
        PanoramicOptions.builder().optSeed(1).optDetailBoxes(treated.detailBoxes()).build());
  }

  /** Mean pixel value over [u0, u1) × [v0, v1), clipped to the image. */
  static double mean(PanoramicRadiograph p, double u0, double u1, double v0, double v1) {
    double sum = 0;
    int n = 0;
    for (int v = (int) Math.max(0, Math.floor(v0)); v < Math.min(p.height(), Math.ceil(v1)); v++) {
      for (int u = (int) Math.max(0, Math.floor(u0)); u < Math.min(p.width(), Math.ceil(u1)); u++) {
        sum += p.value(u, v);
        n++;
      }
    }
    assertThat(n).as("window has pixels").isPositive();
    return sum / n;
  }

  /** Mean over a window of ± halfU, ± halfV pixels around where (x, y, z) projects. */
  static double meanAround(PanoramicRadiograph p, double[] xyz, double halfU, double halfV) {
    double[] uv = p.geometry().project(xyz[0], xyz[1], xyz[2]);
    return mean(p, uv[0] - halfU, uv[0] + halfU, uv[1] - halfV, uv[1] + halfV);
  }

  @Test
  void defaultImageIsAPanoramicSizedTwelveBitImage() {
    assertThat(soundImage.width()).isBetween(1000, 2800);
    assertThat(soundImage.height()).isBetween(500, 1200);
    assertThat(soundImage.pixelPitchMm()).isEqualTo(0.1);
    int max = 0;
    for (short v : soundImage.pixels()) {
      assertThat((int) v).isBetween(0, XrayDetector.MAX_VALUE);
      max = Math.max(max, v);
    }
    assertThat(max).isGreaterThan(1000);
  }

  @Test
  void intensityFollowsTheRadiographicOrderOfMaterials() {
    Material[] order = {Material.METAL_CROWN, Material.GUTTA_PERCHA, Material.ENAMEL, Material.DENTIN, Material.BONE,
        Material.PULP, Material.AIR};
    double mid = ROD_ARCH.length() / 2;
    double[] s = new double[order.length];
    for (int i = 0; i < order.length; i++) {
      s[i] = mid + 8 * (i - 3);
    }
    RodPhantom rods = new RodPhantom(ROD_ARCH, s, new double[order.length], order, 12);
    PanoramicRadiograph p = PanoramicSimulator.simulate(rods, ROD_ARCH, PanoramicOptions.builder().optSeed(3).build());
    double previous = Double.POSITIVE_INFINITY;
    for (int i = 0; i < order.length; i++) {
      double[] c = rods.centre(i);
      double value = meanAround(p, new double[] {c[0], c[1], 0}, 6, 30);
      assertThat(value).as("%s after the previous material", order[i]).isLessThan(previous - 20);
      previous = value;
    }
  }

  @Test
  void missingToothLeavesAGap() {
    PixelBox box = soundImage.toothBoxes().get(36);
    double present = mean(soundImage, box.x(), box.x() + box.width(), box.y(), box.y() + box.height());
    double missing = mean(treatedImage, box.x(), box.x() + box.width(), box.y(), box.y() + box.height());
    assertThat(missing).isLessThan(present - 300);
    assertThat(treatedImage.toothBoxes()).doesNotContainKey(36).containsKey(46);
  }

  @Test
  void cariesDarkensItsRegion() {
    ToothRingPhantom.Tooth tooth = treated.tooth(46);
    double half = 0.5 * tooth.cariesRadius() * 1.25 / 0.1;
    double healthy = meanAround(soundImage, tooth.cariesCentre(), half, half);
    double carious = meanAround(treatedImage, tooth.cariesCentre(), half, half);
    assertThat(carious).isLessThan(healthy - 50);
  }

  @Test
  void restorationsBrightenAndLesionsDarken() {
    ToothRingPhantom.Tooth crowned = treated.tooth(16);
    double[] crownCentre = {crowned.x(), crowned.y(), crowned.z(crowned.crown() / 2)};
    assertThat(meanAround(treatedImage, crownCentre, 20, 20))
        .isGreaterThan(meanAround(soundImage, crownCentre, 20, 20) + 300);
    ToothRingPhantom.Tooth filled = treated.tooth(21);
    double[] canal = {filled.x(), filled.y(), filled.z(filled.crown() + filled.root() / 3)};
    assertThat(meanAround(treatedImage, canal, 2, 20)).isGreaterThan(meanAround(soundImage, canal, 2, 20) + 100);
    ToothRingPhantom.Tooth lesion = treated.tooth(44);
    double[] below = lesion.apex();
    below[2] -= 1.5;
    assertThat(meanAround(treatedImage, below, 8, 8)).isLessThan(meanAround(soundImage, below, 8, 8) - 10);
  }

  @Test
  void toothBoxesContainTheirTeeth() {
    assertThat(soundImage.toothBoxes()).hasSize(32);
    for (ToothRingPhantom.Tooth t : sound.teeth()) {
      PixelBox box = soundImage.toothBoxes().get(t.spec().tooth().fdi());
      double minU = Double.POSITIVE_INFINITY;
      double maxU = Double.NEGATIVE_INFINITY;
      for (double h : new double[] {0.1, t.crown() / 2, t.crown()}) {
        for (int a = 0; a < 16; a++) {
          double angle = 2 * Math.PI * a / 16;
          double r = 0.98 * t.radius();
          double[] uv = soundImage.geometry().project(t.x() + r * Math.cos(angle), t.y() + r * Math.sin(angle),
              t.z(h));
          assertThat(box.contains(uv[0], uv[1], 2)).as("tooth %s at %s in %s", t.spec().tooth(),
              java.util.Arrays.toString(uv), box).isTrue();
          minU = Math.min(minU, uv[0]);
          maxU = Math.max(maxU, uv[0]);
        }
      }
      double[] apex = t.apex();
      double[] uv = soundImage.geometry().project(apex[0], apex[1], apex[2] + (t.upper() ? -0.3 : 0.3));
      assertThat(box.contains(uv[0], uv[1], 2)).as("apex of %s", t.spec().tooth()).isTrue();
      // Loose by at most a voxel plus half a ray spacing per side (0.375 mm, about 5 px at M = 1.28).
      assertThat(box.width()).isLessThan(maxU - minU + 12);
    }
  }

  @Test
  void structuresInTheTroughAreSharperThanOffTrough() {
    double mid = ROD_ARCH.length() / 2;
    double[] s = {mid - 15, mid + 15};
    RodPhantom rods = new RodPhantom(ROD_ARCH, s, new double[] {0, -15},
        new Material[] {Material.METAL_CROWN, Material.METAL_CROWN}, 12);
    PanoramicRadiograph p = PanoramicSimulator.simulate(rods, ROD_ARCH,
        PanoramicOptions.builder().optNoise(false).build());
    double inTrough = edgeWidth(p, rods.centre(0));
    double offTrough = edgeWidth(p, rods.centre(1));
    // A round rod's own profile rises over about 0.56·radius (10 px here); blur 15 mm lingually adds about 2 mm.
    assertThat(inTrough).isLessThan(14);
    assertThat(offTrough).isGreaterThan(inTrough + 10);
  }

  /** 10–90 % rise distance in pixels of the left edge of the rod's horizontal profile through its centre. */
  private static double edgeWidth(PanoramicRadiograph p, double[] centre) {
    double[] uv = p.geometry().project(centre[0], centre[1], 0);
    int v = (int) uv[1];
    int from = (int) uv[0] - 120;
    int to = (int) uv[0];
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    for (int u = from; u <= to; u++) {
      low = Math.min(low, p.value(u, v));
      high = Math.max(high, p.value(u, v));
    }
    double u10 = Double.NaN;
    double u90 = Double.NaN;
    for (int u = from; u <= to; u++) {
      double f = (p.value(u, v) - low) / (high - low);
      if (Double.isNaN(u10) && f >= 0.1) {
        u10 = u;
      }
      if (Double.isNaN(u90) && f >= 0.9) {
        u90 = u;
      }
    }
    return u90 - u10;
  }

  @Test
  void outputIsDeterministicUnderASeedAndThreadCount() {
    double mid = ROD_ARCH.length() / 2;
    RodPhantom rods = new RodPhantom(ROD_ARCH, new double[] {mid - 10, mid + 10}, new double[] {0, 0},
        new Material[] {Material.ENAMEL, Material.BONE}, 12);
    PanoramicOptions seed5 = PanoramicOptions.builder().optSeed(5).optVoxelMm(0.4).build();
    short[] a = PanoramicSimulator.simulate(rods, ROD_ARCH, seed5).pixels();
    short[] b = PanoramicSimulator.simulate(rods, ROD_ARCH, seed5).pixels();
    short[] threaded = PanoramicSimulator.simulate(rods, ROD_ARCH,
        PanoramicOptions.builder().optSeed(5).optVoxelMm(0.4).optThreads(3).build()).pixels();
    short[] seed6 = PanoramicSimulator.simulate(rods, ROD_ARCH,
        PanoramicOptions.builder().optSeed(6).optVoxelMm(0.4).build()).pixels();
    assertThat(b).isEqualTo(a);
    assertThat(threaded).isEqualTo(a);
    assertThat(seed6).isNotEqualTo(a);
  }
}
