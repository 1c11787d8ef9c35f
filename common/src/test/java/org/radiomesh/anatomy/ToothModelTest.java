package org.radiomesh.anatomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.radiomesh.mesh.TriangleMesh;
import org.radiomesh.surface.MeshChecks;

class ToothModelTest {
  /** Reference dimensions vary within [0.926, 1.076] (patient scale × jitter); the mesh adds up to a voxel or so. */
  private static final double LOW = 0.95 * 0.975;
  private static final double HIGH = 1.05 * 1.025;
  private static final double TOL = 0.35;

  static java.util.stream.Stream<Integer> allTeeth() {
    return ToothNumber.all().stream().map(ToothNumber::fdi);
  }

  private static ToothModel model(int fdi, long seed) {
    SplittableRandom r = new SplittableRandom(seed * 100 + fdi);
    return new ToothModel(ToothShapes.draw(ToothNumber.fdi(fdi), r.nextDouble(0.95, 1.05), r));
  }

  @ParameterizedTest
  @MethodSource("allTeeth")
  void meshIsWatertightSphereLikeAndSizedAsReference(int fdi) {
    ToothModel m = model(fdi, 1);
    TriangleMesh mesh = ToothMesher.defaults().meshLocal(m, ToothMesher.Part.OUTER);
    assertThat(MeshChecks.closedOrientedManifold(mesh)).isTrue();
    assertThat(MeshChecks.vertexManifold(mesh)).isTrue();
    assertThat(MeshChecks.eulerCharacteristic(mesh)).as("genus 0, one piece").isEqualTo(2);
    assertThat(MeshChecks.volume(mesh)).isPositive();

    double[] ext = extents(mesh);
    ToothType.Dimensions ref = ToothNumber.fdi(fdi).type().dimensions(ToothNumber.fdi(fdi).isUpper());
    assertThat(ext[0]).as("crown length").isBetween(LOW * ref.crownLength() - TOL, HIGH * ref.crownLength() + TOL);
    assertThat(ext[1]).as("root length").isBetween(LOW * ref.rootLength() - TOL, HIGH * ref.rootLength() + TOL);
    assertThat(ext[2]).as("mesiodistal").isBetween(LOW * ref.mesiodistal() - TOL, HIGH * ref.mesiodistal() + TOL);
    assertThat(ext[3]).as("buccolingual").isBetween(LOW * ref.buccolingual() - TOL,
        HIGH * ref.buccolingual() + TOL);
    // And the mesh realises the drawn parameters themselves.
    ToothShape s = m.shape();
    assertThat(ext[0]).isCloseTo(s.crownLength(), org.assertj.core.data.Offset.offset(TOL));
    assertThat(ext[1]).isCloseTo(s.rootLength(), org.assertj.core.data.Offset.offset(TOL));
    assertThat(ext[2]).isCloseTo(s.mesiodistal(), org.assertj.core.data.Offset.offset(TOL));
    assertThat(ext[3]).isCloseTo(s.buccolingual(), org.assertj.core.data.Offset.offset(TOL));
  }

  /** {crown length (max w), root length (−min w), crown extent along u, crown extent along v} of a local mesh. */
  static double[] extents(TriangleMesh mesh) {
    float[] p = mesh.xyz();
    double maxW = -1e9;
    double minW = 1e9;
    double minU = 1e9;
    double maxU = -1e9;
    double minV = 1e9;
    double maxV = -1e9;
    for (int i = 0; i < p.length; i += 3) {
      maxW = Math.max(maxW, p[i + 2]);
      minW = Math.min(minW, p[i + 2]);
      if (p[i + 2] > 0) {
        minU = Math.min(minU, p[i]);
        maxU = Math.max(maxU, p[i]);
        minV = Math.min(minV, p[i + 1]);
        maxV = Math.max(maxV, p[i + 1]);
      }
    }
    return new double[] {maxW, -minW, maxU - minU, maxV - minV};
  }

  @ParameterizedTest
  @MethodSource("allTeeth")
  void rootsBelowTheFurcationCountAsTheTypeSays(int fdi) {
    ToothModel m = model(fdi, 2);
    ToothShape s = m.shape();
    double w = -(s.trunkLength() + 0.4 * (s.rootLength() - s.trunkLength()));
    int expected = ToothNumber.fdi(fdi).type().dimensions(ToothNumber.fdi(fdi).isUpper()).roots();
    assertThat(components(m, w)).isEqualTo(expected);
  }

  /** Central incisors and first molars stand for the rest: the tissue fields are built the same way. */
  @ParameterizedTest
  @ValueSource(ints = {11, 26, 31, 46})
  void tissueMeshesAreClosedAndAddUpToTheTooth(int fdi) {
    ToothModel m = model(fdi, 4);
    ToothMesher mesher = new ToothMesher(0.2);
    double whole = MeshChecks.volume(mesher.meshLocal(m, ToothMesher.Part.OUTER));
    double sum = 0;
    for (ToothMesher.Part part : new ToothMesher.Part[] {ToothMesher.Part.ENAMEL, ToothMesher.Part.DENTIN,
        ToothMesher.Part.PULP}) {
      TriangleMesh mesh = mesher.meshLocal(m, part);
      assertThat(MeshChecks.closedOrientedManifold(mesh)).as("%s", part).isTrue();
      sum += MeshChecks.volume(mesh);
    }
    // Cementum (0.15 mm) is too thin for 0.2 mm voxels; enamel, dentin and pulp fill the rest.
    assertThat(sum / whole).isBetween(0.93, 1.01);
  }

  /** Connected components (4-neighbour flood fill on a 0.05 mm grid) of the tooth's cross-section at height w. */
  static int components(ToothModel m, double w) {
    double[] b = m.localBounds();
    double h = 0.05;
    int nu = (int) ((b[3] - b[0]) / h) + 1;
    int nv = (int) ((b[4] - b[1]) / h) + 1;
    boolean[] in = new boolean[nu * nv];
    for (int j = 0; j < nv; j++) {
      for (int i = 0; i < nu; i++) {
        in[j * nu + i] = m.outer(b[0] + i * h, b[1] + j * h, w) <= 0;
      }
    }
    int count = 0;
    int[] stack = new int[nu * nv];
    for (int start = 0; start < in.length; start++) {
      if (!in[start]) {
        continue;
      }
      count++;
      int top = 0;
      stack[top++] = start;
      in[start] = false;
      while (top > 0) {
        int c = stack[--top];
        int i = c % nu;
        int j = c / nu;
        int[] next = {i > 0 ? c - 1 : -1, i < nu - 1 ? c + 1 : -1, j > 0 ? c - nu : -1, j < nv - 1 ? c + nu : -1};
        for (int n : next) {
          if (n >= 0 && in[n]) {
            in[n] = false;
            stack[top++] = n;
          }
        }
      }
    }
    return count;
  }

  @ParameterizedTest
  @MethodSource("allTeeth")
  void tissuesAreLayeredInsideTheTooth(int fdi) {
    ToothModel m = model(fdi, 3);
    ToothShape s = m.shape();
    // Along the axis from the crown top down: enamel, then dentin, then pulp, then (in the root) pulp or dentin.
    assertThat(m.tissue(0, 0, s.crownLength() + 0.5)).isEqualTo(Material.AIR);
    assertThat(m.tissue(0, 0, s.pulpRoof() - 0.5)).isEqualTo(Material.PULP);
    // Pulp is enclosed: every vertex of the pulp mesh lies inside the tooth, at least 0.1 mm from its surface (the
    // canals end 0.8 mm short of the apices, where the roots are thinnest).
    TriangleMesh pulp = new ToothMesher(0.25).meshLocal(m, ToothMesher.Part.PULP);
    assertThat(MeshChecks.closedOrientedManifold(pulp)).isTrue();
    float[] p = pulp.xyz();
    for (int i = 0; i < p.length; i += 3) {
      assertThat(m.outer(p[i], p[i + 1], p[i + 2])).isLessThan(-0.1);
    }
    // Enamel covers the crown: points just inside the crown's side at the contour height are enamel.
    double u = s.mesiodistal() / 2 - 0.3;
    assertThat(m.tissue(u, 0, s.contourMd())).isEqualTo(Material.ENAMEL);
    // Cementum on the root surface, dentin deeper in.
    RootShape r = s.roots().get(0);
    double wr = r.top() - 0.3 * r.length();
    double t = 0.3;
    double half = r.halfMd() * RootShape.taper(t);
    double uc = r.centreU(t);
    double vc = r.centreV(t);
    assertThat(m.tissue(uc + half - 0.05, vc, wr)).isEqualTo(Material.CEMENTUM);
    double canal = Math.max(0.1, s.canalFraction() * half);
    assertThat(m.tissue(uc + (half + canal) / 2, vc, wr)).isEqualTo(Material.DENTIN);
    assertThat(m.tissue(uc, vc, wr)).isEqualTo(Material.PULP);
  }
}
