package org.radiomesh;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** common/ is the pure-Java core: no source file imports Spark or Hadoop (the enforcer bans the dependencies too). */
class ArchitectureTest {
  private static final Pattern FORBIDDEN = Pattern.compile("^\\s*import\\s+(static\\s+)?org\\.apache\\.(spark|hadoop)\\.",
      Pattern.MULTILINE);

  @Test
  void commonImportsNeitherSparkNorHadoop() throws IOException {
    Path main = Path.of("src/main/java");
    assertThat(main).isDirectory();
    List<Path> offenders;
    try (Stream<Path> files = Files.walk(main)) {
      offenders = files.filter(p -> p.toString().endsWith(".java")).filter(ArchitectureTest::importsForbidden).toList();
    }
    assertThat(offenders).isEmpty();
  }

  @Test
  void theCheckSeesAForbiddenImport() {
    assertThat(FORBIDDEN.matcher("package x;\nimport org.apache.spark.sql.Row;\n").find()).isTrue();
    assertThat(FORBIDDEN.matcher("package x;\n// import org.apache.hadoop in a comment\n").find()).isFalse();
  }

  private static boolean importsForbidden(Path file) {
    try {
      return FORBIDDEN.matcher(Files.readString(file)).find();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
