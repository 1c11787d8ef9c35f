package org.radiomesh.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.radiomesh.jobs.SparkRuntime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code radiomesh submit [options] COMMAND [ARGS...]}: prints (or runs, with {@code --run}) the {@code spark-submit}
 * line that runs a radiomesh command from the shaded job jar on a cluster, with a properties file from {@code conf/}.
 */
@Command(name = "submit", mixinStandardHelpOptions = true,
    description = {"Print or run the spark-submit line for a radiomesh command on a cluster.",
        "Example: radiomesh submit --master yarn --deploy-mode cluster -- evaluate --pairs hdfs:///p.csv --out hdfs:///e"})
public final class SubmitCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "COMMAND", description = "The radiomesh command and its arguments.")
  List<String> command;

  @Option(names = "--properties-file", paramLabel = "FILE",
      description = "Spark properties (default: conf/spark-cluster.conf, or conf/spark-gpu.conf with --gpu).")
  Path propertiesFile;

  @Option(names = "--gpu", description = "Use conf/spark-gpu.conf (RAPIDS plugin, GPU resources) and add the RAPIDS jar.")
  boolean gpu;

  @Option(names = "--rapids-jar", paramLabel = "JAR",
      description = "rapids-4-spark_2.12-25.04.0.jar for --gpu (default: $RAPIDS_JAR).")
  String rapidsJar = System.getenv("RAPIDS_JAR");

  @Option(names = "--master", paramLabel = "URL", description = "spark://host:7077, yarn, k8s://https://host:443, local[*]...")
  String master;

  @Option(names = "--deploy-mode", paramLabel = "MODE", description = "client or cluster.")
  String deployMode;

  @Option(names = "--jar", paramLabel = "JAR", description = "The job jar (default: the jar this command runs from).")
  String jar;

  @Option(names = "--spark-submit", paramLabel = "PATH",
      description = "spark-submit to use (default: $SPARK_HOME/bin/spark-submit, else spark-submit on PATH).")
  String sparkSubmit;

  @Option(names = "--run", description = "Run the line instead of printing it; exits with its exit code.")
  boolean run;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    List<String> line = commandLine();
    if (!run) {
      spec.commandLine().getOut().println(shellQuote(line));
      spec.commandLine().getOut().flush();
      return ExitCodes.OK;
    }
    Process p = new ProcessBuilder(line).inheritIO().start();
    return p.waitFor();
  }

  List<String> commandLine() {
    List<String> line = new ArrayList<>();
    line.add(sparkSubmit != null ? sparkSubmit : defaultSparkSubmit());
    line.add("--class");
    line.add(Radiomesh.class.getName());
    if (master != null) {
      line.add("--master");
      line.add(master);
    }
    if (deployMode != null) {
      line.add("--deploy-mode");
      line.add(deployMode);
    }
    Path props = propertiesFile != null ? propertiesFile : confDir().resolve(gpu ? "spark-gpu.conf" : "spark-cluster.conf");
    if (!Files.isRegularFile(props)) {
      throw new IllegalArgumentException("properties file " + props + " not found (--properties-file to choose one)");
    }
    line.add("--properties-file");
    line.add(props.toString());
    if (gpu) {
      if (rapidsJar == null || rapidsJar.isBlank()) {
        throw new IllegalArgumentException("--gpu needs the RAPIDS jar: --rapids-jar or $RAPIDS_JAR "
            + "(com.nvidia:rapids-4-spark_2.12:25.04.0)");
      }
      line.add("--jars");
      line.add(rapidsJar);
    }
    line.add(jar != null ? jar : defaultJar());
    line.addAll(command);
    return line;
  }

  private static Path confDir() {
    String dir = System.getProperty(SparkRuntime.CONF_DIR_PROPERTY);
    return Path.of(dir != null ? dir : "conf");
  }

  private static String defaultSparkSubmit() {
    String home = System.getenv("SPARK_HOME");
    return home != null ? Path.of(home, "bin", "spark-submit").toString() : "spark-submit";
  }

  private static String defaultJar() {
    try {
      Path self = Path.of(Radiomesh.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (self.toString().endsWith(".jar")) {
        return self.toString();
      }
    } catch (java.net.URISyntaxException | SecurityException e) {
      throw new IllegalStateException("cannot locate the job jar: " + e.getMessage(), e);
    }
    return Path.of("jobs", "target", "radiomesh-jobs.jar").toAbsolutePath().toString();
  }

  static String shellQuote(List<String> words) {
    StringBuilder sb = new StringBuilder();
    for (String w : words) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(w.matches("[A-Za-z0-9_./:=@%+,-]+") ? w : "'" + w.replace("'", "'\\''") + "'");
    }
    return sb.toString();
  }
}
