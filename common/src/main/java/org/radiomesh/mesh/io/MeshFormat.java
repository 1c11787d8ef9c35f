package org.radiomesh.mesh.io;

import java.util.Locale;
import java.util.Optional;

/**
 * The mesh file formats radiomesh reads and writes, and how a file's format is told: from its extension
 * ({@code .obj}, {@code .ply}, {@code .stl}, any letter case) or, failing that, from its content: {@code ply} on the
 * first line is PLY; a binary STL's size rule (84 + 50·n bytes) or a leading {@code solid} is STL; a first statement
 * that OBJ knows ({@code v}, {@code f}, {@code o}, {@code mtllib}, ... after comments) is OBJ. Content detection
 * looks at the first 4 KiB at most.
 */
public enum MeshFormat {
  OBJ("obj"),
  PLY("ply"),
  STL("stl");

  private static final String[] OBJ_STARTS = {"v", "vn", "vt", "vp", "f", "o", "g", "s", "l", "p", "mtllib", "usemtl"};
  private static final int SNIFF_BYTES = 4096;

  private final String extension;

  MeshFormat(String extension) {
    this.extension = extension;
  }

  /** The usual file extension, lower case, without the dot. */
  public String extension() {
    return extension;
  }

  /** The format a file name's extension names, if any. */
  public static Optional<MeshFormat> fromFileName(String fileName) {
    int dot = fileName.lastIndexOf('.');
    if (dot < 0 || dot < Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'))) {
      return Optional.empty();
    }
    String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    for (MeshFormat f : values()) {
      if (f.extension.equals(ext)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** The format of {@code content}, from its source name's extension or else from the content. */
  public static MeshFormat detect(String sourceName, byte[] content) throws MeshFormatException {
    Optional<MeshFormat> byName = fromFileName(sourceName);
    if (byName.isPresent()) {
      return byName.get();
    }
    return fromContent(content).orElseThrow(() -> MeshFormatException.inFile(sourceName, "unknown mesh format: "
        + "expected the extension .obj, .ply or .stl, or content that starts with 'ply', 'solid' or an OBJ statement,"
        + " or a binary STL of 84 + 50·n bytes"));
  }

  /** The format the content shows, if it shows one. */
  public static Optional<MeshFormat> fromContent(byte[] content) {
    if (startsWithWord(content, 0, "ply")) {
      return Optional.of(PLY);
    }
    if (StlReader.isBinary(content) || StlReader.startsWithSolid(content)) {
      return Optional.of(STL);
    }
    return looksLikeObj(content) ? Optional.of(OBJ) : Optional.empty();
  }

  private static boolean looksLikeObj(byte[] content) {
    int limit = Math.min(content.length, SNIFF_BYTES);
    int i = 0;
    while (i < limit) {
      while (i < limit && isBlank(content[i])) {
        i++;
      }
      if (i == limit) {
        return false;
      }
      if (content[i] == '#' || content[i] == '\n') {
        while (i < limit && content[i] != '\n') {
          i++;
        }
        i++;
        continue;
      }
      for (String word : OBJ_STARTS) {
        if (startsWithWord(content, i, word)) {
          return true;
        }
      }
      return false;
    }
    return false;
  }

  /** True when {@code word} is at {@code at}, followed by a blank, a line end or the end of the content. */
  private static boolean startsWithWord(byte[] content, int at, String word) {
    if (content.length - at < word.length()) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      if (content[at + k] != word.charAt(k)) {
        return false;
      }
    }
    int after = at + word.length();
    return after == content.length || isBlank(content[after]) || content[after] == '\n';
  }

  private static boolean isBlank(byte c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\f';
  }
}
