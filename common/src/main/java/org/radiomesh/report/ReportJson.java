package org.radiomesh.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.radiomesh.anatomy.Condition;
import org.radiomesh.model.ModelIdentity;
import org.radiomesh.radiograph.PixelBox;

/**
 * JSON of a {@link StructuredReport}, one object per report (one line of a JSON-lines file when written compactly):
 *
 * <pre>{@code
 * {"image_id": "...", "study_id": "...", "modality": "PX", "sop_class_uid": "...", "sop_instance_uid": "...",
 *  "model": {"name": "radiomesh-findings", "version": "1.0.0", "content_hash": "<64 hex>"},
 *  "findings": [{"tooth": 36, "code": "caries", "caries_depth": "INNER_DENTIN", "confidence": 0.91,
 *                "detail": {"condition": "caries", "surface": "DISTAL", "depth": "INNER_DENTIN"},
 *                "box": {"x": 10.0, "y": 20.0, "width": 30.0, "height": 40.0}}, {"region": "mandible", ...}],
 *  "teeth_present": 29, "impression": "...", "text": "...", "generated_text": "..."}
 * }</pre>
 * Null members are left out ({@code generated_text} is there only for reports a vision-language model wrote);
 * {@code detail} is the condition in the layout of {@code findings.json} and
 * {@link org.radiomesh.anatomy.DentitionSpecJson}. Reading checks every value as {@link ReportFinding} does and
 * recomputes nothing: the text is kept as written. O(report size).
 */
public final class ReportJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ReportJson() {}

  /** The report as a JSON tree. */
  public static ObjectNode toTree(StructuredReport r) {
    ObjectNode o = JSON.createObjectNode();
    o.put("image_id", r.imageId());
    putIfSet(o, "study_id", r.studyId());
    putIfSet(o, "modality", r.modality());
    putIfSet(o, "sop_class_uid", r.sopClassUid());
    putIfSet(o, "sop_instance_uid", r.sopInstanceUid());
    if (r.model() != null) {
      o.putObject("model").put("name", r.model().name()).put("version", r.model().version())
          .put("content_hash", r.model().contentHash());
    }
    ArrayNode findings = o.putArray("findings");
    for (ReportFinding f : r.findings()) {
      ObjectNode n = findings.addObject();
      if (f.tooth() != null) {
        n.put("tooth", f.tooth());
      } else {
        n.put("region", f.region());
      }
      n.put("code", f.code());
      if (f.cariesDepth() != null) {
        n.put("caries_depth", f.cariesDepth().name());
      }
      n.put("confidence", f.confidence());
      if (f.detail() != null) {
        n.set("detail", JSON.valueToTree(f.detail()));
      }
      if (f.box() != null) {
        n.putObject("box").put("x", f.box().x()).put("y", f.box().y()).put("width", f.box().width())
            .put("height", f.box().height());
      }
    }
    o.put("teeth_present", r.teethPresent());
    o.put("impression", r.impression());
    o.put("text", r.text());
    putIfSet(o, "generated_text", r.generatedText());
    return o;
  }

  /** The report as one line of compact JSON (no line breaks: the text's are escaped). */
  public static String toLine(StructuredReport r) {
    return toTree(r).toString();
  }

  /** The report as indented JSON. */
  public static String toPrettyJson(StructuredReport r) {
    return toTree(r).toPrettyString();
  }

  /**
   * Parses one report.
   *
   * @throws ReportFormatException naming {@code source}, the member and what was expected
   */
  public static StructuredReport parse(String json, String source) throws ReportFormatException {
    JsonNode o;
    try {
      o = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new ReportFormatException(source, "expected a JSON report object: " + e.getOriginalMessage()
          + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
              + e.getLocation().getColumnNr()), e);
    }
    if (o == null || !o.isObject()) {
      throw new ReportFormatException(source, "expected a JSON report object");
    }
    try {
      return fromTree(o);
    } catch (IllegalArgumentException | JsonProcessingException e) {
      throw new ReportFormatException(source, e.getMessage(), e);
    }
  }

  private static StructuredReport fromTree(JsonNode o) throws JsonProcessingException {
    ModelIdentity model = null;
    JsonNode m = o.get("model");
    if (m != null && !m.isNull()) {
      model = new ModelIdentity(text(m, "name", true), text(m, "version", true), text(m, "content_hash", true));
    }
    List<ReportFinding> findings = new ArrayList<>();
    JsonNode list = o.get("findings");
    if (list == null || !list.isArray()) {
      throw new IllegalArgumentException("member 'findings': expected an array");
    }
    for (JsonNode n : list) {
      JsonNode d = n.get("detail");
      Condition detail = d == null || d.isNull() ? null : JSON.treeToValue(d, Condition.class);
      String depth = text(n, "caries_depth", false);
      JsonNode b = n.get("box");
      PixelBox box = b == null || b.isNull() ? null
          : new PixelBox(number(b, "x"), number(b, "y"), number(b, "width"), number(b, "height"));
      findings.add(new ReportFinding(n.hasNonNull("tooth") ? n.get("tooth").intValue() : null,
          text(n, "region", false), text(n, "code", true),
          depth == null ? null : Condition.CariesDepth.valueOf(depth), detail, number(n, "confidence"), box));
    }
    JsonNode present = o.get("teeth_present");
    if (present == null || !present.canConvertToInt()) {
      throw new IllegalArgumentException("member 'teeth_present': expected an integer");
    }
    return new StructuredReport(text(o, "image_id", true), text(o, "study_id", false), text(o, "modality", false),
        text(o, "sop_class_uid", false), text(o, "sop_instance_uid", false), model, findings, present.intValue(),
        text(o, "impression", true), text(o, "text", true), text(o, "generated_text", false));
  }

  private static void putIfSet(ObjectNode o, String key, String value) {
    if (value != null) {
      o.put(key, value);
    }
  }

  private static String text(JsonNode o, String key, boolean required) {
    JsonNode v = o.get(key);
    if (v == null || v.isNull()) {
      if (required) {
        throw new IllegalArgumentException("member '" + key + "' is missing");
      }
      return null;
    }
    if (!v.isTextual()) {
      throw new IllegalArgumentException("member '" + key + "': expected a string, found " + v.getNodeType());
    }
    return v.textValue();
  }

  private static double number(JsonNode o, String key) {
    JsonNode v = o.get(key);
    if (v == null || !v.isNumber()) {
      throw new IllegalArgumentException("member '" + key + "': expected a number");
    }
    return v.doubleValue();
  }
}
