package org.radiomesh.synth;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.radiomesh.anatomy.PatientMesher;
import org.radiomesh.anatomy.PlacedTooth;
import org.radiomesh.anatomy.VirtualPatient;
import org.radiomesh.mesh.TriangleMesh;
import org.radiomesh.mesh.io.MeshFormat;
import org.radiomesh.mesh.io.MeshFiles;
import org.radiomesh.render.Camera;
import org.radiomesh.render.CameraRing;
import org.radiomesh.render.Rasterizer;
import org.radiomesh.render.RenderOptions;
import org.radiomesh.render.ViewPng;

/**
 * The mesh modality of a case, in patient coordinates (mm; x to the patient's left, y posterior, z superior), every
 * mesh closed and oriented outwards ({@link PatientMesher}):
 *
 * <ul>
 *   <li>{@code mesh/teeth/FDI.obj|.ply}: each modelled tooth or implant (outer surface).</li>
 *   <li>{@code mesh/structures/maxilla.obj|.ply}, {@code mandible.obj|.ply}: jaw bones with sockets and periapical
 *       lesions carved out; {@code implant-FDI-fixture|abutment|crown.obj|.ply} for each implant.</li>
 *   <li>{@code mesh/arch/CASE_upper.obj|.ply|.json}, {@code CASE_lower...}: full-arch meshes (teeth and gingiva, as an
 *       intraoral scan sees them) with per-vertex FDI labels (0 = gingiva) in the PLY ({@code int label}) and in the
 *       Teeth3DS JSON ({@code labels}, {@code instances}), named as in Teeth3DS.</li>
 *   <li>{@code mesh/preview.png}: both arches rendered from the front, coloured by tooth label.</li>
 * </ul>
 *
 * <p>OBJ is text (coordinates as {@link Float#toString}), PLY binary little endian. Cost: dominated by the meshing,
 * a few seconds per case at the default voxel sizes.
 */
public final class MeshOutputs {
  private final SynthOptions options;

  public MeshOutputs(SynthOptions options) {
    this.options = options;
  }

  /** Meshes {@code patient} and writes every mesh file of case {@code caseId} to {@code sink}. */
  public void write(VirtualPatient patient, String caseId, CaseSink sink) throws IOException {
    PatientMesher mesher = new PatientMesher(new PatientMesher.Options(options.toothVoxelMm(), options.boneVoxelMm(),
        options.archVoxelMm(), options.toothVoxelMm()));
    for (Map.Entry<Integer, TriangleMesh> e : mesher.teeth(patient).entrySet()) {
      writeBoth(sink, "mesh/teeth/" + e.getKey(), e.getValue());
    }
    writeBoth(sink, "mesh/structures/maxilla", mesher.bone(patient, true));
    writeBoth(sink, "mesh/structures/mandible", mesher.bone(patient, false));
    List<PlacedTooth> implants = patient.teeth().stream().filter(PlacedTooth::isImplant)
        .sorted(java.util.Comparator.comparingInt(t -> t.tooth().fdi())).toList();
    for (PlacedTooth implant : implants) {
      for (Map.Entry<String, TriangleMesh> e : mesher.implantParts(implant).entrySet()) {
        writeBoth(sink, "mesh/structures/implant-" + implant.tooth().fdi() + "-" + e.getKey(), e.getValue());
      }
    }
    List<TriangleMesh> arches = new ArrayList<>();
    for (boolean upper : new boolean[] {true, false}) {
      PatientMesher.ArchMesh arch = mesher.arch(patient, upper, caseId);
      String stem = "mesh/arch/" + caseId + "_" + (upper ? "upper" : "lower");
      writeBoth(sink, stem, arch.mesh());
      sink.write(stem + ".json", arch.labels().toJson().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      arches.add(arch.mesh());
    }
    sink.write("mesh/preview.png", preview(TriangleMesh.concat(arches)));
  }

  /** Writes {@code mesh} as {@code stem.obj} and {@code stem.ply}. */
  static void writeBoth(CaseSink sink, String stem, TriangleMesh mesh) throws IOException {
    sink.write(stem + ".obj", encode(mesh, MeshFormat.OBJ));
    sink.write(stem + ".ply", encode(mesh, MeshFormat.PLY));
  }

  /** {@code mesh} in {@code format}'s default encoding, as bytes. */
  static byte[] encode(TriangleMesh mesh, MeshFormat format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * mesh.vertexCount() + 1024);
    MeshFiles.write(mesh, out, format);
    return out.toByteArray();
  }

  /** A frontal, slightly raised, label-coloured view of {@code mesh} as PNG bytes. */
  byte[] preview(TriangleMesh mesh) throws IOException {
    Camera camera = CameraRing.builder().azimuths(1).elevations(10).size(options.previewWidth(),
        options.previewHeight()).fovYDegrees(30).margin(1.05).build().around(mesh).get(0);
    Rasterizer r = new Rasterizer(RenderOptions.builder().supersampling(2).build());
    return PngBytes.encode(ViewPng.rgbImage(r.render(mesh, camera)));
  }
}
