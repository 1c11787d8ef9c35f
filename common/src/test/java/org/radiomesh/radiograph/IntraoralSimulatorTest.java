package org.radiomesh.radiograph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.radiomesh.anatomy.Condition;
import org.radiomesh.anatomy.DentitionSpec;
import org.radiomesh.anatomy.ToothSpec;

class IntraoralSimulatorTest {
  private static ToothRingPhantom phantom;
  private static MaterialVolume volume;
  private static final XrayDetector NOISELESS = new XrayDetector(20_000, 0, 4.0, false, 0);

  @BeforeAll
  static void sample() {
    phantom = new ToothRingPhantom(new DentitionSpec(List.of(ToothSpec.sound(45), ToothSpec.sound(46),
        new ToothSpec(org.radiomesh.anatomy.ToothNumber.fdi(47), List.of(new Condition.RootCanal(1.0))),
        ToothSpec.sound(16), ToothSpec.sound(17))), 50, 32);
    volume = MaterialVolume.sample(phantom, phantom.bounds(),
        new VolumeSampling(0.25, 8, 2, phantom.detailBoxes(), true, 1));
  }

  private static double arcOf(ToothRingPhantom.Tooth t) {
    return phantom.arch().footArcLength(t.x(), t.y());
  }

  @Test
  void periapicalViewShowsTheToothAtItsCentreAndItsNeighbours() {
    ToothRingPhantom.Tooth molar = phantom.tooth(46);
    double centreZ = molar.z(0.5 * (molar.crown() + molar.root()));
    IntraoralView view = IntraoralView.periapical(phantom.arch(), arcOf(molar), centreZ);
    IntraoralSimulator.IntraoralRadiograph pa = IntraoralSimulator.simulate(volume, view, 0.1, NOISELESS);
    assertThat(pa.width()).isEqualTo(310);
    assertThat(pa.height()).isEqualTo(410);
    assertThat(pa.toothBoxes()).containsKeys(45, 46, 47);
    // The antagonist 16 above 46 reaches into the top of the film.
    assertThat(pa.toothBoxes().get(16).y()).isZero();
    PixelBox box = pa.toothBoxes().get(46);
    // Parallel rays, no magnification: the box is the tooth's width along the arch and its full length.
    assertThat(box.width() * 0.1).isBetween(2 * molar.radius() - 0.6, 2 * molar.radius() + 0.6);
    assertThat(box.height() * 0.1).isBetween(molar.crown() + molar.root() - 0.6, molar.crown() + molar.root() + 0.6);
    assertThat(box.x() + box.width() / 2).isBetween(145.0, 165.0);
    assertThat(box.y() + box.height() / 2).isBetween(195.0, 215.0);
    // Columns run along increasing arch length: 45 (mesial, towards the midline) has the larger s on the right side.
    assertThat(pa.toothBoxes().get(45).x()).isGreaterThan(box.x());
    // A lower crown (top of its box) is brighter than the gap between teeth at the same height.
    int row = (int) (box.y() + 2.0 / 0.1);
    int crown = pa.pixels()[row * pa.width() + (int) (box.x() + box.width() / 2)];
    int gap = pa.pixels()[row * pa.width() + (int) (box.x() - 0.5 / 0.1 - 3)];
    assertThat(crown).isGreaterThan(gap + 500);
  }

  @Test
  void rootFillingIsBrighterThanTheCanalOfASoundTooth() {
    double brightest = 0;
    for (int fdi : new int[] {47, 45}) {
      ToothRingPhantom.Tooth t = phantom.tooth(fdi);
      IntraoralView view = IntraoralView.periapical(phantom.arch(), arcOf(t), t.z(t.crown() + t.root() / 2));
      IntraoralSimulator.IntraoralRadiograph pa = IntraoralSimulator.simulate(volume, view, 0.1, NOISELESS);
      int value = pa.pixels()[(pa.height() / 2) * pa.width() + pa.width() / 2];
      if (fdi == 47) {
        brightest = value;
      } else {
        assertThat(brightest).isGreaterThan(value + 100);
      }
    }
  }

  @Test
  void bitewingShowsUpperAndLowerCrownsAndIsDeterministic() {
    ToothRingPhantom.Tooth molar = phantom.tooth(46);
    IntraoralView view = IntraoralView.bitewing(phantom.arch(), arcOf(molar), 0);
    XrayDetector noisy = new XrayDetector(20_000, 4, 4.0, true, 8);
    IntraoralSimulator.IntraoralRadiograph a = IntraoralSimulator.simulate(volume, view, 0.1, noisy);
    IntraoralSimulator.IntraoralRadiograph b = IntraoralSimulator.simulate(volume, view, 0.1, noisy);
    assertThat(a.width()).isEqualTo(410);
    assertThat(a.height()).isEqualTo(310);
    assertThat(a.toothBoxes()).containsKeys(16, 46);
    assertThat(a.toothBoxes().get(16).y()).isLessThan(a.toothBoxes().get(46).y());
    assertThat(b.pixels()).isEqualTo(a.pixels());
  }

  @Test
  void viewRejectsNonOrthonormalAxes() {
    assertThatThrownBy(() -> new IntraoralView(new double[3], new double[] {1, 0, 0}, new double[] {1, 0, 0},
        new double[] {0, 0, 1}, 31, 41, 20, 10)).isInstanceOf(IllegalArgumentException.class);
  }
}
