package org.radiomesh.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelIdentityTest {
  @TempDir
  Path tmp;

  /** The documented digest input, built in one buffer from an explicit list of (path, bytes). */
  private static String bruteForce(List<String> paths, List<byte[]> contents) throws Exception {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    for (int i = 0; i < paths.size(); i++) {
      all.write(paths.get(i).getBytes(StandardCharsets.UTF_8));
      all.write(0);
      all.write(ByteBuffer.allocate(8).putLong(contents.get(i).length).array());
      all.write(contents.get(i));
    }
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(all.toByteArray()));
  }

  @Test
  void hashIsTheDocumentedDigestOverSortedRelativePaths() throws Exception {
    Random random = new Random(3);
    byte[] a = new byte[100_000];
    byte[] b = new byte[7];
    byte[] c = new byte[0];
    random.nextBytes(a);
    random.nextBytes(b);
    Files.createDirectories(tmp.resolve("weights"));
    // written out of order on purpose: the hash must not depend on creation or listing order
    Files.write(tmp.resolve("weights/lm.pt"), a);
    Files.write(tmp.resolve("radiomesh-model.json"), b);
    Files.write(tmp.resolve("empty.txt"), c);
    Files.write(tmp.resolve(".DS_Store"), b);
    Files.createDirectories(tmp.resolve(".cache"));
    Files.write(tmp.resolve(".cache/x"), a);
    Files.write(tmp.resolve("MODEL_CARD.md"), b);
    Files.write(tmp.resolve("README.md"), b);
    Files.write(tmp.resolve("weights/README.md"), c);
    assertThat(ModelIdentity.hashedFiles(tmp)).containsExactly("empty.txt", "radiomesh-model.json", "weights/README.md",
        "weights/lm.pt");
    assertThat(ModelIdentity.contentHash(tmp)).isEqualTo(bruteForce(
        List.of("empty.txt", "radiomesh-model.json", "weights/README.md", "weights/lm.pt"), List.of(c, b, c, a)));
  }

  @Test
  void anyChangedByteOrNameChangesTheHash() throws Exception {
    Files.write(tmp.resolve("a.pt"), new byte[] {1, 2, 3});
    Files.write(tmp.resolve("b.json"), new byte[] {4});
    String before = ModelIdentity.contentHash(tmp);
    Files.write(tmp.resolve("a.pt"), new byte[] {1, 2, 4});
    String changedByte = ModelIdentity.contentHash(tmp);
    Files.move(tmp.resolve("a.pt"), tmp.resolve("c.pt"));
    String renamed = ModelIdentity.contentHash(tmp);
    // moving a byte from one file to the next keeps the concatenation but not the framing
    Files.write(tmp.resolve("b.json"), new byte[] {4, 9});
    Files.write(tmp.resolve("c.pt"), new byte[] {1, 2});
    String reframed = ModelIdentity.contentHash(tmp);
    assertThat(List.of(before, changedByte, renamed, reframed)).doesNotHaveDuplicates();
  }

  @Test
  void identityPrintsNameVersionAndShortHash() {
    String hash = "0123456789abcdef".repeat(4);
    ModelIdentity id = new ModelIdentity("vlm-tiny", "1", hash);
    assertThat(id.toString()).isEqualTo("vlm-tiny:1@sha256:0123456789ab");
    assertThatThrownBy(() -> new ModelIdentity("x", "1", "ABC")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ModelIdentity.contentHash(tmp.resolve("absent")))
        .isInstanceOf(ModelFormatException.class).hasMessageContaining("absent");
  }
}
