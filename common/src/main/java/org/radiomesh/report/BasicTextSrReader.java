package org.radiomesh.report;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.ContentItem;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.DicomInputStream;
import com.pixelmed.dicom.StructuredReport;
import com.pixelmed.dicom.TagFromName;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads back a report SR written by {@link BasicTextSr} with PixelMed: the model named in the observation context and,
 * per image, the referenced SOP Instance UID with its findings and impression text. Other Basic Text SR documents
 * read as far as they follow the same tree. O(file size).
 */
public final class BasicTextSrReader {
  private BasicTextSrReader() {}

  /** One image's part of the document. {@code sopInstanceUid} is null when the image was not referenced. */
  public record ImageReport(String sopClassUid, String sopInstanceUid, String findings, String impression) {}

  /** The document's study, algorithm and image reports. */
  public record Document(String studyInstanceUid, String sopClassUid, String algorithmName, String algorithmVersion,
      List<ImageReport> images) {}

  /**
   * Parses {@code bytes} (a Part 10 file).
   *
   * @throws ReportFormatException naming {@code source} when the bytes are not an SR of that shape
   */
  public static Document read(byte[] bytes, String source) throws ReportFormatException {
    AttributeList list = new AttributeList();
    StructuredReport sr;
    try {
      list.read(new DicomInputStream(new ByteArrayInputStream(bytes)));
      sr = new StructuredReport(list);
    } catch (IOException | DicomException e) {
      throw new ReportFormatException(source, "expected a DICOM SR document: " + e.getMessage(), e);
    }
    ContentItem root = (ContentItem) sr.getRoot();
    if (root == null || !"CONTAINER".equals(root.getValueType())) {
      throw new ReportFormatException(source, "expected a CONTAINER at the root of the content tree");
    }
    String name = null;
    String version = null;
    List<ImageReport> images = new ArrayList<>();
    ContentItem pendingFindings = null;
    for (int i = 0; i < root.getChildCount(); i++) {
      ContentItem c = (ContentItem) root.getChildAt(i);
      String concept = c.getConceptNameCodeValue();
      if ("111001".equals(concept)) {
        name = value(c);
      } else if ("111003".equals(concept)) {
        version = value(c);
      } else if ("121070".equals(concept)) {
        pendingFindings = c;
      } else if ("121072".equals(concept)) {
        if (pendingFindings == null) {
          throw new ReportFormatException(source, "an Impressions container (item " + (i + 1)
              + " of the root) without a Findings container before it");
        }
        images.add(image(pendingFindings, c, source));
        pendingFindings = null;
      }
    }
    return new Document(Attribute.getSingleStringValueOrNull(list, TagFromName.StudyInstanceUID),
        Attribute.getSingleStringValueOrNull(list, TagFromName.SOPClassUID), name, version, images);
  }

  private static ImageReport image(ContentItem findings, ContentItem impressions, String source)
      throws ReportFormatException {
    ContentItem finding = child(findings, "121071", source);
    ContentItem impression = child(impressions, "121073", source);
    String sopClass = null;
    String sopInstance = null;
    for (int i = 0; i < finding.getChildCount(); i++) {
      ContentItem c = (ContentItem) finding.getChildAt(i);
      if ("IMAGE".equals(c.getValueType())) {
        sopClass = c.getReferencedSOPClassUID();
        sopInstance = c.getReferencedSOPInstanceUID();
      }
    }
    return new ImageReport(sopClass, sopInstance, value(finding), value(impression));
  }

  /** A text item's value without the space that pads odd-length values to an even length (PS3.5 6.2). */
  private static String value(ContentItem item) {
    String v = item.getConceptValue();
    int end = v.length();
    while (end > 0 && v.charAt(end - 1) == ' ') {
      end--;
    }
    return v.substring(0, end);
  }

  private static ContentItem child(ContentItem parent, String concept, String source) throws ReportFormatException {
    for (int i = 0; i < parent.getChildCount(); i++) {
      ContentItem c = (ContentItem) parent.getChildAt(i);
      if (concept.equals(c.getConceptNameCodeValue()) && "TEXT".equals(c.getValueType())) {
        return c;
      }
    }
    throw new ReportFormatException(source, "container " + parent.getConceptNameCodeMeaning()
        + " has no TEXT item with concept " + concept);
  }
}
