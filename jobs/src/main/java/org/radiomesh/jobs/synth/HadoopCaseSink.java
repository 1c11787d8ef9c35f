package org.radiomesh.jobs.synth;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.radiomesh.synth.CaseSink;

/**
 * A {@link CaseSink} writing into a folder of any Hadoop file system. On the local file system it writes through the
 * raw file system, so case folders hold no {@code .crc} side files. O(bytes) per write.
 */
final class HadoopCaseSink implements CaseSink {
  private final Path root;
  private final FileSystem fs;

  HadoopCaseSink(Path root, Configuration conf) throws IOException {
    this.root = root;
    this.fs = fileSystem(root, conf);
  }

  /** The file system of {@code path}, raw for the local one. */
  static FileSystem fileSystem(Path path, Configuration conf) throws IOException {
    FileSystem fs = path.getFileSystem(conf);
    return fs instanceof LocalFileSystem local ? local.getRaw() : fs;
  }

  @Override
  public void write(String relativePath, byte[] bytes) throws IOException {
    Path target = new Path(root, CaseSink.checkPath(relativePath));
    try (OutputStream out = fs.create(target, true)) {
      out.write(bytes);
    } catch (IOException e) {
      throw new IOException("cannot write " + target + ": " + e.getMessage(), e);
    }
  }
}
