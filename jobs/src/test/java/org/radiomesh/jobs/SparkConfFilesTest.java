package org.radiomesh.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.spark.internal.config.ConfigEntry;
import org.apache.spark.sql.internal.SQLConf;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The files in conf/ parse as spark-defaults files and name only keys Spark (or the plugin they enable) knows. */
class SparkConfFilesTest {
  private static final Path CONF = Path.of(System.getProperty("maven.multiModuleProjectDirectory",
      Path.of("").toAbsolutePath().getParent().toString()), "conf");
  /** Resource scheduling keys are built from the resource name, so Spark has no registered entry for them. */
  private static final Pattern RESOURCE = Pattern.compile(
      "spark\\.(driver|executor|task)\\.resource\\.[a-z]+\\.(amount|discoveryScript|vendor)");
  /** Keys SparkConf and SparkContext read by name (setMaster, setAppName), without a registered entry. */
  private static final java.util.Set<String> BY_NAME = java.util.Set.of("spark.master", "spark.app.name");

  @ParameterizedTest
  @ValueSource(strings = {"spark-local.conf", "spark-cluster.conf", "spark-gpu.conf"})
  void everyKeyIsKnownToSpark(String name) throws Exception {
    Path file = CONF.resolve(name);
    Map<String, String> settings = SparkDefaultsFile.parse(file, Files.readAllLines(file));
    assertThat(settings).isNotEmpty();
    // Loading these objects registers Spark's core, UI and SQL configuration entries.
    SQLConf.get();
    Class.forName("org.apache.spark.internal.config.package$");
    Class.forName("org.apache.spark.internal.config.UI$");
    Class.forName("org.apache.spark.internal.config.Kryo$");
    for (String key : settings.keySet()) {
      boolean known = ConfigEntry.findEntry(key) != null
          || BY_NAME.contains(key) || RESOURCE.matcher(key).matches() || key.startsWith("spark.rapids.");
      assertThat(known).as("%s names a key Spark does not know: %s", name, key).isTrue();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"spark-gpu.conf"})
  void gpuConfEnablesRapidsAndGpuScheduling(String name) throws Exception {
    Path file = CONF.resolve(name);
    Map<String, String> s = SparkDefaultsFile.parse(file, Files.readAllLines(file));
    assertThat(s).containsEntry("spark.plugins", "com.nvidia.spark.SQLPlugin")
        .containsKeys("spark.executor.resource.gpu.amount", "spark.task.resource.gpu.amount",
            "spark.executor.resource.gpu.discoveryScript");
    assertThat(Double.parseDouble(s.get("spark.task.resource.gpu.amount"))).isGreaterThan(0).isLessThanOrEqualTo(1);
  }

  @org.junit.jupiter.api.Test
  void aLineWithoutValueIsRejectedWithItsPosition() {
    assertThatThrownBy(() -> SparkDefaultsFile.parse(Path.of("x.conf"), List.of("# c", "spark.master local", "oops")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x.conf:3");
  }
}
