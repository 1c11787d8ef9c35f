package org.radiomesh.jobs.evaluate;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.Serializable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.util.SerializableConfiguration;
import org.radiomesh.mesh.TriangleMesh;
import org.radiomesh.mesh.io.MeshFiles;
import org.radiomesh.mesh.io.MeshFormatException;

/**
 * Loads one side of a pair on an executor, from a file on any Hadoop file system or from a mesh-table struct, and
 * turns every way that can fail into a {@link ScoringException} with its {@link ErrorReason}.
 */
final class PairReader implements Serializable {
  private static final long serialVersionUID = 1L;
  private final SerializableConfiguration conf;
  private final long maxFileBytes;
  private final boolean meshTables;

  /** A reader of files up to {@code maxFileBytes}; {@code meshTables} when the pairs come from two joined tables. */
  PairReader(Configuration conf, long maxFileBytes, boolean meshTables) {
    this.conf = new SerializableConfiguration(conf);
    this.maxFileBytes = maxFileBytes;
    this.meshTables = meshTables;
  }

  /** The mesh of {@code side} ("pred" or "gt"): from {@code struct} when not null, else read from {@code uri}. */
  TriangleMesh read(String side, String uri, Row struct) throws ScoringException {
    TriangleMesh mesh;
    if (struct != null) {
      try {
        mesh = MeshColumns.toMesh(struct);
      } catch (IllegalArgumentException | NullPointerException e) {
        throw new ScoringException(ErrorReason.MALFORMED_MESH, side + " mesh in table " + uri + ": " + e.getMessage(),
            e);
      }
    } else {
      if (meshTables) {
        throw new ScoringException(ErrorReason.MISSING_PAIR, "the " + side + " table has no mesh with this id", null);
      }
      if (uri == null || uri.isBlank()) {
        throw new ScoringException(ErrorReason.MISSING_PATH, side + " path is empty", null);
      }
      mesh = parse(side, uri, bytes(side, uri));
    }
    check(side, uri, mesh);
    return mesh;
  }

  private byte[] bytes(String side, String uri) throws ScoringException {
    try {
      Path path = new Path(uri);
      FileSystem fs = path.getFileSystem(conf.value());
      long length = fs.getFileStatus(path).getLen();
      if (length > maxFileBytes) {
        throw new ScoringException(ErrorReason.TOO_LARGE, side + " " + uri + ": " + length
            + " bytes, above the limit of " + maxFileBytes + " (--max-file-mb)", null);
      }
      byte[] out = new byte[(int) length];
      try (FSDataInputStream in = fs.open(path)) {
        in.readFully(0, out);
      }
      return out;
    } catch (FileNotFoundException e) {
      throw new ScoringException(ErrorReason.READ_FAILED, side + " " + uri + ": no such file", e);
    } catch (IOException | IllegalArgumentException e) {
      throw new ScoringException(ErrorReason.READ_FAILED, side + " " + uri + ": " + e.getMessage(), e);
    }
  }

  private static TriangleMesh parse(String side, String uri, byte[] bytes) throws ScoringException {
    try {
      return MeshFiles.read(uri, bytes);
    } catch (MeshFormatException e) {
      ErrorReason reason = isNonFinite(e.getMessage()) ? ErrorReason.NON_FINITE : ErrorReason.MALFORMED_MESH;
      throw new ScoringException(reason, side + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new ScoringException(ErrorReason.READ_FAILED, side + " " + uri + ": " + e.getMessage(), e);
    }
  }

  private static boolean isNonFinite(String message) {
    return message != null && (message.contains("NaN") || message.contains("finite") || message.contains("Inf"));
  }

  /** Rejects empty meshes and non-finite coordinates (which may also come from a mesh table). */
  private static void check(String side, String uri, TriangleMesh mesh) throws ScoringException {
    if (mesh.isEmpty()) {
      throw new ScoringException(ErrorReason.EMPTY_MESH, side + " " + uri + ": no vertices", null);
    }
    float[] xyz = mesh.xyz();
    for (int i = 0; i < xyz.length; i++) {
      if (!Float.isFinite(xyz[i])) {
        throw new ScoringException(ErrorReason.NON_FINITE, side + " " + uri + ": vertex " + (i / 3) + " has coordinate "
            + xyz[i] + ", expected a finite number", null);
      }
    }
  }
}
