package org.radiomesh.jobs.model3d;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.radiomesh.anatomy.DentitionSpec;
import org.radiomesh.anatomy.PatientMesher;
import org.radiomesh.anatomy.PlacedTooth;
import org.radiomesh.anatomy.VirtualPatient;
import org.radiomesh.mesh.TriangleMesh;
import org.radiomesh.synth.SingleTooth;

/**
 * The exact mesh of a spec's implicit anatomy (the {@code direct} generator, and the ground truth of the multiview
 * ones), in millimetres with FDI vertex labels:
 * <ul>
 *   <li>a single-tooth spec: the tooth ({@link SingleTooth}, its outer surface by marching cubes) in its local frame
 *       (origin at the cemento-enamel junction centre, x mesial, y buccal, z occlusal), every vertex labelled with
 *       its FDI number;</li>
 *   <li>any other spec: the virtual patient of the spec and seed ({@link VirtualPatient#build}), meshed as the full
 *       arches of the jaws that hold teeth ({@link PatientMesher#arch}: teeth and gingiva, labels FDI or 0 for
 *       gingiva), in patient coordinates, upper arch first.</li>
 * </ul>
 * Closed, oriented outwards, deterministic for (spec, seed, voxel). Cost: the mesher's, tens of milliseconds for a
 * tooth, a few seconds for two arches at 0.3 mm.
 */
final class DirectMesher {
  private DirectMesher() {}

  /**
   * The mesh of {@code spec}.
   *
   * @throws IllegalArgumentException when the spec models no tooth (empty, or every listed tooth missing)
   */
  static TriangleMesh mesh(DentitionSpec spec, long seed, double voxelMm, String id) {
    if (spec.teeth().isEmpty()) {
      throw new IllegalArgumentException("the spec lists no tooth: nothing to mesh");
    }
    if (spec.teeth().size() == 1) {
      TriangleMesh tooth = SingleTooth.mesh(spec, seed, voxelMm, 0);
      int[] labels = new int[tooth.vertexCount()];
      Arrays.fill(labels, spec.teeth().get(0).tooth().fdi());
      return tooth.toBuilder().labels(labels).build();
    }
    return arches(VirtualPatient.build(spec, seed), voxelMm, id);
  }

  /**
   * The full arches (teeth and gingiva, {@link PatientMesher#arch}) of the jaws of {@code patient} that hold a tooth,
   * upper first, as one mesh with FDI vertex labels.
   *
   * @throws IllegalArgumentException when the patient has no tooth
   */
  static TriangleMesh arches(VirtualPatient patient, double voxelMm, String id) {
    if (patient.teeth().isEmpty()) {
      throw new IllegalArgumentException("every tooth of the spec is missing: nothing to mesh");
    }
    PatientMesher mesher = new PatientMesher(new PatientMesher.Options(voxelMm, 0.5, voxelMm, voxelMm));
    List<TriangleMesh> arches = new ArrayList<>();
    for (boolean upper : new boolean[] {true, false}) {
      if (patient.teeth().stream().map(PlacedTooth::tooth).anyMatch(t -> t.isUpper() == upper)) {
        arches.add(mesher.arch(patient, upper, id).mesh());
      }
    }
    return TriangleMesh.concat(arches);
  }
}
