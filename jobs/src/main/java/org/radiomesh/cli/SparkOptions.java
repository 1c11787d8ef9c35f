package org.radiomesh.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The Spark options every Spark command takes. Under {@code spark-submit} the master and configuration come from
 * spark-submit and {@code --master} is ignored with a warning; in-process runs default to {@code local[*]}.
 */
public final class SparkOptions {

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master for in-process runs (default: local[*], or spark.master from conf/spark-local.conf).")
  String master;

  @Option(names = "--conf", paramLabel = "KEY=VALUE",
      description = "Extra Spark configuration, repeatable (overrides conf/spark-local.conf).")
  Map<String, String> conf = new LinkedHashMap<>();

  public String master() {
    return master;
  }

  public Map<String, String> conf() {
    return conf;
  }
}
