package org.radiomesh.synth;

import java.util.Map;
import java.util.TreeMap;

/** A {@link CaseSink} keeping the files in memory, by path, for tests. */
final class MemorySink implements CaseSink {
  final Map<String, byte[]> files = new TreeMap<>();

  @Override
  public void write(String relativePath, byte[] bytes) {
    files.put(CaseSink.checkPath(relativePath), bytes.clone());
  }

  String text(String path) {
    return new String(files.get(path), java.nio.charset.StandardCharsets.UTF_8);
  }
}
