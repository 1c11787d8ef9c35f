package org.radiomesh.radiograph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.radiomesh.anatomy.Material;
import org.radiomesh.anatomy.MaterialField;

class CbctSimulatorTest {

  /** Enamel where x < 10.25 and z < 12, bone where x ≥ 10.25 and z < 12, air above z = 12; bounds 0..20 mm. */
  static final MaterialField SLABS = new MaterialField() {
    public Material materialAt(double x, double y, double z) {
      if (z >= 12) {
        return Material.AIR;
      }
      return x < 10.25 ? Material.ENAMEL : Material.BONE;
    }

    public int toothAt(double x, double y, double z) {
      return z < 12 && x < 10.25 ? 11 : 0;
    }

    public double[] bounds() {
      return new double[] {0, 0, 0, 20, 20, 20};
    }
  };

  @Test
  void voxelsHoldTheMeanCtNumberOfTheirSubVoxels() {
    CbctVolume ct = CbctSimulator.simulate(SLABS, CbctOptions.builder().optVoxelMm(1).optSupersampling(4)
        .optNoiseHu(0).build());
    assertThat(new int[] {ct.nx(), ct.ny(), ct.nz()}).containsExactly(20, 20, 20);
    int enamel = Material.ENAMEL.hounsfield();
    int bone = Material.BONE.hounsfield();
    int air = Material.AIR.hounsfield();
    assertThat(ct.hu(3, 5, 4)).isEqualTo(enamel);
    assertThat(ct.hu(15, 5, 4)).isEqualTo(bone);
    assertThat(ct.hu(15, 5, 15)).isEqualTo(air);
    // Voxel x ∈ [10, 11): sub-voxel centres 10.125, 10.375, 10.625, 10.875, one of four in enamel.
    assertThat(ct.hu(10, 5, 4)).isEqualTo(Math.round(0.25f * enamel + 0.75f * bone));
    // Voxel z ∈ [12, 13) is all air; z ∈ [11, 12) all tissue.
    assertThat(ct.hu(3, 5, 12)).isEqualTo(air);
    assertThat(ct.hu(3, 5, 11)).isEqualTo(enamel);
    assertThat(ct.slice(4)[5 * 20 + 3]).isEqualTo((short) enamel);
    assertThat(ct.origin()).containsExactly(0, 0, 0);
  }

  @Test
  void noiseHasTheRequestedSpreadAndIsReproducible() {
    CbctOptions options = CbctOptions.builder().optVoxelMm(0.5).optSupersampling(1).optNoiseHu(25).optSeed(4)
        .build();
    CbctVolume a = CbctSimulator.simulate(SLABS, options);
    CbctVolume b = CbctSimulator.simulate(SLABS, CbctOptions.builder().optVoxelMm(0.5).optSupersampling(1)
        .optNoiseHu(25).optSeed(4).optThreads(2).build());
    assertThat(b.hounsfield()).isEqualTo(a.hounsfield());
    double sum = 0;
    double sum2 = 0;
    int n = 0;
    for (int k = 0; k < 20; k++) {
      for (int j = 0; j < a.ny(); j++) {
        for (int i = 0; i < 18; i++) {
          double d = a.hu(i, j, k) - Material.ENAMEL.hounsfield();
          sum += d;
          sum2 += d * d;
          n++;
        }
      }
    }
    assertThat(sum / n).isCloseTo(0, within(1.0));
    assertThat(Math.sqrt(sum2 / n)).isCloseTo(25, within(1.0));
    CbctVolume other = CbctSimulator.simulate(SLABS, CbctOptions.builder().optVoxelMm(0.5).optSupersampling(1)
        .optNoiseHu(25).optSeed(5).build());
    assertThat(other.hounsfield()).isNotEqualTo(a.hounsfield());
  }

  @Test
  void airIsClampedToMinus1024() {
    CbctVolume ct = CbctSimulator.simulate(SLABS, CbctOptions.builder().optVoxelMm(1).optSupersampling(1)
        .optNoiseHu(50).optSeed(1).build());
    for (int j = 0; j < 20; j++) {
      for (int i = 0; i < 20; i++) {
        assertThat(ct.hu(i, j, 18)).isGreaterThanOrEqualTo(-1024);
      }
    }
  }
}
