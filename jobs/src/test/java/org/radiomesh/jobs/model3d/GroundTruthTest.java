package org.radiomesh.jobs.model3d;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radiomesh.mesh.TriangleMesh;
import org.radiomesh.synth.CaseGenerator;
import org.radiomesh.synth.CaseIdentity;
import org.radiomesh.synth.DirectorySink;
import org.radiomesh.synth.Modality;
import org.radiomesh.synth.SynthOptions;

/** The truth of a synthetic case: its written arch meshes, or the same arches rebuilt from spec.json and case.json. */
class GroundTruthTest {
  @TempDir
  Path tmp;

  @Test
  void archesRebuiltFromSpecAndSeedEqualTheArchesTheSynthJobWrote() throws Exception {
    double voxel = 1.0;
    SynthOptions options = SynthOptions.builder().optModalities(Set.of(Modality.MESH))
        .optMeshVoxels(voxel, 2.5, voxel).build();
    CaseIdentity id = CaseIdentity.of(77, 3);
    Path withMeshes = tmp.resolve("with-meshes").resolve(id.caseId());
    new CaseGenerator(options).generate(id, new DirectorySink(withMeshes));
    Path bare = tmp.resolve("bare").resolve(id.caseId());
    Files.createDirectories(bare);
    Files.copy(withMeshes.resolve("case.json"), bare.resolve("case.json"));
    Files.copy(withMeshes.resolve("spec.json"), bare.resolve("spec.json"));

    Configuration conf = new Configuration();
    TriangleMesh fromFiles = GroundTruth.caseArches(withMeshes.toUri().toString().replaceAll("/$", ""), voxel, conf);
    TriangleMesh rebuilt = GroundTruth.caseArches(bare.toUri().toString().replaceAll("/$", ""), voxel, conf);

    assertThat(rebuilt.vertexCount()).isGreaterThan(1000).isEqualTo(fromFiles.vertexCount());
    assertThat(rebuilt.faces()).isEqualTo(fromFiles.faces());
    assertThat(rebuilt.xyz()).containsExactly(fromFiles.xyz());
  }

  @Test
  void aCaseFolderWithNeitherMeshesNorSpecIsAnErrorNamingTheFolder() throws Exception {
    Path empty = tmp.resolve("case-000009");
    Files.createDirectories(empty);
    assertThatThrownBy(() -> GroundTruth.caseArches(empty.toUri().toString().replaceAll("/$", ""), 1.0,
        new Configuration()))
        .isInstanceOf(IOException.class).hasMessageContaining("case-000009").hasMessageContaining("spec.json");
  }
}
