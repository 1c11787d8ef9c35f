package org.radiomesh.synth;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A {@link CaseSink} writing into a folder of the local file system. Each file goes to a hidden temporary sibling
 * first and is moved into place, so a reader never sees half a file. O(bytes) per write.
 */
public final class DirectorySink implements CaseSink {
  private final Path root;

  /** A sink writing under {@code root} (created when missing). */
  public DirectorySink(Path root) {
    this.root = root.toAbsolutePath();
  }

  public Path root() {
    return root;
  }

  @Override
  public void write(String relativePath, byte[] bytes) throws IOException {
    Path target = root.resolve(CaseSink.checkPath(relativePath));
    Files.createDirectories(target.getParent());
    Path tmp = target.resolveSibling("." + target.getFileName() + ".part");
    try {
      Files.write(tmp, bytes);
      try {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      Files.deleteIfExists(tmp);
      throw new IOException("cannot write " + target + ": " + e.getMessage(), e);
    }
  }
}
