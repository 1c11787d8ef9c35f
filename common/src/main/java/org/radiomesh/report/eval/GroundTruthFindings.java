package org.radiomesh.report.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.radiomesh.anatomy.Condition;
import org.radiomesh.report.ReportFinding;
import org.radiomesh.report.ReportFormatException;

/**
 * Reads the ground truth of a synthetic case, {@code findings.json} of {@code radiomesh synth}
 * ({@code {"case_id", "teeth": [{"fdi", "status", "findings": [{"condition": code, ...parameters}]}]}}), as report
 * findings with their conditions as detail and confidence 1. Extra members (such as {@code dentex}) are ignored.
 * O(file size).
 */
public final class GroundTruthFindings {
  private static final ObjectMapper JSON = new ObjectMapper()
      .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private GroundTruthFindings() {}

  /** The case id and findings of one {@code findings.json}. */
  public record CaseTruth(String caseId, List<ReportFinding> findings) {
    public CaseTruth {
      findings = List.copyOf(findings);
    }
  }

  /**
   * Parses {@code bytes}.
   *
   * @throws ReportFormatException naming {@code source}, the tooth and what was expected
   */
  public static CaseTruth parse(byte[] bytes, String source) throws ReportFormatException {
    JsonNode root;
    try {
      root = JSON.readTree(new String(bytes, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new ReportFormatException(source, "expected a findings.json object: " + e.getMessage(), e);
    }
    if (root == null || !root.has("teeth") || !root.get("teeth").isArray()) {
      throw new ReportFormatException(source, "expected a findings.json object with a 'teeth' array");
    }
    List<ReportFinding> out = new ArrayList<>();
    int index = 0;
    for (JsonNode tooth : root.get("teeth")) {
      JsonNode fdi = tooth.get("fdi");
      if (fdi == null || !fdi.canConvertToInt()) {
        throw new ReportFormatException(source, "teeth[" + index + "].fdi: expected an FDI number");
      }
      JsonNode findings = tooth.get("findings");
      if (findings != null) {
        for (JsonNode f : findings) {
          try {
            out.add(ReportFinding.of(fdi.intValue(), JSON.treeToValue(f, Condition.class)));
          } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new ReportFormatException(source, "teeth[" + index + "] (tooth " + fdi.intValue()
                + "): expected a condition object: " + e.getMessage(), e);
          }
        }
      }
      index++;
    }
    JsonNode id = root.get("case_id");
    return new CaseTruth(id == null ? null : id.asText(), out);
  }
}
