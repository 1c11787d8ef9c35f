package org.radiomesh.synth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What the manifest records of one generated case: its identity, modalities, the text of its {@code parameters.json},
 * {@code findings.json} and {@code report.txt}, and every file of its folder (path, size, SHA-256), {@code case.json}
 * last.
 *
 * <p>{@code case.json} ({@link #caseJson}) is the case's completion record, written last: {@code {"case_id",
 * "case_index", "master_seed", "seed", "generator", "format_version", "licence", "provenance", "modalities",
 * "files": [{"path", "bytes", "sha256"}]}} listing every other file. {@link #read} rebuilds a record from a finished
 * case folder without regenerating it.
 */
public record CaseRecord(CaseIdentity identity, String modalities, String parametersJson, String findingsJson,
                         String reportText, List<CaseFile> files) {

  /** Name of the completion record in a case folder. */
  public static final String CASE_JSON = "case.json";

  public CaseRecord {
    files = List.copyOf(files);
  }

  /** Sum of the files' sizes, bytes. */
  public long totalBytes() {
    return files.stream().mapToLong(CaseFile::bytes).sum();
  }

  /** The {@code case.json} document listing {@code files} (which must not include case.json itself). */
  public static byte[] caseJson(CaseIdentity id, String modalities, List<CaseFile> files) {
    ObjectNode root = StableJson.mapper().createObjectNode();
    root.put("case_id", id.caseId());
    root.put("case_index", id.index());
    root.put("master_seed", id.masterSeed());
    root.put("seed", id.seed());
    root.put("generator", Provenance.GENERATOR);
    root.put("format_version", Provenance.FORMAT_VERSION);
    root.put("licence", Provenance.LICENCE_STATEMENT);
    root.put("provenance", Provenance.PROVENANCE);
    root.put("modalities", modalities);
    ArrayNode list = root.putArray("files");
    for (CaseFile f : files) {
      list.addObject().put("path", f.path()).put("bytes", f.bytes()).put("sha256", f.sha256());
    }
    return StableJson.bytes(root);
  }

  /**
   * The record of a finished case folder, from the bytes of its {@code case.json}, {@code parameters.json},
   * {@code findings.json} and {@code report.txt}.
   *
   * @param source names the folder in error messages
   * @throws IOException when case.json is malformed or belongs to another case or master seed
   */
  public static CaseRecord read(CaseIdentity expected, String source, byte[] caseJson, byte[] parametersJson,
                                byte[] findingsJson, byte[] reportText) throws IOException {
    JsonNode root;
    try {
      root = StableJson.mapper().readTree(caseJson);
    } catch (IOException e) {
      throw new IOException(source + "/" + CASE_JSON + ": not JSON: " + e.getMessage(), e);
    }
    if (root == null || !root.path("case_id").asText("").equals(expected.caseId())
        || root.path("master_seed").asLong() != expected.masterSeed()
        || root.path("seed").asLong() != expected.seed() || !root.path("files").isArray()) {
      throw new IOException(source + "/" + CASE_JSON + ": expected case " + expected.caseId() + " of master seed "
          + expected.masterSeed() + " (seed " + expected.seed() + ") with a files list");
    }
    List<CaseFile> files = new ArrayList<>();
    for (JsonNode f : root.get("files")) {
      try {
        files.add(new CaseFile(f.path("path").asText(), f.path("bytes").asLong(-1), f.path("sha256").asText()));
      } catch (IllegalArgumentException e) {
        throw new IOException(source + "/" + CASE_JSON + ": bad file entry: " + e.getMessage(), e);
      }
    }
    files.add(new CaseFile(CASE_JSON, caseJson.length, ChecksumSink.sha256(caseJson)));
    return new CaseRecord(expected, root.path("modalities").asText(), utf8(parametersJson), utf8(findingsJson),
        utf8(reportText), files);
  }

  private static String utf8(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }
}
