package org.radiomesh.jobs.runreport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The pipeline's own {@code DIR/summary.json} in the run report, read without assuming more than JSON: its top-level
 * scalar fields as a table, the whole document in a collapsed block, and stage statuses from a {@code stages} member
 * that is either an object keyed by stage name or an array of objects with a {@code name}; a stage's status is its
 * {@code status} field, with {@code error} (or {@code message}) appended when present. Cost O(document size).
 */
final class PipelineSummary {
  private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private PipelineSummary() {}

  /** Stage name → status as the pipeline recorded it; empty when the summary is absent or has no stages. */
  static Map<String, String> stageStatus(JsonNode summary) {
    Map<String, String> out = new LinkedHashMap<>();
    if (summary == null) {
      return out;
    }
    JsonNode stages = summary.path("stages");
    if (stages.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = stages.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        put(out, e.getKey(), e.getValue());
      }
    } else if (stages.isArray()) {
      for (JsonNode s : stages) {
        JsonNode name = s.path("stage").isTextual() ? s.get("stage") : s.path("name");
        if (name.isTextual()) {
          put(out, name.asText(), s);
        }
      }
    }
    return out;
  }

  private static void put(Map<String, String> out, String stage, JsonNode node) {
    JsonNode status = node.path("status");
    if (!status.isTextual()) {
      return;
    }
    String text = status.asText();
    JsonNode why = node.hasNonNull("error") ? node.get("error") : node.path("message");
    out.put(stage, why.isTextual() && !why.asText().isBlank() ? text + ": " + why.asText() : text);
  }

  /** The summary's scalars as a table and the whole JSON in a details block; a note when it is absent. */
  static String html(JsonNode summary) {
    if (summary == null) {
      return "<p class=\"note\">No pipeline summary.json in the run folder: stages were run one by one.</p>";
    }
    StringBuilder s = new StringBuilder("<h3>Run</h3><table id=\"run-summary\">");
    for (Iterator<Map.Entry<String, JsonNode>> it = summary.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getValue().isValueNode()) {
        s.append("<tr><th>").append(HtmlText.escape(e.getKey())).append("</th><td>")
            .append(HtmlText.escape(e.getValue().asText())).append("</td></tr>");
      }
    }
    s.append("</table><details><summary>summary.json</summary><pre class=\"report\">");
    try {
      s.append(HtmlText.escape(PRETTY.writeValueAsString(summary)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a parsed JSON tree is not serialisable", e);
    }
    return s.append("</pre></details>").toString();
  }
}
