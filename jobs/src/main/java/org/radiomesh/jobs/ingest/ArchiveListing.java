package org.radiomesh.jobs.ingest;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.PathMatcher;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.radiomesh.jobs.HadoopFiles;
import org.radiomesh.jobs.ShippedConfiguration;

/**
 * Lists every file under the input roots on any Hadoop file system, spreading the work over the executors: the driver
 * walks the top of each tree breadth-first until it has enough folders (or has gone {@value #MAX_DRIVER_DEPTH} levels
 * down), then each executor task lists whole subtrees folder by folder ({@link HadoopFiles#files}). Only names,
 * lengths and modification times are fetched; no file is opened. Unlike Spark's file index, names starting with
 * {@code .} or {@code _} are listed too, and the driver never holds the whole listing.
 *
 * <p>Globs: {@code --include}/{@code --exclude} patterns use {@link PathMatcher} glob syntax; a pattern without
 * {@code /} matches the file name ({@code *.dcm}), one with {@code /} matches the path relative to its root
 * ({@code 2019/**}). A file is kept when it matches some include (or none are given) and no exclude. Files under the
 * output folder are always left out. Rows: {@code path} (fully qualified), {@code size_bytes},
 * {@code modification_time_ms}; each path once even when roots overlap. Cost: O(files) listing calls' worth of
 * metadata.
 */
final class ArchiveListing {
  static final StructType SCHEMA = new StructType()
      .add("path", DataTypes.StringType, false)
      .add("size_bytes", DataTypes.LongType, false)
      .add("modification_time_ms", DataTypes.LongType, false);
  static final int MAX_DRIVER_DEPTH = 3;

  private ArchiveListing() {}

  /** A folder to list on an executor, with the root that relative globs refer to. */
  // A class, not a record: Spark's Kryo serializer (conf/spark-local.conf) cannot set a record's final fields.
  private static final class Subtree implements Serializable {
    private static final long serialVersionUID = 1L;
    private String dir;
    private String root;

    Subtree(String dir, String root) {
      this.dir = dir;
      this.root = root;
    }

    String dir() {
      return dir;
    }

    String root() {
      return root;
    }
  }

  /** The include/exclude filter; patterns are compiled once per JVM that uses the filter. */
  static final class Globs implements Serializable {
    private static final long serialVersionUID = 1L;
    private final List<String> includes;
    private final List<String> excludes;
    private final String outDir;
    private transient List<PathMatcher> includeMatchers;
    private transient List<PathMatcher> excludeMatchers;

    /** @param outDir the qualified output folder, whose files are never listed, or null */
    Globs(List<String> includes, List<String> excludes, String outDir) {
      this.includes = List.copyOf(includes);
      this.excludes = List.copyOf(excludes);
      this.outDir = outDir;
    }

    boolean keep(String path, String root) {
      if (outDir != null && (path.equals(outDir) || path.startsWith(outDir + "/"))) {
        return false;
      }
      if (includeMatchers == null) {
        includeMatchers = compile(includes);
        excludeMatchers = compile(excludes);
      }
      String relative = path.length() > root.length() ? path.substring(root.length()).replaceFirst("^/+", "")
          : new Path(path).getName();
      boolean included = includes.isEmpty() || matchesAny(includes, includeMatchers, relative);
      return included && !matchesAny(excludes, excludeMatchers, relative);
    }

    private static List<PathMatcher> compile(List<String> globs) {
      return globs.stream().map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g)).toList();
    }

    private static boolean matchesAny(List<String> globs, List<PathMatcher> matchers, String relative) {
      for (int i = 0; i < globs.size(); i++) {
        String subject = globs.get(i).contains("/") ? relative : Paths.get(relative).getFileName().toString();
        if (matchers.get(i).matches(Paths.get(subject))) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * Lists the roots.
   *
   * @param roots folders or single files, any Hadoop URI
   * @param globs the include/exclude filter
   * @param targetTasks how many listing tasks to aim for
   * @throws IllegalArgumentException when a root does not exist
   */
  static Dataset<Row> list(SparkSession spark, List<String> roots, Globs globs, int targetTasks) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    List<Row> files = new ArrayList<>();
    List<Subtree> frontier = new ArrayList<>();
    try {
      for (String r : roots) {
        Path root = new Path(r);
        FileSystem fs = root.getFileSystem(conf);
        FileStatus st;
        try {
          st = fs.getFileStatus(root);
        } catch (FileNotFoundException e) {
          throw new IllegalArgumentException("--input " + r + ": no such file or folder");
        }
        String qualified = fs.makeQualified(root).toString();
        if (st.isFile()) {
          addIfKept(files, st, globs, qualified.substring(0, qualified.lastIndexOf('/')));
        } else {
          frontier.add(new Subtree(qualified, qualified));
        }
      }
      for (int depth = 0; depth < MAX_DRIVER_DEPTH && !frontier.isEmpty() && frontier.size() < targetTasks; depth++) {
        List<Subtree> next = new ArrayList<>();
        for (Subtree t : frontier) {
          Path dir = new Path(t.dir());
          for (FileStatus st : dir.getFileSystem(conf).listStatus(dir)) {
            if (st.isDirectory()) {
              next.add(new Subtree(st.getPath().toString(), t.root()));
            } else if (st.isFile()) {
              addIfKept(files, st, globs, t.root());
            }
          }
        }
        frontier = next;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("listing the input roots", e);
    }
    ShippedConfiguration shipped = new ShippedConfiguration(conf);
    var listed = JavaSparkContext.fromSparkContext(spark.sparkContext())
        .parallelize(frontier, Math.max(1, Math.min(frontier.size(), targetTasks)))
        .flatMap(t -> listSubtree(t, globs, shipped.get()))
        .union(JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(files, 1));
    return spark.createDataFrame(listed, SCHEMA).dropDuplicates("path");
  }

  /** The kept files of a subtree, listed lazily ({@link HadoopFiles#files}), so a task never holds a whole folder. */
  private static Iterator<Row> listSubtree(Subtree t, Globs globs, Configuration conf) throws IOException {
    Path dir = new Path(t.dir());
    Iterator<FileStatus> files = HadoopFiles.files(dir.getFileSystem(conf), dir);
    return new Iterator<>() {
      private Row next = advance();

      private Row advance() {
        while (files.hasNext()) {
          FileStatus st = files.next();
          if (globs.keep(st.getPath().toString(), t.root())) {
            return RowFactory.create(st.getPath().toString(), st.getLen(), st.getModificationTime());
          }
        }
        return null;
      }

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public Row next() {
        if (next == null) {
          throw new java.util.NoSuchElementException();
        }
        Row r = next;
        next = advance();
        return r;
      }
    };
  }

  private static void addIfKept(List<Row> out, FileStatus st, Globs globs, String root) {
    String path = st.getPath().toString();
    if (globs.keep(path, root)) {
      out.add(RowFactory.create(path, st.getLen(), st.getModificationTime()));
    }
  }
}
