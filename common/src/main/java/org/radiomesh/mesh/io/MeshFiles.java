package org.radiomesh.mesh.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.radiomesh.mesh.TriangleMesh;

/**
 * Reads and writes mesh files in any {@link MeshFormat}: the one entry point for code that has a path or, in Spark
 * jobs, the bytes of a file from a Hadoop file system and its name.
 *
 * <p>Reading picks the format from the name's extension or else from the content ({@link MeshFormat#detect}) and
 * holds the whole file in memory; writing picks it from the extension and uses each format's default encoding (PLY
 * binary little endian, STL binary; {@link PlyWriter} and {@link StlWriter} take the others). A file with vertices and
 * no faces reads as a point cloud, and point clouds write as OBJ and PLY. Cost O(file size).
 *
 * <pre>{@code
 * TriangleMesh mesh = MeshFiles.read(Path.of("scan.ply"));
 * MeshFiles.write(mesh, Path.of("scan.obj"));
 * }</pre>
 */
public final class MeshFiles {
  private MeshFiles() {}

  /** Reads the mesh at {@code path}; errors name the path. */
  public static TriangleMesh read(Path path) throws IOException {
    byte[] content;
    try {
      content = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      NoSuchFileException clear = new NoSuchFileException(path.toString(), null, "no such file");
      clear.initCause(e);
      throw clear;
    }
    return read(path.toString(), content);
  }

  /**
   * Reads the mesh in {@code content}. {@code sourceName} (file name, path or URI) chooses the format by its extension
   * when it has one of .obj, .ply, .stl, and names the source in error messages.
   */
  public static TriangleMesh read(String sourceName, byte[] content) throws MeshFormatException {
    return read(sourceName, content, MeshFormat.detect(sourceName, content));
  }

  /** Reads {@code content} as the given format. */
  public static TriangleMesh read(String sourceName, byte[] content, MeshFormat format) throws MeshFormatException {
    return switch (format) {
      case OBJ -> ObjReader.read(sourceName, content);
      case PLY -> PlyReader.read(sourceName, content);
      case STL -> StlReader.read(sourceName, content);
    };
  }

  /**
   * Writes {@code mesh} to {@code path} in the format its extension names, through a temporary file in the same
   * directory that is then moved into place, so that readers never see half a file.
   *
   * @throws MeshFormatException when the extension is not .obj, .ply or .stl
   */
  public static void write(TriangleMesh mesh, Path path) throws IOException {
    MeshFormat format = MeshFormat.fromFileName(path.getFileName().toString()).orElseThrow(() ->
        MeshFormatException.inFile(path.toString(), "cannot write: expected the extension .obj, .ply or .stl"));
    // Not Files.createTempFile: its owner-only permissions would stay on the final file.
    Path tmp = path.resolveSibling("." + path.getFileName() + "." + System.nanoTime() + ".tmp");
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE), 1 << 16)) {
        write(mesh, out, format);
      }
      try {
        Files.move(tmp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Writes {@code mesh} to {@code out} in the format's default encoding; flushes, does not close, the stream. */
  public static void write(TriangleMesh mesh, OutputStream out, MeshFormat format) throws IOException {
    switch (format) {
      case OBJ -> ObjWriter.write(mesh, out);
      case PLY -> PlyWriter.write(mesh, out);
      case STL -> StlWriter.write(mesh, out);
      default -> throw new IllegalArgumentException("unknown format " + format);
    }
  }
}
