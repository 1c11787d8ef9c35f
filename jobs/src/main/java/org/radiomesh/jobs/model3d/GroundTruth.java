package org.radiomesh.jobs.model3d;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.radiomesh.anatomy.DentitionSpec;
import org.radiomesh.anatomy.DentitionSpecJson;
import org.radiomesh.anatomy.VirtualPatient;
import org.radiomesh.jobs.HadoopFiles;
import org.radiomesh.mesh.TriangleMesh;
import org.radiomesh.mesh.io.MeshFiles;
import org.radiomesh.mesh.io.MeshFormat;

/**
 * The ground-truth mesh of a record, written as PLY for {@code pairs.csv}: for a report of a synthetic case, the
 * case's full arches ({@code CASE/mesh/arch/CASEID_upper.ply} and {@code _lower.ply}, as the synth job writes them;
 * the jaws present), concatenated; when the case was synthesised without meshes, the same arches rebuilt from its
 * {@code spec.json} and the virtual patient's seed in {@code case.json} (the synthetic generator is deterministic in
 * them) at the model job's voxel size; otherwise, for the multiview generators, the exact mesh of the record's spec (the
 * direct mesh); none for a direct mesh of a spec (it is its own truth). Cost O(mesh size).
 */
final class GroundTruth {
  /** Largest arch mesh file read, bytes. */
  private static final long MAX_BYTES = 512L << 20;
  /** Largest case.json or spec.json read, bytes. */
  private static final long MAX_JSON_BYTES = 16L << 20;
  private static final ObjectMapper JSON = new ObjectMapper();

  private GroundTruth() {}

  /**
   * Writes the truth of a record to {@code uri} and returns it, or null when the record has none.
   *
   * @param caseFolder the synthetic case folder of a report record, or null
   * @param direct the exact mesh of the record's spec when the generator is a multiview one, else null
   * @throws IOException when the case has no arch mesh or one cannot be read, or the file cannot be written
   */
  static String write(String caseFolder, TriangleMesh direct, double voxelMm, String uri, Configuration conf)
      throws IOException {
    TriangleMesh truth = caseFolder != null ? caseArches(caseFolder, voxelMm, conf) : direct;
    if (truth == null) {
      return null;
    }
    HadoopFiles.write(uri, RecordModeller.encode(truth, MeshFormat.PLY), conf);
    return uri;
  }

  /** The arch meshes of a synthetic case, upper then lower, as one mesh; rebuilt when the case has no mesh files. */
  static TriangleMesh caseArches(String caseFolder, double voxelMm, Configuration conf) throws IOException {
    String caseId = caseFolder.substring(caseFolder.lastIndexOf('/') + 1);
    List<TriangleMesh> arches = new ArrayList<>();
    for (String jaw : List.of("upper", "lower")) {
      String uri = HadoopFiles.resolve(caseFolder, "mesh/arch/" + caseId + "_" + jaw + ".ply");
      if (HadoopFiles.exists(uri, conf)) {
        arches.add(MeshFiles.read(uri, HadoopFiles.readAll(uri, conf, MAX_BYTES)));
      }
    }
    if (!arches.isEmpty()) {
      return TriangleMesh.concat(arches);
    }
    String caseJson = HadoopFiles.resolve(caseFolder, "case.json");
    String specJson = HadoopFiles.resolve(caseFolder, "spec.json");
    if (!HadoopFiles.exists(caseJson, conf) || !HadoopFiles.exists(specJson, conf)) {
      throw new IOException(caseFolder + ": no mesh/arch/" + caseId + "_upper.ply or _lower.ply, and no case.json "
          + "and spec.json to rebuild them (expected a synthetic case folder)");
    }
    JsonNode seed = JSON.readTree(HadoopFiles.readAll(caseJson, conf, MAX_JSON_BYTES)).get("seed");
    if (seed == null || !seed.isIntegralNumber()) {
      throw new IOException(caseJson + ": expected an integer \"seed\" (the virtual patient's seed)");
    }
    DentitionSpec spec = DentitionSpecJson.fromJson(
        new String(HadoopFiles.readAll(specJson, conf, MAX_JSON_BYTES), StandardCharsets.UTF_8), specJson);
    return DirectMesher.arches(VirtualPatient.build(spec, seed.asLong()), voxelMm, caseId);
  }
}
