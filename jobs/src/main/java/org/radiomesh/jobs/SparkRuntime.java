package org.radiomesh.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.radiomesh.cli.SparkOptions;

/**
 * Creates the SparkSession for a radiomesh command.
 *
 * <p>Three cases: (1) a session is already active in this JVM (tests, notebooks): it is used as it is; (2) the JVM was
 * started by {@code spark-submit}, which sets {@code spark.master}: spark-submit's settings win and only {@code --conf}
 * is added; (3) an in-process run from {@code bin/radiomesh}: the embedded defaults of {@code conf/spark-local.conf}
 * (found through the {@code radiomesh.conf.dir} system property) are loaded, then {@code --master} and {@code --conf}.
 * Master, memory and GPU settings therefore always come from configuration, never from code.
 */
public final class SparkRuntime {
  private static final Logger LOG = LogManager.getLogger(SparkRuntime.class);
  /** System property naming the folder that holds spark-local.conf; bin/radiomesh sets it to conf/. */
  public static final String CONF_DIR_PROPERTY = "radiomesh.conf.dir";

  private SparkRuntime() {}

  /** The session for a command named {@code appName}. */
  public static SparkSession session(String appName, SparkOptions options) {
    var active = SparkSession.getActiveSession();
    if (active.isDefined()) {
      return active.get();
    }
    var dflt = SparkSession.getDefaultSession();
    if (dflt.isDefined()) {
      return dflt.get();
    }
    SparkConf conf = new SparkConf(true);
    boolean submitted = conf.contains("spark.master");
    if (submitted) {
      if (options.master() != null) {
        LOG.warn("--master {} ignored: this JVM was started by spark-submit with master {}", options.master(),
            conf.get("spark.master"));
      }
    } else {
      loadLocalDefaults(conf);
      if (options.master() != null) {
        conf.setMaster(options.master());
      }
      if (!conf.contains("spark.master")) {
        conf.setMaster("local[*]");
      }
    }
    for (Map.Entry<String, String> e : options.conf().entrySet()) {
      conf.set(e.getKey(), e.getValue());
    }
    if (!conf.contains("spark.app.name") || "radiomesh".equals(conf.get("spark.app.name"))) {
      conf.setAppName("radiomesh " + appName);
    }
    return SparkSession.builder().config(conf).getOrCreate();
  }

  /** Prints progress lines for long stages on stderr (see {@link StageProgress}); once per session. */
  public static void attachProgress(SparkSession session) {
    attachProgress(session, 10);
  }

  /** As {@link #attachProgress(SparkSession)}, with a line at most every {@code intervalSeconds} per stage. */
  public static synchronized void attachProgress(SparkSession session, double intervalSeconds) {
    if (!progressAttached) {
      session.sparkContext().addSparkListener(new StageProgress(System.err, intervalSeconds));
      progressAttached = true;
    }
  }

  private static boolean progressAttached;

  /** Loads spark-defaults-style "key value" lines from {@code $radiomesh.conf.dir/spark-local.conf} when present. */
  static void loadLocalDefaults(SparkConf conf) {
    String dir = System.getProperty(CONF_DIR_PROPERTY);
    if (dir == null) {
      return;
    }
    Path file = Path.of(dir, "spark-local.conf");
    if (!Files.isRegularFile(file)) {
      LOG.warn("{} not found: using Spark's defaults with master local[*]", file);
      return;
    }
    try {
      for (Map.Entry<String, String> e : SparkDefaultsFile.parse(file, Files.readAllLines(file)).entrySet()) {
        conf.setIfMissing(e.getKey(), e.getValue());
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** The settings of a spark-defaults file as a list, for tests and {@code radiomesh submit}. */
  static List<String> describe(SparkConf conf) {
    return java.util.Arrays.stream(conf.getAll()).map(t -> t._1() + "=" + t._2()).sorted().toList();
  }
}
