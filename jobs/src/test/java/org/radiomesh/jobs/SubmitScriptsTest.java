package org.radiomesh.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scripts under submit/: every shell script parses ({@code bash -n}), the Airflow DAG compiles with the system
 * Python (skipped where there is none), and the per-cluster wrappers hand spark-submit the master, deploy mode, main
 * class, properties file, jar and command they document (checked with a stand-in spark-submit that prints its
 * arguments).
 */
class SubmitScriptsTest {
  private static final Path SUBMIT = Path.of("..", "submit").toAbsolutePath().normalize();

  @TempDir
  Path tmp;

  private static Result run(Map<String, String> env, String... cmd) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().putAll(env);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return new Result(p.exitValue(), out);
  }

  private record Result(int code, String out) {}

  @Test
  void everyShellScriptParses() throws Exception {
    List<Path> scripts = new ArrayList<>();
    try (Stream<Path> files = Files.list(SUBMIT)) {
      files.filter(f -> f.toString().endsWith(".sh") || f.getFileName().toString().equals("radiomesh-submit"))
          .forEach(scripts::add);
    }
    assertThat(scripts).extracting(f -> f.getFileName().toString())
        .contains("local.sh", "standalone.sh", "yarn.sh", "k8s.sh", "radiomesh-submit", "get-gpus.sh");
    for (Path s : scripts) {
      Result r = run(Map.of(), "bash", "-n", s.toString());
      assertThat(r.code()).as("bash -n %s: %s", s, r.out()).isZero();
      assertThat(Files.isExecutable(s)).as("%s is executable", s).isTrue();
    }
  }

  @Test
  void theAirflowDagIsValidPython() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/python3")), "no /usr/bin/python3");
    Path dag = SUBMIT.resolve("airflow/radiomesh_pipeline_dag.py");
    Result r = run(Map.of(), "/usr/bin/python3", "-c",
        "import py_compile, sys; py_compile.compile(sys.argv[1], cfile=sys.argv[2], doraise=True)", dag.toString(),
        tmp.resolve("dag.pyc").toString());
    assertThat(r.code()).as("py_compile: %s", r.out()).isZero();
    assertThat(Files.readString(dag)).contains("SparkSubmitOperator").contains("org.radiomesh.cli.Radiomesh")
        .contains("\"pipeline\"").contains("\"--input\"").contains("\"--out\"");
  }

  @Test
  void theWrappersPassTheirClusterSettingsToSparkSubmit() throws Exception {
    Path bin = Files.createDirectories(tmp.resolve("spark/bin"));
    Path fake = bin.resolve("spark-submit");
    Files.writeString(fake, "#!/usr/bin/env bash\nprintf '%s\\n' \"$@\"\n");
    Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path jar = Files.writeString(tmp.resolve("radiomesh-jobs.jar"), "stand-in");
    Map<String, String> env = Map.of("SPARK_HOME", tmp.resolve("spark").toString(), "RADIOMESH_JAR", jar.toString(),
        "PYTORCH_LIBRARY_PATH", "/opt/libtorch/lib");

    Result local = run(env, SUBMIT.resolve("local.sh").toString(), "pipeline", "--input", "in", "--out", "o");
    assertThat(local.code()).as(local.out()).isZero();
    assertThat(local.out().lines().toList()).containsSubsequence("--class", "org.radiomesh.cli.Radiomesh",
        "--properties-file", SUBMIT.resolveSibling("conf").resolve("spark-cluster.conf").toString(),
        "--conf", "spark.executorEnv.PYTORCH_LIBRARY_PATH=/opt/libtorch/lib",
        "--master", "local[*]", jar.toString(), "pipeline", "--input", "in", "--out", "o");

    Map<String, String> k8s = new java.util.HashMap<>(env);
    k8s.remove("RADIOMESH_JAR");
    k8s.putAll(Map.of("K8S_API", "https://k8s:6443", "RADIOMESH_IMAGE", "reg/radiomesh:1", "GPU", "1",
        "RAPIDS_JAR", "local:///opt/rapids.jar"));
    Result pod = run(k8s, SUBMIT.resolve("k8s.sh").toString(), "run-report", "s3a://b/runs/r1");
    assertThat(pod.code()).as(pod.out()).isZero();
    assertThat(pod.out().lines().toList()).containsSubsequence("--properties-file",
        SUBMIT.resolveSibling("conf").resolve("spark-gpu.conf").toString(), "--jars", "local:///opt/rapids.jar",
        "--master", "k8s://https://k8s:6443", "--deploy-mode", "cluster",
        "spark.kubernetes.container.image=reg/radiomesh:1", "local:///opt/radiomesh/radiomesh-jobs.jar",
        "run-report", "s3a://b/runs/r1");

    Result missing = run(Map.of("SPARK_HOME", tmp.resolve("spark").toString()), SUBMIT.resolve("yarn.sh").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.out()).contains("spark-submit to YARN in cluster mode");
  }
}
