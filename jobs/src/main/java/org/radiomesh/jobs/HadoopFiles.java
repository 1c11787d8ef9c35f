package org.radiomesh.jobs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Reads and writes whole small files (meshes, JSON) and lists folders on any Hadoop file system ({@code file:},
 * {@code hdfs:}, ...).
 * Paths without a scheme resolve against the configuration's default file system, as everywhere in Hadoop.
 */
public final class HadoopFiles {
  private HadoopFiles() {}

  /**
   * The bytes of {@code uri}, refusing files above {@code maxBytes} before reading them.
   *
   * @throws IOException when the file is missing, unreadable or too large (the message names it)
   */
  public static byte[] readAll(String uri, Configuration conf, long maxBytes) throws IOException {
    Path path = new Path(uri);
    FileSystem fs = path.getFileSystem(conf);
    long length = fs.getFileStatus(path).getLen();
    if (length > maxBytes) {
      throw new IOException(uri + ": " + length + " bytes, above the limit of " + maxBytes);
    }
    byte[] out = new byte[(int) length];
    try (FSDataInputStream in = fs.open(path)) {
      in.readFully(0, out);
    }
    return out;
  }

  /** Reads at most {@code maxBytes} from the start of {@code uri} (fewer when the file is shorter). */
  public static byte[] readHead(String uri, Configuration conf, int maxBytes) throws IOException {
    Path path = new Path(uri);
    try (InputStream in = path.getFileSystem(conf).open(path)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(maxBytes, 1 << 16));
      byte[] buf = new byte[8192];
      int total = 0;
      int n;
      while (total < maxBytes && (n = in.read(buf, 0, Math.min(buf.length, maxBytes - total))) > 0) {
        out.write(buf, 0, n);
        total += n;
      }
      return out.toByteArray();
    }
  }

  /** Writes {@code text} as UTF-8 to {@code uri}, replacing it; parent folders are created. */
  public static void writeString(String uri, String text, Configuration conf) throws IOException {
    write(uri, text.getBytes(StandardCharsets.UTF_8), conf);
  }

  /** Writes {@code bytes} to {@code uri}, replacing it; parent folders are created. */
  public static void write(String uri, byte[] bytes, Configuration conf) throws IOException {
    Path path = new Path(uri);
    try (OutputStream out = path.getFileSystem(conf).create(path, true)) {
      out.write(bytes);
    }
  }

  /** True when {@code uri} exists. */
  public static boolean exists(String uri, Configuration conf) throws IOException {
    Path path = new Path(uri);
    return path.getFileSystem(conf).exists(path);
  }

  /**
   * The files under folder {@code dir}, recursively, listed lazily folder by folder ({@code listStatusIterator}, depth
   * first; symbolic links to folders are followed where the file system reports them as folders). Not
   * {@code listFiles(dir, true)}: on the local file system its {@code LocatedFileStatus} reads every file's
   * permissions, which without Hadoop's native library forks a process per file (56 s instead of 0.9 s for 10,000
   * files). The iterator throws {@link java.io.UncheckedIOException} when a folder cannot be listed.
   */
  public static Iterator<FileStatus> files(FileSystem fs, Path dir) throws IOException {
    Deque<RemoteIterator<FileStatus>> open = new ArrayDeque<>();
    open.push(fs.listStatusIterator(dir));
    return new Iterator<>() {
      private FileStatus next = advance();

      private FileStatus advance() {
        try {
          while (!open.isEmpty()) {
            RemoteIterator<FileStatus> it = open.peek();
            if (!it.hasNext()) {
              open.pop();
              continue;
            }
            FileStatus st = it.next();
            if (st.isDirectory()) {
              open.push(fs.listStatusIterator(st.getPath()));
            } else if (st.isFile()) {
              return st;
            }
          }
          return null;
        } catch (IOException e) {
          throw new java.io.UncheckedIOException("listing " + dir, e);
        }
      }

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public FileStatus next() {
        if (next == null) {
          throw new NoSuchElementException();
        }
        FileStatus r = next;
        next = advance();
        return r;
      }
    };
  }

  /** {@code child} under {@code dir}, with exactly one slash between them. */
  public static String resolve(String dir, String child) {
    return dir.endsWith("/") ? dir + child : dir + "/" + child;
  }
}
