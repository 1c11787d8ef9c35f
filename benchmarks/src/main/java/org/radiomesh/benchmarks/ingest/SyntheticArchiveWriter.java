package org.radiomesh.benchmarks.ingest;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.CodedSequenceItem;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.FileMetaInformation;
import com.pixelmed.dicom.LongStringAttribute;
import com.pixelmed.dicom.OtherByteAttribute;
import com.pixelmed.dicom.OtherWordAttribute;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.TransferSyntax;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a synthetic archive for the ingest benchmark with PixelMed: CT series (512×512, 16-bit, explicit VR little
 * endian), MR series (256×256, 16-bit, implicit VR little endian) and DX radiographs (1024×1024, 16-bit, explicit
 * VR), in the proportions 2000 : 700 : 300, each with a header of the size and shape scanners write (about 110 public
 * attributes, sequences, two private blocks with a 1 KiB binary value; 5 to 6 KiB). Deterministic for a seed.
 *
 * <p>Usage: {@code SyntheticArchiveWriter DIR COUNT SEED}. Layout {@code DIR/patient/study/series/instance.dcm}.
 */
public final class SyntheticArchiveWriter {
  private SyntheticArchiveWriter() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int count = Integer.parseInt(args[1]);
    long seed = Long.parseLong(args[2]);
    Random r = new Random(seed);
    long bytes = 0;
    for (int i = 0; i < count; i++) {
      double u = (i * 0.618033988749895) % 1.0;
      String modality = u < 2.0 / 3 ? "CT" : u < 0.9 ? "MR" : "DX";
      int series = i / 100;
      int patient = series / 3;
      Path file = dir.resolve(String.format("p%04d/s%d/%s%d/%06d.dcm", patient, patient, modality, series, i));
      Files.createDirectories(file.getParent());
      AttributeList l = header(modality, patient, series, i, r);
      String ts = modality.equals("MR") ? TransferSyntax.ImplicitVRLittleEndian
          : TransferSyntax.ExplicitVRLittleEndian;
      FileMetaInformation.addFileMetaInformation(l, ts, "RADIOMESHBENCH");
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
        l.write(out, ts, true, true);
      }
      bytes += Files.size(file);
    }
    System.out.printf("wrote %d files, %.1f MB, under %s%n", count, bytes / 1e6, dir);
  }

  static AttributeList header(String modality, int patient, int series, int instance, Random r)
      throws DicomException, IOException {
    String root = "1.2.826.0.1.3680043.10.888.";
    int size = modality.equals("CT") ? 512 : modality.equals("MR") ? 256 : 1024;
    AttributeList l = new AttributeList();
    put(l, TagFromName.SpecificCharacterSet, "ISO_IR 100");
    put(l, TagFromName.ImageType, "ORIGINAL", "PRIMARY", modality.equals("DX") ? "" : "AXIAL");
    put(l, TagFromName.SOPClassUID, modality.equals("CT") ? "1.2.840.10008.5.1.4.1.1.2"
        : modality.equals("MR") ? "1.2.840.10008.5.1.4.1.1.4" : "1.2.840.10008.5.1.4.1.1.1.1");
    put(l, TagFromName.SOPInstanceUID, root + "3." + series + "." + instance);
    String date = String.format("20%02d%02d%02d", 10 + patient % 14, 1 + patient % 12, 1 + patient % 28);
    for (AttributeTag t : new AttributeTag[] {TagFromName.StudyDate, TagFromName.SeriesDate,
        TagFromName.AcquisitionDate, TagFromName.ContentDate, TagFromName.InstanceCreationDate}) {
      put(l, t, date);
    }
    for (AttributeTag t : new AttributeTag[] {TagFromName.StudyTime, TagFromName.SeriesTime,
        TagFromName.AcquisitionTime, TagFromName.ContentTime, TagFromName.InstanceCreationTime}) {
      put(l, t, String.format("%02d%02d%02d.%06d", 8 + r.nextInt(10), r.nextInt(60), r.nextInt(60), r.nextInt(1000000)));
    }
    put(l, TagFromName.AccessionNumber, "A" + (1000000 + series));
    put(l, TagFromName.Modality, modality);
    put(l, TagFromName.Manufacturer, "Radiomesh Medical Systems");
    put(l, TagFromName.InstitutionName, "Synthetic General Hospital");
    put(l, TagFromName.InstitutionAddress, "1 Synthetic Road, Nowhere");
    put(l, TagFromName.ReferringPhysicianName, "Referrer^Rita^M^Dr");
    put(l, TagFromName.StationName, "SCANNER" + (patient % 4));
    put(l, TagFromName.StudyDescription, modality + " routine");
    put(l, TagFromName.SeriesDescription, modality + " series " + series);
    put(l, TagFromName.InstitutionalDepartmentName, "Radiology");
    put(l, TagFromName.PhysiciansOfRecord, "Record^Ray");
    put(l, TagFromName.OperatorsName, "Operator^Olga");
    put(l, TagFromName.ManufacturerModelName, "Synthetica " + modality + " 9000");
    put(l, TagFromName.PatientName, "Patient" + patient + "^Synthetic");
    put(l, TagFromName.PatientID, "SYN" + (100000 + patient));
    put(l, TagFromName.PatientBirthDate, String.format("19%02d0%d1%d", 30 + patient % 60, 1 + patient % 9, patient % 10));
    put(l, TagFromName.PatientSex, patient % 2 == 0 ? "F" : "M");
    put(l, TagFromName.PatientAge, String.format("%03dY", 20 + patient % 60));
    put(l, TagFromName.PatientWeight, Integer.toString(50 + patient % 50));
    put(l, TagFromName.BodyPartExamined, modality.equals("DX") ? "CHEST" : "HEAD");
    put(l, TagFromName.SliceThickness, "1.25");
    put(l, new AttributeTag(0x0018, 0x0060), "120");
    put(l, TagFromName.DeviceSerialNumber, "SN" + (4000 + patient % 4));
    put(l, TagFromName.SoftwareVersions, "VX.2.1", "build 4711");
    put(l, TagFromName.ProtocolName, modality + " protocol " + (series % 7));
    put(l, TagFromName.ReconstructionDiameter, "350");
    put(l, TagFromName.DistanceSourceToDetector, "1040");
    put(l, TagFromName.DistanceSourceToPatient, "570");
    put(l, new AttributeTag(0x0018, 0x1120), "0");
    put(l, TagFromName.TableHeight, "150.5");
    put(l, new AttributeTag(0x0018, 0x1150), "1000");
    put(l, new AttributeTag(0x0018, 0x1151), "250");
    put(l, new AttributeTag(0x0018, 0x1152), "250");
    put(l, TagFromName.ConvolutionKernel, "STANDARD");
    put(l, TagFromName.PatientPosition, "HFS");
    put(l, TagFromName.StudyInstanceUID, root + "1." + patient);
    put(l, TagFromName.SeriesInstanceUID, root + "2." + series);
    put(l, TagFromName.StudyID, Integer.toString(patient));
    put(l, TagFromName.SeriesNumber, Integer.toString(series % 100));
    put(l, TagFromName.AcquisitionNumber, "1");
    put(l, TagFromName.InstanceNumber, Integer.toString(instance % 100 + 1));
    double z = -100 + 1.25 * (instance % 100);
    put(l, TagFromName.ImagePositionPatient, "-175.0", "-175.0", String.format("%.2f", z));
    put(l, TagFromName.ImageOrientationPatient, "1", "0", "0", "0", "1", "0");
    put(l, TagFromName.FrameOfReferenceUID, root + "4." + series);
    put(l, TagFromName.PositionReferenceIndicator, "");
    put(l, TagFromName.SliceLocation, String.format("%.2f", z));
    put(l, TagFromName.SamplesPerPixel, "1");
    put(l, TagFromName.PhotometricInterpretation, modality.equals("DX") ? "MONOCHROME1" : "MONOCHROME2");
    l.putNewAttribute(TagFromName.Rows).addValue(size);
    l.putNewAttribute(TagFromName.Columns).addValue(size);
    put(l, TagFromName.PixelSpacing, "0.683594", "0.683594");
    l.putNewAttribute(TagFromName.BitsAllocated).addValue(16);
    l.putNewAttribute(TagFromName.BitsStored).addValue(modality.equals("CT") ? 16 : 12);
    l.putNewAttribute(TagFromName.HighBit).addValue(modality.equals("CT") ? 15 : 11);
    l.putNewAttribute(TagFromName.PixelRepresentation).addValue(modality.equals("CT") ? 1 : 0);
    put(l, TagFromName.WindowCenter, "40", "400");
    put(l, TagFromName.WindowWidth, "400", "2000");
    put(l, TagFromName.RescaleIntercept, modality.equals("CT") ? "-1024" : "0");
    put(l, TagFromName.RescaleSlope, "1");
    put(l, TagFromName.WindowCenterWidthExplanation, "WINDOW1", "WINDOW2");
    sequences(l, root, series, instance);
    privateBlocks(l, r);
    short[] pixels = new short[size * size];
    for (int i = 0; i < pixels.length; i += 97) {
      pixels[i] = (short) r.nextInt(4096);
    }
    Attribute px = new OtherWordAttribute(TagFromName.PixelData);
    px.setValues(pixels);
    l.put(px);
    return l;
  }

  private static void sequences(AttributeList l, String root, int series, int instance) throws DicomException {
    SequenceAttribute ref = new SequenceAttribute(TagFromName.ReferencedImageSequence);
    AttributeList item = new AttributeList();
    put(item, TagFromName.ReferencedSOPClassUID, "1.2.840.10008.5.1.4.1.1.2");
    put(item, TagFromName.ReferencedSOPInstanceUID, root + "3." + series + "." + (instance + 100000));
    ref.addItem(item);
    l.put(ref);
    SequenceAttribute request = new SequenceAttribute(TagFromName.RequestAttributesSequence);
    AttributeList req = new AttributeList();
    put(req, TagFromName.RequestedProcedureID, "RP" + series);
    put(req, new AttributeTag(0x0040, 0x0009), "SPS" + series);
    request.addItem(req);
    l.put(request);
    SequenceAttribute procedure = new SequenceAttribute(TagFromName.ProcedureCodeSequence);
    procedure.addItem(new CodedSequenceItem("IMG123", "99LOCAL", "Imaging procedure").getAttributeList());
    l.put(procedure);
  }

  private static void privateBlocks(AttributeList l, Random r) throws DicomException {
    putPrivate(l, 0x0009, 0x0010, "RADIOMESH_BENCH_01");
    for (int e = 0; e < 12; e++) {
      putPrivate(l, 0x0009, 0x1000 + e, "value " + r.nextInt(100000));
    }
    putPrivate(l, 0x0019, 0x0010, "RADIOMESH_BENCH_02");
    for (int e = 0; e < 24; e++) {
      putPrivate(l, 0x0019, 0x1000 + e, Double.toString(r.nextDouble()));
    }
    OtherByteAttribute blob = new OtherByteAttribute(new AttributeTag(0x0019, 0x10FF));
    byte[] b = new byte[1024];
    r.nextBytes(b);
    blob.setValues(b);
    l.put(blob);
  }

  private static void putPrivate(AttributeList l, int group, int element, String value) throws DicomException {
    Attribute a = new LongStringAttribute(new AttributeTag(group, element));
    a.addValue(value);
    l.put(a);
  }

  private static void put(AttributeList l, AttributeTag tag, String... values) throws DicomException {
    Attribute a = l.putNewAttribute(tag);
    for (String v : values) {
      a.addValue(v);
    }
  }
}
