package org.radiomesh.dicom;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.ClinicalTrialsAttributes;
import com.pixelmed.dicom.CodeStringAttribute;
import com.pixelmed.dicom.CodedSequenceItem;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.LongStringAttribute;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.SequenceItem;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.UniqueIdentifierAttribute;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The PS3.15 Annex E Basic Application Level Confidentiality Profile, applied in place to a header before anything is
 * cataloged or written as JSON.
 *
 * <p>Three passes:
 * <ol>
 *   <li>PixelMed's {@link ClinicalTrialsAttributes} table of Annex E actions (Clunie's implementation, recursing into
 *       sequences) with every retain option off: descriptors, patient characteristics, device and institution identity
 *       removed; structured content (Content Sequence) removed; UIDs and dates left for the next pass.
 *   <li>Our pass, recursive: Patient Name and Patient ID become {@link KeyedPseudonyms} (action D), Accession Number and
 *       Study ID too when they had a value (Z allows a dummy); every other PN is emptied (Z); every UID that is not a
 *       class, transfer syntax or other well-known UID (PixelMed's {@code isTransient}) or the Implementation Class UID
 *       (which names software), and Media Storage SOP Instance UID, is remapped (U) to {@code 2.25.<keyed hash>}; every DA, DT and TM is removed (X), except Study Date/Time
 *       and Content Date/Time, which are emptied (Z) -- or, with Retain Longitudinal Temporal Information, DA and DT
 *       move back by the patient's keyed day shift (TM unchanged, since the shift is whole days; values that are not a
 *       full date are removed). Patient Birth Date stays empty either way. Private attributes, overlays (60xx), curves
 *       (50xx) and the identifying AE titles of the meta header are removed.
 *   <li>Patient Identity Removed (0012,0062) = YES, De-identification Method (0012,0063) and De-identification Method
 *       Code Sequence (0012,0064): 113100 Basic Application Confidentiality Profile, plus 113107 Retain Longitudinal
 *       Temporal Information Modified Dates Option when dates are shifted.
 * </ol>
 * Not thread-safe (one {@link KeyedPseudonyms}). Cost: O(attributes), a few HMACs per file.
 */
public final class BasicProfileDeidentifier {
  /** De-identification Method (0012,0063) as recorded, without the date clause. */
  public static final String METHOD = "radiomesh basic profile (PS3.15 E.1-1 via PixelMed); keyed HMAC-SHA256"
      + " pseudonyms; UIDs remapped under 2.25";

  private static final Set<AttributeTag> ZERO_LENGTH_DATES = Set.of(TagFromName.StudyDate, TagFromName.StudyTime,
      TagFromName.ContentDate, TagFromName.ContentTime, TagFromName.PatientBirthDate);
  private static final List<AttributeTag> META_IDENTIFIERS = List.of(TagFromName.SourceApplicationEntityTitle,
      new AttributeTag(0x0002, 0x0017), new AttributeTag(0x0002, 0x0018), TagFromName.PrivateInformationCreatorUID,
      new AttributeTag(0x0002, 0x0102));

  private final KeyedPseudonyms pseudonyms;
  private final boolean retainLongitudinal;

  /** @param options must have {@link DeidProfile#BASIC} */
  public BasicProfileDeidentifier(DeidOptions options) {
    if (options.profile() != DeidProfile.BASIC) {
      throw new IllegalArgumentException("BasicProfileDeidentifier needs the BASIC profile, got " + options.profile());
    }
    this.pseudonyms = new KeyedPseudonyms(options.key());
    this.retainLongitudinal = options.retainLongitudinal();
  }

  /**
   * De-identifies {@code list} in place.
   *
   * @throws DicomException if PixelMed cannot rewrite an attribute
   */
  public void apply(AttributeList list) throws DicomException {
    String patientId = Attribute.getSingleStringValueOrEmptyString(list, TagFromName.PatientID);
    String patientName = Attribute.getSingleStringValueOrEmptyString(list, TagFromName.PatientName);
    String accession = Attribute.getSingleStringValueOrEmptyString(list, TagFromName.AccessionNumber);
    String studyId = Attribute.getSingleStringValueOrEmptyString(list, TagFromName.StudyID);
    int shiftDays = retainLongitudinal ? pseudonyms.dayShift(patientId.isEmpty() ? patientName : patientId) : 0;

    ClinicalTrialsAttributes.removeOrNullIdentifyingAttributes(list, ClinicalTrialsAttributes.HandleUIDs.keep,
        false, false, false, false, false, false, ClinicalTrialsAttributes.HandleDates.keep, null, null,
        ClinicalTrialsAttributes.HandleStructuredContent.remove, false);
    list.removePrivateAttributes();
    list.removeOverlayAttributes();
    list.removeCurveAttributes();
    for (AttributeTag t : META_IDENTIFIERS) {
      list.remove(t);
    }
    clean(list, shiftDays);

    replace(list, TagFromName.PatientID, patientId.isEmpty() ? "" : pseudonyms.pseudonym("PatientID", patientId, 20));
    replace(list, TagFromName.PatientName,
        patientName.isEmpty() ? "" : pseudonyms.pseudonym("PatientName", patientName, 20));
    if (!accession.isEmpty()) {
      replace(list, TagFromName.AccessionNumber, pseudonyms.pseudonym("AccessionNumber", accession, 16));
    }
    if (!studyId.isEmpty()) {
      replace(list, TagFromName.StudyID, pseudonyms.pseudonym("StudyID", studyId, 16));
    }
    record(list);
  }

  private void clean(AttributeList list, int shiftDays) throws DicomException {
    List<AttributeTag> remove = new ArrayList<>();
    for (Attribute a : list.values()) {
      AttributeTag tag = a.getTag();
      if (a instanceof SequenceAttribute s) {
        for (int i = 0; i < s.getNumberOfItems(); i++) {
          SequenceItem item = s.getItem(i);
          if (item != null && item.getAttributeList() != null) {
            clean(item.getAttributeList(), shiftDays);
          }
        }
        continue;
      }
      String vr = ValueRepresentationNames.of(a);
      switch (vr) {
        case "UI" -> {
          if (tag.equals(TagFromName.MediaStorageSOPInstanceUID)
              || !tag.equals(TagFromName.ImplementationClassUID) && UniqueIdentifierAttribute.isTransient(tag, list)) {
            remapUids(a);
          }
        }
        case "PN" -> {
          if (!tag.equals(TagFromName.PatientName)) {
            a.removeValues();
          }
        }
        case "DA", "DT", "TM" -> {
          if (!retainLongitudinal) {
            if (ZERO_LENGTH_DATES.contains(tag)) {
              a.removeValues();
            } else {
              remove.add(tag);
            }
          } else if (!vr.equals("TM") && !tag.equals(TagFromName.PatientBirthDate) && !shiftDates(a, shiftDays)) {
            remove.add(tag);
          }
        }
        default -> { }
      }
    }
    for (AttributeTag t : remove) {
      list.remove(t);
    }
  }

  private void remapUids(Attribute a) throws DicomException {
    String[] values = a.getStringValues();
    if (values == null || values.length == 0) {
      return;
    }
    a.removeValues();
    for (String v : values) {
      a.addValue(v == null || v.isBlank() ? "" : pseudonyms.uid(v.trim()));
    }
  }

  /** Shifts every value of a DA or DT; false when one is not a full date (the caller removes the attribute). */
  private static boolean shiftDates(Attribute a, int shiftDays) throws DicomException {
    String[] values = a.getStringValues();
    if (values == null || values.length == 0) {
      return true;
    }
    String[] shifted = new String[values.length];
    for (int i = 0; i < values.length; i++) {
      shifted[i] = DateShift.shift(values[i], shiftDays);
      if (shifted[i] == null) {
        return false;
      }
    }
    a.removeValues();
    for (String s : shifted) {
      a.addValue(s);
    }
    return true;
  }

  private static void replace(AttributeList list, AttributeTag tag, String value) throws DicomException {
    Attribute a = list.get(tag);
    if (a == null) {
      return;
    }
    a.removeValues();
    if (!value.isEmpty()) {
      a.addValue(value);
    }
  }

  private void record(AttributeList list) throws DicomException {
    Attribute removed = new CodeStringAttribute(TagFromName.PatientIdentityRemoved);
    removed.addValue("YES");
    list.put(removed);
    Attribute method = new LongStringAttribute(TagFromName.DeidentificationMethod);
    method.addValue(METHOD + (retainLongitudinal ? "; dates shifted per patient" : "; dates removed"));
    list.put(method);
    SequenceAttribute codes = new SequenceAttribute(TagFromName.DeidentificationMethodCodeSequence);
    codes.addItem(new CodedSequenceItem("113100", "DCM", "Basic Application Confidentiality Profile")
        .getAttributeList());
    if (retainLongitudinal) {
      codes.addItem(new CodedSequenceItem("113107", "DCM",
          "Retain Longitudinal Temporal Information Modified Dates Option").getAttributeList());
    }
    list.put(codes);
  }
}
