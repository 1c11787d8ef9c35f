package org.radiomesh.jobs;

import org.apache.spark.sql.SparkSession;

/**
 * The one local SparkSession shared by all Spark tests of this module: {@code local[2,4]} (two threads, a task tried
 * up to four times, as on a cluster), UI off, bound to 127.0.0.1,
 * WARN logging. Surefire runs the module's tests in one JVM, so the session starts once.
 */
public final class LocalSpark {
  private static SparkSession session;

  private LocalSpark() {}

  public static synchronized SparkSession session() {
    if (session == null) {
      session = SparkSession.builder()
          .master("local[2,4]")
          .appName("radiomesh-tests")
          .config("spark.ui.enabled", "false")
          .config("spark.ui.showConsoleProgress", "false")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.sql.shuffle.partitions", "4")
          .config("spark.sql.adaptive.enabled", "true")
          .getOrCreate();
      session.sparkContext().setLogLevel("WARN");
    }
    return session;
  }
}
