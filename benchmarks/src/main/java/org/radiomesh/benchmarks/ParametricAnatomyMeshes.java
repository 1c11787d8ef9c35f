package org.radiomesh.benchmarks;

import java.util.Arrays;
import org.radiomesh.anatomy.PatientMesher;
import org.radiomesh.anatomy.PlacedTooth;
import org.radiomesh.anatomy.ToothMesher;
import org.radiomesh.anatomy.VirtualPatient;
import org.radiomesh.mesh.TriangleMesh;

/**
 * Reference ("exact") meshes of the parametric anatomy for the reconstruction benchmark, from the anatomy module's own
 * meshers at fine voxel sizes: a tooth's (or implant's) outer surface by {@link ToothMesher}, labelled with its FDI
 * number; a jaw's full-arch mesh (teeth and gingiva, as an intraoral scan sees it, labels FDI or 0 for gingiva) by
 * {@link PatientMesher#arch}. At 0.1 mm the marching cubes surface lies within a few micrometres of the implicit one,
 * well below the 0.1 mm threshold of the finest F-score.
 */
final class ParametricAnatomyMeshes {
  private ParametricAnatomyMeshes() {}

  /** The outer surface of one placed tooth at {@code voxel} mm, every vertex labelled with its FDI number. */
  static TriangleMesh tooth(PlacedTooth t, double voxel) {
    TriangleMesh m = new ToothMesher(voxel).mesh(t);
    int[] labels = new int[m.vertexCount()];
    Arrays.fill(labels, t.tooth().fdi());
    return m.toBuilder().labels(labels).build();
  }

  /** The full-arch mesh of one jaw at {@code voxel} mm, vertex labels FDI numbers and 0 for gingiva. */
  static TriangleMesh arch(VirtualPatient patient, boolean upper, double voxel) {
    PatientMesher mesher = new PatientMesher(new PatientMesher.Options(voxel, 0.5, voxel, voxel));
    return mesher.arch(patient, upper, "bench").mesh();
  }
}
