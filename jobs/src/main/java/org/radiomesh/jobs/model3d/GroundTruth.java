package org.radiomesh.jobs.model3d;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.radiomesh.jobs.HadoopFiles;
import org.radiomesh.mesh.TriangleMesh;
import org.radiomesh.mesh.io.MeshFiles;
import org.radiomesh.mesh.io.MeshFormat;

/**
 * The ground-truth mesh of a record, written as PLY for {@code pairs.csv}: for a report of a synthetic case, the
 * case's full arches ({@code CASE/mesh/arch/CASEID_upper.ply} and {@code _lower.ply}, as the synth job writes them;
 * the jaws present), concatenated; otherwise, for the multiview generators, the exact mesh of the record's spec (the
 * direct mesh); none for a direct mesh of a spec (it is its own truth). Cost O(mesh size).
 */
final class GroundTruth {
  /** Largest arch mesh file read, bytes. */
  private static final long MAX_BYTES = 512L << 20;

  private GroundTruth() {}

  /**
   * Writes the truth of a record to {@code uri} and returns it, or null when the record has none.
   *
   * @param caseFolder the synthetic case folder of a report record, or null
   * @param direct the exact mesh of the record's spec when the generator is a multiview one, else null
   * @throws IOException when the case has no arch mesh or one cannot be read, or the file cannot be written
   */
  static String write(String caseFolder, TriangleMesh direct, String uri, Configuration conf) throws IOException {
    TriangleMesh truth = caseFolder != null ? caseArches(caseFolder, conf) : direct;
    if (truth == null) {
      return null;
    }
    HadoopFiles.write(uri, RecordModeller.encode(truth, MeshFormat.PLY), conf);
    return uri;
  }

  /** The arch meshes of a synthetic case, upper then lower, as one mesh. */
  static TriangleMesh caseArches(String caseFolder, Configuration conf) throws IOException {
    String caseId = caseFolder.substring(caseFolder.lastIndexOf('/') + 1);
    List<TriangleMesh> arches = new ArrayList<>();
    for (String jaw : List.of("upper", "lower")) {
      String uri = HadoopFiles.resolve(caseFolder, "mesh/arch/" + caseId + "_" + jaw + ".ply");
      if (HadoopFiles.exists(uri, conf)) {
        arches.add(MeshFiles.read(uri, HadoopFiles.readAll(uri, conf, MAX_BYTES)));
      }
    }
    if (arches.isEmpty()) {
      throw new IOException(caseFolder + "/mesh/arch/: no " + caseId + "_upper.ply or " + caseId
          + "_lower.ply (expected the arch meshes of a synthetic case)");
    }
    return DirectMesher.concat(arches);
  }
}
