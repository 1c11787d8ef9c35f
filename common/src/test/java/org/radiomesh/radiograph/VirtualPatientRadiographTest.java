package org.radiomesh.radiograph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.radiomesh.anatomy.Condition;
import org.radiomesh.anatomy.DentitionSpec;
import org.radiomesh.anatomy.Material;
import org.radiomesh.anatomy.PlacedTooth;
import org.radiomesh.anatomy.ToothNumber;
import org.radiomesh.anatomy.ToothSpec;
import org.radiomesh.anatomy.VirtualPatient;

/** Integration with the anatomy module: panoramic radiographs and sampling of a {@link VirtualPatient}. */
class VirtualPatientRadiographTest {
  private static final long SEED = 17;
  private static VirtualPatient sound;
  private static VirtualPatient treated;
  private static PanoramicRadiograph soundImage;
  private static PanoramicRadiograph treatedImage;

  static DentitionSpec spec(boolean withConditions) {
    List<ToothSpec> teeth = new ArrayList<>();
    for (ToothNumber t : ToothNumber.all()) {
      List<Condition> c = new ArrayList<>();
      if (withConditions) {
        switch (t.fdi()) {
          case 36 -> c.add(new Condition.Missing());
          case 16 -> c.add(new Condition.Crown(Condition.CrownMaterial.METAL));
          case 21 -> {
            c.add(new Condition.RootCanal(1.0));
            c.add(new Condition.PeriapicalLesion(3));
          }
          default -> { }
        }
      }
      teeth.add(new ToothSpec(t, c));
    }
    return new DentitionSpec(teeth);
  }

  static PanoramicOptions options(VirtualPatient patient) {
    return PanoramicOptions.builder().optSeed(SEED).optDetailBoxes(PatientRadiography.detailBoxes(patient, 1))
        .build();
  }

  @BeforeAll
  static void render() {
    sound = VirtualPatient.build(spec(false), SEED);
    treated = VirtualPatient.build(spec(true), SEED);
    soundImage = PanoramicSimulator.simulate(sound, PatientRadiography.trough(sound), options(sound));
    treatedImage = PanoramicSimulator.simulate(treated, PatientRadiography.trough(treated), options(treated));
  }

  private static double meanIn(PanoramicRadiograph p, PixelBox b, double fromX, double toX, double fromY,
      double toY) {
    return PanoramicSimulatorTest.mean(p, b.x() + fromX * b.width(), b.x() + toX * b.width(),
        b.y() + fromY * b.height(), b.y() + toY * b.height());
  }

  @Test
  void imageHasPanoramicSizeAndTeethInRadiographicOrder() {
    assertThat(soundImage.width()).isBetween(1000, 2800);
    assertThat(soundImage.toothBoxes()).hasSize(32);
    var boxes = soundImage.toothBoxes();
    // The patient's right (quadrants 1, 4) on the image's left; upper teeth above lower ones.
    for (int q : new int[] {1, 4}) {
      for (int pos = 1; pos < 8; pos++) {
        assertThat(centreU(boxes.get(q * 10 + pos + 1))).isLessThan(centreU(boxes.get(q * 10 + pos)));
      }
    }
    for (int q : new int[] {2, 3}) {
      for (int pos = 1; pos < 8; pos++) {
        assertThat(centreU(boxes.get(q * 10 + pos + 1))).isGreaterThan(centreU(boxes.get(q * 10 + pos)));
      }
    }
    for (int pos = 1; pos <= 6; pos++) {
      assertThat(boxes.get(10 + pos).y()).isLessThan(boxes.get(40 + pos).y());
    }
  }

  private static double centreU(PixelBox b) {
    return b.x() + b.width() / 2;
  }

  @Test
  void toothBoxesContainTheProjectionsOfTheirTeeth() {
    SplittableRandom random = new SplittableRandom(2);
    for (PlacedTooth t : sound.teeth()) {
      int fdi = t.tooth().fdi();
      PixelBox box = soundImage.toothBoxes().get(fdi);
      double[] b = t.bounds();
      int inside = 0;
      for (int n = 0; n < 20_000 && inside < 300; n++) {
        double x = b[0] + random.nextDouble() * (b[3] - b[0]);
        double y = b[1] + random.nextDouble() * (b[4] - b[1]);
        double z = b[2] + random.nextDouble() * (b[5] - b[2]);
        if (sound.toothAt(x, y, z) == fdi) {
          inside++;
          double[] uv = soundImage.geometry().project(x, y, z);
          assertThat(box.contains(uv[0], uv[1], 2)).as("tooth %d point at %s in %s", fdi,
              java.util.Arrays.toString(uv), box).isTrue();
        }
      }
      assertThat(inside).as("points found in tooth %d", fdi).isPositive();
      // No ghost of the other side widens a box: a tooth is at most about 12 mm wide at 1.3× and 0.1 mm pixels.
      assertThat(box.width()).as("width of %d", fdi).isLessThan(160);
    }
  }

  @Test
  void conditionsChangeTheImageWhereTheyAre() {
    PixelBox missing = soundImage.toothBoxes().get(36);
    assertThat(treatedImage.toothBoxes()).doesNotContainKey(36);
    assertThat(meanIn(treatedImage, missing, 0.2, 0.8, 0, 0.4))
        .isLessThan(meanIn(soundImage, missing, 0.2, 0.8, 0, 0.4) - 200);
    PixelBox crowned = soundImage.toothBoxes().get(16);
    // Upper tooth: the crown is the lower part of its box.
    assertThat(meanIn(treatedImage, crowned, 0.2, 0.8, 0.7, 0.95))
        .isGreaterThan(meanIn(soundImage, crowned, 0.2, 0.8, 0.7, 0.95) + 300);
    PixelBox filled = soundImage.toothBoxes().get(21);
    assertThat(meanIn(treatedImage, filled, 0.35, 0.65, 0.2, 0.5))
        .isGreaterThan(meanIn(soundImage, filled, 0.35, 0.65, 0.2, 0.5) + 20);
  }

  @Test
  void adaptiveSamplingFindsThePeriapicalLesionAndRootFilling() {
    double[] lesion = treated.periapicalLesions();
    assertThat(lesion).hasSize(4);
    double r = lesion[3] + 2;
    double[] box = {lesion[0] - r, lesion[1] - r, lesion[2] - r, lesion[0] + r, lesion[1] + r, lesion[2] + r};
    MaterialVolume exact = MaterialVolume.sample(treated, box, VolumeSampling.exact(0.25));
    MaterialVolume adaptive = MaterialVolume.sample(treated, box, options(treated).sampling());
    for (Material m : new Material[] {Material.PERIAPICAL_LESION, Material.GUTTA_PERCHA, Material.DENTIN}) {
      long e = count(exact, m);
      long a = count(adaptive, m);
      assertThat(e).as("%s voxels", m).isPositive();
      assertThat((double) a).as("%s voxels", m).isCloseTo(e, org.assertj.core.api.Assertions.within(0.03 * e));
    }
  }

  private static long count(MaterialVolume v, Material m) {
    long n = 0;
    for (byte c : v.materialCodes()) {
      n += c == m.code() ? 1 : 0;
    }
    return n;
  }
}
