package org.radiomesh.anatomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.radiomesh.mesh.TriangleMesh;
import org.radiomesh.surface.MeshChecks;

class PatientMesherTest {
  private static VirtualPatient patient;
  private static final PatientMesher MESHER = new PatientMesher(new PatientMesher.Options(0.4, 0.8, 0.5, 0.3));

  @BeforeAll
  static void build() {
    List<ToothSpec> teeth = new java.util.ArrayList<>(VirtualPatientTest.sound().teeth());
    teeth.set(PatientBuilder.index(46), new ToothSpec(ToothNumber.fdi(46), List.of(new Condition.Implant())));
    teeth.set(PatientBuilder.index(36), new ToothSpec(ToothNumber.fdi(36), List.of(new Condition.RootCanal(0.9),
        new Condition.PeriapicalLesion(2.5))));
    teeth.set(PatientBuilder.index(45), new ToothSpec(ToothNumber.fdi(45), List.of(new Condition.Missing())));
    patient = VirtualPatient.build(new DentitionSpec(teeth), 5);
  }

  @Test
  void everyToothAndImplantPartIsWatertight() {
    Map<Integer, TriangleMesh> teeth = MESHER.teeth(patient);
    assertThat(teeth).hasSize(31).doesNotContainKey(45);
    teeth.forEach((fdi, m) -> {
      assertThat(MeshChecks.closedOrientedManifold(m)).as("tooth %d", fdi).isTrue();
      assertThat(MeshChecks.volume(m)).as("tooth %d", fdi).isPositive();
    });
    Map<String, TriangleMesh> parts = MESHER.implantParts(patient.tooth(46).orElseThrow());
    assertThat(parts).containsOnlyKeys("fixture", "abutment", "crown");
    parts.forEach((name, m) -> assertThat(MeshChecks.closedOrientedManifold(m)).as(name).isTrue());
    ImplantModel.Shape s = patient.tooth(46).orElseThrow().implant().shape();
    double cylinder = Math.PI * s.fixtureRadius() * s.fixtureRadius() * s.fixtureLength();
    assertThat(MeshChecks.volume(parts.get("fixture"))).isBetween(0.6 * cylinder, cylinder);
  }

  @Test
  void bonesAreWatertightWithSocketsAndLesions() {
    for (boolean upper : new boolean[] {true, false}) {
      TriangleMesh bone = MESHER.bone(patient, upper);
      assertThat(MeshChecks.closedOrientedManifold(bone)).isTrue();
      assertThat(MeshChecks.volume(bone)).isPositive();
    }
    TriangleMesh gp = MESHER.material(patient, Material.GUTTA_PERCHA, patient.tooth(36).orElseThrow().bounds());
    assertThat(gp.faceCount()).isPositive();
    assertThat(MeshChecks.closedOrientedManifold(gp)).isTrue();
  }

  @Test
  void archMeshesCarryFdiLabelsAndConsistentInstances() {
    for (boolean upper : new boolean[] {true, false}) {
      PatientMesher.ArchMesh arch = MESHER.arch(patient, upper, "case-5");
      TriangleMesh m = arch.mesh();
      assertThat(MeshChecks.closedOrientedManifold(m)).isTrue();
      Teeth3dsLabels l = arch.labels();
      assertThat(l.jaw()).isEqualTo(upper ? "upper" : "lower");
      assertThat(l.labels()).hasSize(m.vertexCount()).isEqualTo(m.labels());
      Set<Integer> expected = new HashSet<>();
      expected.add(0);
      for (PlacedTooth t : patient.teeth()) {
        if (t.tooth().isUpper() == upper) {
          expected.add(t.tooth().fdi());
        }
      }
      Set<Integer> seen = new HashSet<>();
      Map<Integer, Integer> instanceOf = new HashMap<>();
      for (int v = 0; v < m.vertexCount(); v++) {
        int fdi = l.labels()[v];
        seen.add(fdi);
        assertThat(l.instances()[v] == 0).isEqualTo(fdi == 0);
        Integer previous = instanceOf.putIfAbsent(fdi, l.instances()[v]);
        assertThat(previous == null || previous == l.instances()[v]).isTrue();
      }
      assertThat(seen).isEqualTo(expected);
      // A labelled vertex lies on its tooth's surface (or its implant crown's).
      double[] q = new double[3];
      float[] p = m.xyz();
      for (int v = 0; v < m.vertexCount(); v += 97) {
        int fdi = l.labels()[v];
        if (fdi != 0) {
          PlacedTooth t = patient.tooth(fdi).orElseThrow();
          t.frame().toLocal(p[3 * v], p[3 * v + 1], p[3 * v + 2], q);
          assertThat(Math.abs(t.labelDistanceLocal(q[0], q[1], q[2]))).isLessThan(0.5);
        }
      }
    }
  }
}
