package org.radiomesh.report;

import java.util.List;
import java.util.Objects;
import org.radiomesh.model.ModelIdentity;

/**
 * The structured report of one image: which image and study, which model wrote it, its findings, and the impression
 * and full text rendered from them ({@link ReportText}). Immutable; build it with {@link #of} so that the text always
 * matches the findings.
 *
 * <p>The full text is a two-line header, an empty line and the sections:
 * <pre>
 * REPORT 1.2.826.0.1.3680043.2.1125.1
 * Model: radiomesh-findings:1.0.0@sha256:5d1c0e7a9b2f
 *
 * FINDINGS:
 * ...
 * </pre>
 *
 * @param imageId the image's id (the catalog's {@code image_id}: a de-identified SOP Instance UID, or a file hash)
 * @param studyId the study's id (Study Instance UID), or null when the image has none (PNG)
 * @param modality the image's modality (DICOM Modality, or {@code XR-IMAGE} for PNG/JPEG)
 * @param sopClassUid SOP Class UID of the source image, or null when it is not DICOM
 * @param sopInstanceUid SOP Instance UID of the source image, or null when it is not DICOM
 * @param model identity of the model that wrote the report, or null for a report that no model wrote (ground truth)
 * @param findings the findings, in the order the producer gave them
 * @param teethPresent teeth present (32 minus missing and implant-replaced teeth)
 * @param impression the impression section's lines
 * @param text the whole report text
 * @param generatedText the raw text a vision-language model generated, from which the findings were read; null when
 *     the report was not generated as text (the built-in findings model, ground truth). {@code text} and
 *     {@code impression} are rendered from the findings either way.
 */
public record StructuredReport(String imageId, String studyId, String modality, String sopClassUid,
    String sopInstanceUid, ModelIdentity model, List<ReportFinding> findings, int teethPresent, String impression,
    String text, String generatedText) {

  public StructuredReport {
    Objects.requireNonNull(imageId, "image id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(impression, "impression");
    findings = List.copyOf(findings);
  }

  /** A report without generated text. */
  public StructuredReport(String imageId, String studyId, String modality, String sopClassUid, String sopInstanceUid,
      ModelIdentity model, List<ReportFinding> findings, int teethPresent, String impression, String text) {
    this(imageId, studyId, modality, sopClassUid, sopInstanceUid, model, findings, teethPresent, impression, text,
        null);
  }

  /** The report of {@code findings}, with {@link ReportText#teethPresent} teeth present. O(findings log findings). */
  public static StructuredReport of(String imageId, String studyId, String modality, String sopClassUid,
      String sopInstanceUid, ModelIdentity model, List<ReportFinding> findings) {
    int present = ReportText.teethPresent(findings);
    String impression = ReportText.impression(findings, present);
    String text = "REPORT " + imageId + "\nModel: " + (model == null ? "none" : model.toString()) + "\n\n"
        + ReportText.body(findings, present);
    return new StructuredReport(imageId, studyId, modality, sopClassUid, sopInstanceUid, model, findings, present,
        impression, text);
  }

  /** This report with {@code generatedText} (the model's raw output) kept beside the rendered text. */
  public StructuredReport withGeneratedText(String generatedText) {
    return new StructuredReport(imageId, studyId, modality, sopClassUid, sopInstanceUid, model, findings,
        teethPresent, impression, text, generatedText);
  }

  /** The findings section's lines (without heading). */
  public String findingsText() {
    return ReportText.findings(findings);
  }
}
