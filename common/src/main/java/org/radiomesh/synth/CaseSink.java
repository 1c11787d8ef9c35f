package org.radiomesh.synth;

import java.io.IOException;

/**
 * Where the files of one case go: a folder on some file system, a map in memory, a checksumming wrapper. Paths are
 * relative to the case folder, with {@code /} separators and no {@code ..} (for example {@code mesh/teeth/36.obj});
 * parent folders are the sink's business. Writing the same path twice replaces the first file.
 *
 * <p>This is the generator's only output seam, in the manner of Parquet's {@code OutputFile}: {@code common} writes
 * through it and the Spark job supplies a Hadoop implementation.
 */
@FunctionalInterface
public interface CaseSink {

  /**
   * Stores {@code bytes} under {@code relativePath}.
   *
   * @throws IOException when the file cannot be written; the message names it
   */
  void write(String relativePath, byte[] bytes) throws IOException;

  /**
   * Checks a relative case path: non-empty, {@code /}-separated, no empty, {@code .} or {@code ..} segment, no
   * backslash, not absolute.
   *
   * @throws IllegalArgumentException naming the path and what is wrong with it
   */
  static String checkPath(String relativePath) {
    if (relativePath == null || relativePath.isEmpty() || relativePath.startsWith("/")
        || relativePath.indexOf('\\') >= 0) {
      throw new IllegalArgumentException("case file path '" + relativePath
          + "': expected a non-empty relative path with / separators");
    }
    for (String segment : relativePath.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        throw new IllegalArgumentException("case file path '" + relativePath + "': empty, . or .. segment");
      }
    }
    return relativePath;
  }
}
