package org.radiomesh.dicom;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.LongStringAttribute;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.TagFromName;
import java.util.List;

/**
 * A made-up patient of the test corpus with every kind of identifying value the Basic profile must remove or replace:
 * names, IDs, dates, UIDs, institution and device identity, a private element and a nested sequence. The values are
 * distinctive strings so that a scan of the outputs can look for them.
 *
 * @param index the patient number, used to build distinct UIDs
 * @param name Patient Name (PN)
 * @param id Patient ID
 * @param birthDate Patient Birth Date
 * @param studyDate Study Date; patients' study dates lie more than ten years apart, so that a shifted date of one
 *     patient can never equal another's original
 */
public record CorpusPatient(int index, String name, String id, String birthDate, String studyDate) {
  /** The UID root of original UIDs in the corpus (made up, never a registered root). */
  public static final String ORIGINAL_UID_ROOT = "1.2.826.0.1.3680043.10.777.";
  /** Study Time of every corpus study. */
  public static final String STUDY_TIME = "101530";

  /** Three patients, study dates in 2019, 1996 and 1973. */
  public static final List<CorpusPatient> PATIENTS = List.of(
      new CorpusPatient(1, "Zyxwvut^Qwertina", "PID-ZYX-4711", "19610709", "20190314"),
      new CorpusPatient(2, "Plumbago^Oswaldo^Q", "PID-PLU-0815", "19421224", "19960602"),
      new CorpusPatient(3, "Fennimore^Gwendolyn", "PID-FEN-2020", "19300131", "19731121"));

  public String studyUid() {
    return ORIGINAL_UID_ROOT + index + ".1";
  }

  public String seriesUid(int series) {
    return ORIGINAL_UID_ROOT + index + ".2." + series;
  }

  public String instanceUid(int series, int instance) {
    return ORIGINAL_UID_ROOT + index + ".3." + series + "." + instance;
  }

  public String frameOfReferenceUid() {
    return ORIGINAL_UID_ROOT + index + ".4";
  }

  public String accession() {
    return "ACC" + (900000 + index);
  }

  /** Every original value that must not appear in any output with de-identification on. */
  public List<String> identifyingStrings(int series, int instances) {
    List<String> out = new java.util.ArrayList<>(List.of(name, name.split("\\^")[0], name.split("\\^")[1], id,
        birthDate, studyDate, accession(), studyUid(), seriesUid(series), frameOfReferenceUid(),
        "Radiomesh Corpus Hospital " + index, "Referrer^Physician" + index, "Operator" + index,
        "SN-CORPUS-" + index, "STATION-" + index, "OTHER-" + id));
    for (int i = 1; i <= instances; i++) {
      out.add(instanceUid(series, i));
      out.add(instanceUid(series, i + 1000));
    }
    return out;
  }

  /** Patient, study and series attributes, with the identifying extras, for one instance. */
  public AttributeList header(String modality, String sopClassUid, int series, int instance) throws DicomException {
    AttributeList l = new AttributeList();
    put(l, TagFromName.SpecificCharacterSet, "ISO_IR 100");
    put(l, TagFromName.SOPClassUID, sopClassUid);
    put(l, TagFromName.SOPInstanceUID, instanceUid(series, instance));
    put(l, TagFromName.StudyDate, studyDate);
    put(l, TagFromName.SeriesDate, studyDate);
    put(l, TagFromName.AcquisitionDate, studyDate);
    put(l, TagFromName.ContentDate, studyDate);
    put(l, TagFromName.StudyTime, STUDY_TIME);
    put(l, TagFromName.AccessionNumber, accession());
    put(l, TagFromName.Modality, modality);
    put(l, TagFromName.Manufacturer, "Radiomesh Imaging");
    put(l, TagFromName.InstitutionName, "Radiomesh Corpus Hospital " + index);
    put(l, TagFromName.ReferringPhysicianName, "Referrer^Physician" + index);
    put(l, TagFromName.StationName, "STATION-" + index);
    put(l, TagFromName.OperatorsName, "Operator" + index);
    put(l, TagFromName.ManufacturerModelName, "CorpusScan " + modality);
    put(l, TagFromName.PatientName, name);
    put(l, TagFromName.PatientID, id);
    put(l, TagFromName.PatientBirthDate, birthDate);
    put(l, TagFromName.PatientSex, index % 2 == 0 ? "M" : "F");
    put(l, TagFromName.OtherPatientIDs, "OTHER-" + id);
    put(l, TagFromName.DeviceSerialNumber, "SN-CORPUS-" + index);
    put(l, TagFromName.StudyInstanceUID, studyUid());
    put(l, TagFromName.SeriesInstanceUID, seriesUid(series));
    put(l, TagFromName.StudyID, "S" + index);
    put(l, TagFromName.SeriesNumber, Integer.toString(series));
    put(l, TagFromName.InstanceNumber, Integer.toString(instance));
    put(l, TagFromName.FrameOfReferenceUID, frameOfReferenceUid());
    SequenceAttribute ref = new SequenceAttribute(TagFromName.ReferencedImageSequence);
    AttributeList item = new AttributeList();
    put(item, TagFromName.ReferencedSOPClassUID, sopClassUid);
    put(item, TagFromName.ReferencedSOPInstanceUID, instanceUid(series, instance + 1000));
    ref.addItem(item);
    l.put(ref);
    Attribute creator = new LongStringAttribute(new AttributeTag(0x0009, 0x0010));
    creator.addValue("RADIOMESH CORPUS");
    l.put(creator);
    Attribute privateName = new LongStringAttribute(new AttributeTag(0x0009, 0x1001));
    privateName.addValue(name);
    l.put(privateName);
    return l;
  }

  static void put(AttributeList l, AttributeTag tag, String value) throws DicomException {
    l.putNewAttribute(tag).addValue(value);
  }
}
