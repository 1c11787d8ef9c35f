package org.radiomesh.jobs.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.radiomesh.model.ModelIdentity;
import org.radiomesh.model.ModelReference;

/**
 * Makes a model directory available on the local disk: a local reference is used where it is; a remote one
 * ({@code hdfs://}, {@code s3a://}, any Hadoop file system) is copied once into {@code <cacheDir>/<content hash>/}
 * and reused by every later load on that machine, from this JVM or another.
 *
 * <p>How the cache is keyed: a listing key (SHA-256 of the URI and each file's relative path, length and
 * modification time) names a small file {@code <cacheDir>/sources/<listing key>} holding the content hash
 * ({@link ModelIdentity#contentHash}) of the copy. When the listing is unchanged and the hashed folder is complete,
 * nothing is read from the remote file system beyond the listing; otherwise the files are copied into a temporary
 * folder, hashed, and moved atomically to {@code <cacheDir>/<content hash>} (a concurrent copier that loses the race
 * deletes its own). Files and folders whose name starts with a dot are skipped, as in the content hash.
 *
 * <p>Cost: O(files) for the listing; O(bytes) once per machine for the copy and hash.
 */
public final class ModelFetcher {
  /** Marker file inside a complete cached copy (hidden, so outside the content hash). */
  static final String COMPLETE = ".complete";
  private static final AtomicLong COPIES = new AtomicLong();

  private ModelFetcher() {}

  /** The local directory of {@code ref}'s model, copying a remote directory into the cache when needed. */
  public static java.nio.file.Path localDirectory(ModelReference ref, Configuration conf) throws IOException {
    if (ref.isLocal()) {
      return ref.localPath();
    }
    Path root = new Path(ref.uri());
    FileSystem fs = root.getFileSystem(conf);
    if (!fs.getFileStatus(root).isDirectory()) {
      throw new IOException(ref.uri() + ": expected a model directory, found a file");
    }
    String rootPath = fs.makeQualified(root).toUri().getPath();
    List<LocatedFileStatus> files = new ArrayList<>();
    for (RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true); it.hasNext(); ) {
      LocatedFileStatus status = it.next();
      if (Stream.of(relative(rootPath, status).split("/")).noneMatch(p -> p.startsWith("."))) {
        files.add(status);
      }
    }
    files.sort(Comparator.comparing(s -> relative(rootPath, s)));
    StringBuilder listing = new StringBuilder(ref.uri()).append('\n');
    for (LocatedFileStatus s : files) {
      listing.append(relative(rootPath, s)).append('\t').append(s.getLen()).append('\t')
          .append(s.getModificationTime()).append('\n');
    }
    java.nio.file.Path cache = java.nio.file.Path.of(ref.option("cacheDir",
        System.getProperty("java.io.tmpdir") + "/radiomesh-models")).toAbsolutePath();
    java.nio.file.Path source = cache.resolve("sources").resolve(sha256(listing.toString()).substring(0, 32));
    if (Files.isRegularFile(source)) {
      java.nio.file.Path cached = cache.resolve(Files.readString(source).strip());
      if (Files.isRegularFile(cached.resolve(COMPLETE))) {
        return cached;
      }
    }
    java.nio.file.Path copy = copy(fs, rootPath, files, cache, ref.uri());
    Files.createDirectories(source.getParent());
    java.nio.file.Path tmp = Files.createTempFile(source.getParent(), ".source-", ".tmp");
    Files.writeString(tmp, copy.getFileName().toString());
    Files.move(tmp, source, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    return copy;
  }

  /** Remote directories copied by this JVM so far. */
  public static long copies() {
    return COPIES.get();
  }

  private static java.nio.file.Path copy(FileSystem fs, String rootPath, List<LocatedFileStatus> files,
      java.nio.file.Path cache, String uri) throws IOException {
    Files.createDirectories(cache);
    java.nio.file.Path tmp = Files.createTempDirectory(cache, ".download-");
    try {
      for (LocatedFileStatus s : files) {
        java.nio.file.Path target = tmp.resolve(relative(rootPath, s));
        Files.createDirectories(target.getParent());
        try (InputStream in = fs.open(s.getPath())) {
          Files.copy(in, target);
        }
        if (Files.size(target) != s.getLen()) {
          throw new IOException(s.getPath() + ": copied " + Files.size(target) + " bytes, listed " + s.getLen());
        }
      }
      String hash = ModelIdentity.contentHash(tmp);
      Files.createFile(tmp.resolve(COMPLETE));
      java.nio.file.Path target = cache.resolve(hash);
      COPIES.incrementAndGet();
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (FileSystemException e) {
        // another copier finished first with the same content (Linux reports a non-empty target as a plain
        // FileSystemException "Directory not empty"): keep theirs
        if (!Files.isRegularFile(target.resolve(COMPLETE))) {
          throw new IOException(target + ": exists without " + COMPLETE + " while caching " + uri, e);
        }
        deleteRecursively(tmp);
      }
      return target;
    } catch (IOException | RuntimeException e) {
      if (Files.exists(tmp)) {
        deleteRecursively(tmp);
      }
      throw e;
    }
  }

  private static String relative(String rootPath, LocatedFileStatus status) {
    String path = status.getPath().toUri().getPath();
    return path.substring(rootPath.length()).replaceFirst("^/+", "");
  }

  private static void deleteRecursively(java.nio.file.Path dir) throws IOException {
    try (Stream<java.nio.file.Path> walk = Files.walk(dir)) {
      for (java.nio.file.Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
