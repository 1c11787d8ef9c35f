package org.radiomesh.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Who produced an output row: the model's name and version from its manifest, and a SHA-256 content hash of its
 * directory, so that two directories with the same name and version but different weights never pass for one model.
 *
 * <p>The content hash covers every regular file under the directory, recursively, except files and folders whose name
 * starts with a dot (editor, {@code .crc} and cache marker files) and the documentation files at the top of the
 * directory ({@value #MODEL_CARD} and {@code README.md}), whose edits do not change what the model computes. Files are
 * taken in the order of their relative paths ({@code /} separators, {@link String#compareTo}); for each, the digest
 * reads the path in UTF-8, one zero byte, the file length as 8 bytes big-endian, then the bytes of the file. The hash
 * is 64 lower-case hex digits. The same bytes under the same relative paths give the same hash on any machine and file
 * system.
 *
 * <p>Cost: O(total bytes) to hash, read once in 64 KiB blocks.
 *
 * <pre>{@code
 * ModelIdentity id = ModelDirectory.open(Path.of("models/vlm")).identity();
 * row.put("model", id.toString());   // "vlm-tiny:1@sha256:1f0c2a9e4b7d"
 * }</pre>
 *
 * @param name the manifest's name
 * @param version the manifest's version
 * @param contentHash SHA-256 of the directory's files, 64 lower-case hex digits
 */
public record ModelIdentity(String name, String version, String contentHash) implements Serializable {
  /** The model card's file name; like {@code README.md} it is not part of the content hash. */
  public static final String MODEL_CARD = "MODEL_CARD.md";

  public ModelIdentity {
    if (contentHash == null || !contentHash.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("content hash '" + contentHash + "', expected 64 lower-case hex digits");
    }
  }

  /** The identity of the model in {@code dir} described by {@code manifest}. */
  public static ModelIdentity of(Path dir, ModelManifest manifest) throws IOException {
    return new ModelIdentity(manifest.name(), manifest.version(), contentHash(dir));
  }

  /** The first 12 hex digits of the content hash, enough to tell models apart in logs and paths. */
  public String shortHash() {
    return contentHash.substring(0, 12);
  }

  /** {@code name:version@sha256:<first 12 hex digits>}. */
  @Override
  public String toString() {
    return name + ":" + version + "@sha256:" + shortHash();
  }

  /** The relative paths that {@link #contentHash(Path)} covers, in hashing order. */
  public static List<String> hashedFiles(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> dir.relativize(p).toString().replace('\\', '/'))
          .filter(rel -> Stream.of(rel.split("/")).noneMatch(part -> part.startsWith(".")))
          .filter(rel -> !rel.equals(MODEL_CARD) && !rel.equals("README.md"))
          .sorted()
          .toList();
    }
  }

  /** The SHA-256 content hash of {@code dir}, as described in the class documentation. */
  public static String contentHash(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new ModelFormatException(dir, "expected a model directory");
    }
    MessageDigest digest = sha256();
    byte[] buffer = new byte[1 << 16];
    for (String rel : hashedFiles(dir)) {
      Path file = dir.resolve(rel);
      digest.update(rel.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(ByteBuffer.allocate(Long.BYTES).putLong(Files.size(file)).array());
      try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
        while (in.read(buffer) >= 0) {
          // the digest stream hashes what it reads
        }
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
