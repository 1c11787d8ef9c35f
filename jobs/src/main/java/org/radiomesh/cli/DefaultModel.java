package org.radiomesh.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.radiomesh.jobs.SparkRuntime;

/**
 * Where the shipped findings model lives when a command is given no {@code --model}: the system property
 * {@value #PROPERTY} when set, else {@code data-samples/models/findings-v1} beside the {@code conf/} folder that
 * {@code bin/radiomesh} names ({@code radiomesh.conf.dir}), else the same relative to the working directory. O(1).
 */
final class DefaultModel {
  /** System property overriding the default model directory. */
  static final String PROPERTY = "radiomesh.model.dir";
  /** The shipped model's folder, relative to the repository root. */
  static final String RELATIVE = "data-samples/models/findings-v1";

  private DefaultModel() {}

  /** The default model directory (it may not exist; opening it reports that). */
  static Path path() {
    String explicit = System.getProperty(PROPERTY);
    if (explicit != null) {
      return Path.of(explicit);
    }
    String conf = System.getProperty(SparkRuntime.CONF_DIR_PROPERTY);
    if (conf != null) {
      Path beside = Path.of(conf).toAbsolutePath().getParent().resolve(RELATIVE);
      if (Files.isDirectory(beside)) {
        return beside;
      }
    }
    return Path.of(RELATIVE);
  }
}
