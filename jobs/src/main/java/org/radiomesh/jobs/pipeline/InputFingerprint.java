package org.radiomesh.jobs.pipeline;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.radiomesh.jobs.HadoopFiles;

/**
 * The fingerprint of a stage's inputs: SHA-256 (hex) over the stage's name, its settings, and for every input path
 * the sorted list of files under it (path relative to the input, size, modification time), or "absent". A file added,
 * removed, rewritten or touched changes it; so does any setting of the stage. Files under {@code exclude} (the
 * pipeline's own output folder when it lies inside an input root; not applied to inputs that are themselves inside
 * it, such as an earlier stage's table) and Spark's {@code _SUCCESS}/{@code .crc} files are
 * left out. Contents are not read. Cost: one recursive listing per input, O(files) metadata on the driver.
 */
public final class InputFingerprint {
  private InputFingerprint() {}

  /** The fingerprint of {@code inputs} with {@code settings} for stage {@code stage}. */
  public static String of(String stage, String settings, List<String> inputs, String exclude, Configuration conf)
      throws IOException {
    MessageDigest sha = sha256();
    update(sha, "stage " + stage + "\n" + settings);
    for (String input : inputs) {
      update(sha, "input " + input + "\n");
      for (String line : listing(input, exclude, conf)) {
        update(sha, line);
      }
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  private static List<String> listing(String input, String exclude, Configuration conf) throws IOException {
    Path root = new Path(input);
    FileSystem fs = root.getFileSystem(conf);
    FileStatus top;
    try {
      top = fs.getFileStatus(root);
    } catch (FileNotFoundException e) {
      return List.of("absent\n");
    }
    String prefix = fs.makeQualified(root).toString();
    String excluded = exclude == null ? null : fs.makeQualified(new Path(exclude)).toString();
    if (excluded != null && (prefix.equals(excluded) || prefix.startsWith(excluded + "/"))) {
      excluded = null; // an input inside the output folder (an earlier stage's table) is listed whole
    }
    List<String> lines = new ArrayList<>();
    if (!top.isDirectory()) {
      lines.add(". " + top.getLen() + " " + top.getModificationTime() + "\n");
      return lines;
    }
    for (Iterator<FileStatus> it = HadoopFiles.files(fs, root); it.hasNext(); ) {
      FileStatus s = it.next();
      String full = s.getPath().toString();
      String name = s.getPath().getName();
      if ((excluded != null && (full.equals(excluded) || full.startsWith(excluded + "/")))
          || name.equals("_SUCCESS") || name.endsWith(".crc")) {
        continue;
      }
      String rel = full.startsWith(prefix) ? full.substring(prefix.length()) : full;
      lines.add(rel + " " + s.getLen() + " " + s.getModificationTime() + "\n");
    }
    lines.sort(null);
    return lines;
  }

  private static void update(MessageDigest sha, String s) {
    sha.update(s.getBytes(StandardCharsets.UTF_8));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
