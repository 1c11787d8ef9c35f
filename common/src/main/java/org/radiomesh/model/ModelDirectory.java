package org.radiomesh.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A model directory on the local file system whose manifest has been read and checked: every file the manifest names
 * exists, and the {@link ModelIdentity} has been computed. Immutable; opening costs O(directory bytes) for the hash.
 *
 * <pre>{@code
 * ModelDirectory dir = ModelDirectory.open(Path.of("data-samples/models/findings"));
 * Path weights = dir.file("model");
 * }</pre>
 */
public final class ModelDirectory {
  private final Path path;
  private final ModelManifest manifest;
  private final ModelIdentity identity;

  private ModelDirectory(Path path, ModelManifest manifest, ModelIdentity identity) {
    this.path = path;
    this.manifest = manifest;
    this.identity = identity;
  }

  /**
   * Opens {@code dir}: reads {@value ModelManifest#FILE_NAME}, checks that every file it names is a regular file in
   * the directory, and hashes the directory.
   *
   * @throws ModelFormatException when the directory, its manifest or a named file is missing or malformed
   */
  public static ModelDirectory open(Path dir) throws IOException {
    Path absolute = dir.toAbsolutePath().normalize();
    if (!Files.isDirectory(absolute)) {
      throw new ModelFormatException(absolute, "expected a model directory holding " + ModelManifest.FILE_NAME);
    }
    Path manifestFile = absolute.resolve(ModelManifest.FILE_NAME);
    if (!Files.isRegularFile(manifestFile)) {
      throw new ModelFormatException(manifestFile, "missing; every model directory describes itself in this file");
    }
    ModelManifest manifest = ModelManifest.read(manifestFile);
    for (Map.Entry<String, String> e : manifest.files().entrySet()) {
      Path file = absolute.resolve(e.getValue());
      if (!Files.isRegularFile(file)) {
        throw new ModelFormatException(file, "missing; " + manifestFile.getFileName() + " names it as files."
            + e.getKey());
      }
    }
    return new ModelDirectory(absolute, manifest, ModelIdentity.of(absolute, manifest));
  }

  /** The directory, absolute and normalised. */
  public Path path() {
    return path;
  }

  public ModelManifest manifest() {
    return manifest;
  }

  public ModelIdentity identity() {
    return identity;
  }

  /** The manifest file, for error messages. */
  public Path manifestFile() {
    return path.resolve(ModelManifest.FILE_NAME);
  }

  /** The absolute path of the file that the manifest names for {@code role}. */
  public Path file(String role) throws ModelFormatException {
    return path.resolve(manifest.file(role, manifestFile()));
  }

  @Override
  public String toString() {
    return identity + " at " + path;
  }
}
