package org.radiomesh.report;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.CodedSequenceItem;
import com.pixelmed.dicom.ContentItem;
import com.pixelmed.dicom.ContentItemFactory;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.FileMetaInformation;
import com.pixelmed.dicom.SOPClass;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.SequenceItem;
import com.pixelmed.dicom.SpecificCharacterSet;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.TransferSyntax;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.radiomesh.dicom.DeterministicUid;
import org.radiomesh.model.ModelIdentity;

/**
 * The reports of one study as a DICOM Basic Text SR document (SOP Class 1.2.840.10008.5.1.4.1.1.88.11), written with
 * PixelMed, so that the reports can go back to a PACS beside the images they describe.
 *
 * <p>Content tree (codes: LOINC 18748-4 and DCM):
 * <pre>
 * CONTAINER "Diagnostic Imaging Report" (18748-4, LN), separate
 *   HAS OBS CONTEXT  TEXT "Algorithm Name" (111001, DCM) = model name
 *   HAS OBS CONTEXT  TEXT "Algorithm Version" (111003, DCM) = version@sha256:hash
 *   per image, in the order given:
 *   CONTAINS CONTAINER "Findings" (121070, DCM)
 *     CONTAINS TEXT "Finding" (121071, DCM) = the findings lines ({@link ReportText#findings})
 *       INFERRED FROM IMAGE = the source image's SOP Class and Instance UIDs (when it is DICOM)
 *   CONTAINS CONTAINER "Impressions" (121072, DCM)
 *     CONTAINS TEXT "Impression" (121073, DCM) = the impression lines
 * </pre>
 * The document joins the source study (same Study Instance UID and Patient ID), as a new series of modality SR; its
 * Series and SOP Instance UIDs are name-based ({@link DeterministicUid}) on the study UID and the model's content
 * hash, so a rerun of the same model replaces rather than duplicates it. Current Requested Procedure Evidence lists
 * every referenced image by series. Character set ISO_IR 192 (UTF-8). Explicit VR Little Endian. O(report text).
 *
 * <pre>{@code
 * byte[] dcm = BasicTextSr.encode(new BasicTextSr.Study(studyUid, patientId, entries), model, LocalDateTime.now());
 * }</pre>
 */
public final class BasicTextSr {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmmss");
  private static final SpecificCharacterSet UTF8 = new SpecificCharacterSet(new String[] {"ISO_IR 192"});

  private BasicTextSr() {}

  /** One image's report and the series it belongs to (null for non-DICOM images). */
  public record Entry(StructuredReport report, String seriesInstanceUid) {
    public Entry {
      Objects.requireNonNull(report, "report");
    }
  }

  /** The reports of one study: its Study Instance UID, the Patient ID of its images (or null) and the entries. */
  public record Study(String studyInstanceUid, String patientId, List<Entry> entries) {
    public Study {
      if (studyInstanceUid == null || !studyInstanceUid.matches("[0-9]+(\\.[0-9]+)*") || studyInstanceUid.length() > 64) {
        throw new IllegalArgumentException("study instance UID '" + studyInstanceUid + "', expected a DICOM UID");
      }
      entries = List.copyOf(entries);
      if (entries.isEmpty()) {
        throw new IllegalArgumentException("study " + studyInstanceUid + " has no reports");
      }
    }
  }

  /** The SOP Instance UID of the SR that {@code model} writes for study {@code studyInstanceUid}. */
  public static String sopInstanceUid(String studyInstanceUid, ModelIdentity model) {
    return DeterministicUid.of(studyInstanceUid, 0L, "report-sr/instance/" + model.contentHash());
  }

  /** The complete data set, file meta information included. */
  public static AttributeList attributes(Study study, ModelIdentity model, LocalDateTime created)
      throws DicomException {
    ContentItemFactory f = new ContentItemFactory();
    ContentItem root = f.makeContainerContentItem(null, null, code("18748-4", "LN", "Diagnostic Imaging Report"), true);
    f.makeTextContentItem(root, "HAS OBS CONTEXT", code("111001", "DCM", "Algorithm Name"), model.name());
    f.makeTextContentItem(root, "HAS OBS CONTEXT", code("111003", "DCM", "Algorithm Version"),
        model.version() + "@sha256:" + model.contentHash());
    for (Entry e : study.entries()) {
      StructuredReport r = e.report();
      ContentItem findings = f.makeContainerContentItem(root, "CONTAINS", code("121070", "DCM", "Findings"), true);
      ContentItem text = f.makeTextContentItem(findings, "CONTAINS", code("121071", "DCM", "Finding"),
          r.findingsText());
      if (r.sopClassUid() != null && r.sopInstanceUid() != null) {
        f.makeImageContentItem(text, "INFERRED FROM", null, r.sopClassUid(), r.sopInstanceUid(), 0, 0, null, null,
            null, null);
      }
      ContentItem impressions = f.makeContainerContentItem(root, "CONTAINS", code("121072", "DCM", "Impressions"),
          true);
      f.makeTextContentItem(impressions, "CONTAINS", code("121073", "DCM", "Impression"), r.impression());
    }
    AttributeList list = new com.pixelmed.dicom.StructuredReport(root).getAttributeList();
    put(list, TagFromName.SpecificCharacterSet, "ISO_IR 192");
    put(list, TagFromName.SOPClassUID, SOPClass.BasicTextSRStorage);
    put(list, TagFromName.SOPInstanceUID, sopInstanceUid(study.studyInstanceUid(), model));
    put(list, TagFromName.PatientName);
    put(list, TagFromName.PatientID, study.patientId() == null ? new String[0] : new String[] {study.patientId()});
    put(list, TagFromName.PatientBirthDate);
    put(list, TagFromName.PatientSex);
    put(list, TagFromName.StudyInstanceUID, study.studyInstanceUid());
    put(list, TagFromName.StudyDate);
    put(list, TagFromName.StudyTime);
    put(list, TagFromName.ReferringPhysicianName);
    put(list, TagFromName.StudyID);
    put(list, TagFromName.AccessionNumber);
    put(list, TagFromName.Modality, "SR");
    put(list, TagFromName.SeriesInstanceUID,
        DeterministicUid.of(study.studyInstanceUid(), 0L, "report-sr/series/" + model.contentHash()));
    put(list, TagFromName.SeriesNumber, "9001");
    put(list, TagFromName.SeriesDescription, "radiomesh report (" + model.name() + ")");
    list.put(new SequenceAttribute(TagFromName.ReferencedPerformedProcedureStepSequence));
    put(list, TagFromName.Manufacturer, "radiomesh");
    put(list, TagFromName.InstanceNumber, "1");
    put(list, TagFromName.CompletionFlag, "COMPLETE");
    put(list, TagFromName.VerificationFlag, "UNVERIFIED");
    put(list, TagFromName.ContentDate, created.format(DATE));
    put(list, TagFromName.ContentTime, created.format(TIME));
    list.put(new SequenceAttribute(TagFromName.PerformedProcedureCodeSequence));
    evidence(list, study);
    FileMetaInformation.addFileMetaInformation(list, TransferSyntax.ExplicitVRLittleEndian, "RADIOMESH");
    return list;
  }

  /** The Part 10 file bytes of the study's SR. */
  public static byte[] encode(Study study, ModelIdentity model, LocalDateTime created) throws IOException {
    try {
      AttributeList list = attributes(study, model, created);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      list.write(out, TransferSyntax.ExplicitVRLittleEndian, true, true);
      return out.toByteArray();
    } catch (DicomException e) {
      throw new IOException("cannot build the SR of study " + study.studyInstanceUid() + ": " + e.getMessage(), e);
    }
  }

  private static void evidence(AttributeList list, Study study) throws DicomException {
    Map<String, AttributeList> series = new LinkedHashMap<>();
    for (Entry e : study.entries()) {
      StructuredReport r = e.report();
      if (r.sopClassUid() == null || r.sopInstanceUid() == null || e.seriesInstanceUid() == null) {
        continue;
      }
      AttributeList s = series.computeIfAbsent(e.seriesInstanceUid(), uid -> {
        AttributeList item = new AttributeList();
        try {
          put(item, TagFromName.SeriesInstanceUID, uid);
          item.put(new SequenceAttribute(TagFromName.ReferencedSOPSequence));
        } catch (DicomException x) {
          throw new IllegalStateException(x);
        }
        return item;
      });
      AttributeList sop = new AttributeList();
      put(sop, TagFromName.ReferencedSOPClassUID, r.sopClassUid());
      put(sop, TagFromName.ReferencedSOPInstanceUID, r.sopInstanceUid());
      ((SequenceAttribute) s.get(TagFromName.ReferencedSOPSequence)).addItem(sop);
    }
    if (series.isEmpty()) {
      return;
    }
    AttributeList studyItem = new AttributeList();
    put(studyItem, TagFromName.StudyInstanceUID, study.studyInstanceUid());
    SequenceAttribute seriesSeq = new SequenceAttribute(TagFromName.ReferencedSeriesSequence);
    series.values().forEach(seriesSeq::addItem);
    studyItem.put(seriesSeq);
    SequenceAttribute evidence = new SequenceAttribute(TagFromName.CurrentRequestedProcedureEvidenceSequence);
    evidence.addItem(new SequenceItem(studyItem));
    list.put(evidence);
  }

  static CodedSequenceItem code(String value, String scheme, String meaning) throws DicomException {
    return new CodedSequenceItem(value, scheme, meaning);
  }

  private static void put(AttributeList list, AttributeTag tag, String... values) throws DicomException {
    Attribute a = list.putNewAttribute(tag, UTF8);
    for (String v : values) {
      a.addValue(v);
    }
  }
}
