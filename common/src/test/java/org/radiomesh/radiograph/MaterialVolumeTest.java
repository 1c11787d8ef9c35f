package org.radiomesh.radiograph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.radiomesh.anatomy.Material;
import org.radiomesh.anatomy.MaterialField;

class MaterialVolumeTest {

  /**
   * Seeded random disjoint spheres (radius 3–6 mm, at least 2 mm apart, clear of the plane z = 20) in soft tissue below
   * z = 20 and air above; some of tooth tissue with a tooth number, dentin ones with a concentric "pulp" sphere. Pieces
   * are convex or concentric and large against the 2 mm top cells, with no thin wedges where surfaces meet.
   */
  static final class Spheres implements MaterialField {
    final double[] c;
    final double[] r;
    final Material[] m;
    final int[] tooth;

    Spheres(long seed, int n) {
      SplittableRandom random = new SplittableRandom(seed);
      c = new double[3 * n];
      r = new double[n];
      m = new Material[n];
      tooth = new int[n];
      Material[] choices = {Material.BONE, Material.ENAMEL, Material.DENTIN, Material.METAL_CROWN, Material.AIR};
      for (int i = 0; i < n; i++) {
        boolean clear;
        do {
          for (int a = 0; a < 3; a++) {
            c[3 * i + a] = random.nextDouble(4, 36);
          }
          r[i] = random.nextDouble(3, 6);
          clear = Math.abs(c[3 * i + 2] - 20) > r[i] + 2;
          for (int j = 0; j < i && clear; j++) {
            double d = Math.sqrt(Math.pow(c[3 * i] - c[3 * j], 2) + Math.pow(c[3 * i + 1] - c[3 * j + 1], 2)
                + Math.pow(c[3 * i + 2] - c[3 * j + 2], 2));
            clear = d > r[i] + r[j] + 2;
          }
        } while (!clear);
        m[i] = choices[random.nextInt(choices.length)];
        tooth[i] = m[i] == Material.ENAMEL || m[i] == Material.DENTIN ? 11 + random.nextInt(8) : 0;
      }
    }

    int sphere(double x, double y, double z) {
      for (int i = r.length - 1; i >= 0; i--) {
        double dx = x - c[3 * i];
        double dy = y - c[3 * i + 1];
        double dz = z - c[3 * i + 2];
        if (dx * dx + dy * dy + dz * dz <= r[i] * r[i]) {
          return i;
        }
      }
      return -1;
    }

    @Override
    public Material materialAt(double x, double y, double z) {
      int i = sphere(x, y, z);
      if (i < 0) {
        return z < 20 ? Material.SOFT_TISSUE : Material.AIR;
      }
      double dx = x - c[3 * i];
      double dy = y - c[3 * i + 1];
      double dz = z - c[3 * i + 2];
      if (m[i] == Material.DENTIN && dx * dx + dy * dy + dz * dz < 0.25 * r[i] * r[i]) {
        return Material.PULP;
      }
      return m[i];
    }

    @Override
    public int toothAt(double x, double y, double z) {
      int i = sphere(x, y, z);
      return i < 0 ? 0 : tooth[i];
    }

    @Override
    public double[] bounds() {
      return new double[] {0, 0, 0, 40, 40, 40};
    }
  }

  /**
   * Voxels where {@code adaptive} differs from {@code exact}; fails unless each takes a value found in the exact
   * volume within one voxel (the octree may shift a surface by a voxel where it bulges between cell corners).
   */
  private static int mismatchesNearSurfaces(MaterialVolume exact, MaterialVolume adaptive) {
    byte[] a = exact.materialCodes();
    byte[] b = adaptive.materialCodes();
    byte[] ta = exact.toothNumbers();
    byte[] tb = adaptive.toothNumbers();
    int differ = 0;
    for (int j = 0; j < exact.ny(); j++) {
      for (int i = 0; i < exact.nx(); i++) {
        for (int k = 0; k < exact.nz(); k++) {
          int index = exact.index(i, j, k);
          if (a[index] == b[index] && ta[index] == tb[index]) {
            continue;
          }
          differ++;
          boolean nearby = false;
          for (int n = 0; n < 27 && !nearby; n++) {
            int ni = i + n % 3 - 1;
            int nj = j + n / 3 % 3 - 1;
            int nk = k + n / 9 - 1;
            if (ni >= 0 && nj >= 0 && nk >= 0 && ni < exact.nx() && nj < exact.ny() && nk < exact.nz()) {
              int m = exact.index(ni, nj, nk);
              nearby = a[m] == b[index] && ta[m] == tb[index];
            }
          }
          assertThat(nearby).as("voxel (%d, %d, %d) became %d/%d", i, j, k, b[index], tb[index]).isTrue();
        }
      }
    }
    return differ;
  }

  @Test
  void adaptiveSamplingMatchesReadingEveryVoxelUpToOneVoxelAtSurfaces() {
    for (long seed = 1; seed <= 3; seed++) {
      Spheres field = new Spheres(seed, 10);
      MaterialVolume exact = MaterialVolume.sample(field, field.bounds(), VolumeSampling.exact(0.5));
      MaterialVolume adaptive = MaterialVolume.sample(field, field.bounds(), new VolumeSampling(0.5, 4, 2, false, 1));
      assertThat(exact.fieldReads()).isGreaterThanOrEqualTo(80L * 80 * 80);
      assertThat(adaptive.fieldReads()).isLessThan(exact.fieldReads() / 3);
      assertThat(mismatchesNearSurfaces(exact, adaptive)).as("seed %d", seed).isLessThan(80 * 80 * 80 / 10_000);
    }
  }

  @Test
  void coarseSoftTissueOnlyMovesAirSoftTissueBoundaries() {
    Spheres field = new Spheres(7, 10);
    MaterialVolume adaptive = MaterialVolume.sample(field, field.bounds(), new VolumeSampling(0.5, 4, 2, false, 1));
    MaterialVolume coarse = MaterialVolume.sample(field, field.bounds(), new VolumeSampling(0.5, 4, 2, true, 1));
    byte[] a = adaptive.materialCodes();
    byte[] b = coarse.materialCodes();
    int air = Material.AIR.code();
    int soft = Material.SOFT_TISSUE.code();
    int differ = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] != b[i]) {
        differ++;
        assertThat(a[i] == air || a[i] == soft).isTrue();
        assertThat(b[i] == air || b[i] == soft).isTrue();
      }
    }
    assertThat(coarse.toothNumbers()).isEqualTo(adaptive.toothNumbers());
    // Nearest-corner fill moves the z = 20 skin plane by up to half a 2 mm cell: about 2 of 80 voxel layers.
    assertThat(differ).isPositive().isLessThan(a.length / 20);
    assertThat(coarse.fieldReads()).isLessThan(adaptive.fieldReads());
  }

  @Test
  void detailBoxesFindWhatFitsBetweenLatticePoints() {
    // A 0.6 mm enamel rod along z at (10.1, 10.1), between the 4 mm top lattice's points (voxel centres 0.25 + 0.5n).
    MaterialField rod = new MaterialField() {
      public Material materialAt(double x, double y, double z) {
        return Math.hypot(x - 10.1, y - 10.1) < 0.3 && z > 5 && z < 15 ? Material.ENAMEL : Material.BONE;
      }

      public int toothAt(double x, double y, double z) {
        return materialAt(x, y, z) == Material.ENAMEL ? 21 : 0;
      }

      public double[] bounds() {
        return new double[] {0, 0, 0, 20, 20, 20};
      }
    };
    MaterialVolume exact = MaterialVolume.sample(rod, rod.bounds(), VolumeSampling.exact(0.5));
    MaterialVolume plain = MaterialVolume.sample(rod, rod.bounds(), new VolumeSampling(0.5, 8, 2, false, 1));
    MaterialVolume boxed = MaterialVolume.sample(rod, rod.bounds(),
        new VolumeSampling(0.5, 8, 1, new double[] {9, 9, 4, 11, 11, 16}, false, 1));
    long rodVoxels = count(exact, Material.ENAMEL);
    assertThat(rodVoxels).isPositive();
    assertThat(count(plain, Material.ENAMEL)).isZero();
    assertThat(boxed.materialCodes()).isEqualTo(exact.materialCodes());
    assertThat(boxed.toothNumbers()).isEqualTo(exact.toothNumbers());
    assertThat(boxed.fieldReads()).isLessThan(exact.fieldReads() / 10);
  }

  private static long count(MaterialVolume v, Material m) {
    long n = 0;
    for (byte c : v.materialCodes()) {
      n += c == m.code() ? 1 : 0;
    }
    return n;
  }

  @Test
  void resultDoesNotDependOnTheThreadCount() {
    Spheres field = new Spheres(3, 10);
    MaterialVolume one = MaterialVolume.sample(field, field.bounds(), new VolumeSampling(0.4, 8, 2, true, 1));
    MaterialVolume three = MaterialVolume.sample(field, field.bounds(), new VolumeSampling(0.4, 8, 2, true, 3));
    assertThat(three.materialCodes()).isEqualTo(one.materialCodes());
    assertThat(three.toothNumbers()).isEqualTo(one.toothNumbers());
    assertThat(three.fieldReads()).isEqualTo(one.fieldReads());
  }

  @Test
  void voxelCentresAndIndexingFollowTheDocumentedLayout() {
    Spheres field = new Spheres(4, 10);
    MaterialVolume v = MaterialVolume.sample(field, new double[] {1, 2, 3, 31, 22, 13}, VolumeSampling.exact(0.5));
    assertThat(new int[] {v.nx(), v.ny(), v.nz()}).containsExactly(60, 40, 20);
    SplittableRandom random = new SplittableRandom(9);
    for (int n = 0; n < 500; n++) {
      int i = random.nextInt(v.nx());
      int j = random.nextInt(v.ny());
      int k = random.nextInt(v.nz());
      double x = 1 + (i + 0.5) * 0.5;
      double y = 2 + (j + 0.5) * 0.5;
      double z = 3 + (k + 0.5) * 0.5;
      assertThat(v.material(i, j, k)).isEqualTo(field.materialAt(x, y, z));
      assertThat(v.tooth(i, j, k)).isEqualTo(field.toothAt(x, y, z));
      assertThat(v.index(i, j, k)).isEqualTo((j * v.nx() + i) * v.nz() + k);
    }
  }

  @Test
  void rejectsBadToothNumbersAndBounds() {
    MaterialField bad = new MaterialField() {
      public Material materialAt(double x, double y, double z) {
        return Material.ENAMEL;
      }

      public int toothAt(double x, double y, double z) {
        return 99;
      }

      public double[] bounds() {
        return new double[] {0, 0, 0, 1, 1, 1};
      }
    };
    assertThatThrownBy(() -> MaterialVolume.sample(bad, bad.bounds(), VolumeSampling.exact(0.5)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("tooth 99");
    assertThatThrownBy(() -> MaterialVolume.sample(bad, new double[] {0, 0, 0, 0, 1, 1}, VolumeSampling.exact(0.5)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bounds");
    assertThatThrownBy(() -> new VolumeSampling(0.5, 3, 1, true, 1)).isInstanceOf(IllegalArgumentException.class);
  }
}
