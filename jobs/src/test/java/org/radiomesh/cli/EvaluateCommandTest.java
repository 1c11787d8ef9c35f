package org.radiomesh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radiomesh.jobs.LocalSpark;
import org.radiomesh.mesh.TriangleMesh;
import org.radiomesh.mesh.io.MeshFiles;

class EvaluateCommandTest {

  @Test
  void evaluatesAManifestFromTheCommandLine(@TempDir Path dir) throws Exception {
    LocalSpark.session();
    float[] v = {0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1};
    int[] f = {0, 2, 1, 0, 1, 3, 0, 3, 2, 1, 2, 3};
    MeshFiles.write(TriangleMesh.of(v, f), dir.resolve("t.obj"));
    Files.writeString(dir.resolve("p.csv"), "id,pred,gt\nself,t.obj,t.obj\nghost,none.obj,t.obj\n");
    CliTestRun run = CliTestRun.of("evaluate", "--pairs", dir.resolve("p.csv").toString(), "--out",
        dir.resolve("out").toString(), "--samples", "500", "--thresholds", "0.02", "--mode", "kaolin");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("2 pairs, 1 scored, 1 errors {READ_FAILED=1}");
    assertThat(Files.readString(dir.resolve("out/summary.json"))).contains("\"fScoreMode\" : \"kaolin\"");
  }

  @Test
  void aManifestWithoutTheRequiredColumnsIsAUsageError(@TempDir Path dir) throws Exception {
    LocalSpark.session();
    Files.writeString(dir.resolve("p.csv"), "name,pred\na,b.obj\n");
    CliTestRun run = CliTestRun.of("evaluate", "--pairs", dir.resolve("p.csv").toString(), "--out",
        dir.resolve("out").toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("missing column(s) [id, gt]");
  }
}
