package org.radiomesh.dicom;

import static org.radiomesh.dicom.DicomAttributes.put;
import static org.radiomesh.dicom.DicomAttributes.putDecimals;
import static org.radiomesh.dicom.DicomAttributes.putInts;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.OtherWordAttribute;
import com.pixelmed.dicom.SOPClass;
import com.pixelmed.dicom.TagFromName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.radiomesh.radiograph.CbctOptions;
import org.radiomesh.radiograph.CbctVolume;

/**
 * Writes a simulated CBCT volume as a DICOM CT Image Storage series (1.2.840.10008.5.1.4.1.1.2), one file per axial
 * slice ({@code CT0001.dcm}, ...), Explicit VR Little Endian, with PixelMed.
 *
 * <p>Geometry: the material field's millimetre frame is written as the DICOM patient frame unchanged (the virtual
 * patient's axes are taken to be the patient coordinate axes): Image Orientation (Patient) 1\0\0\0\1\0 (rows along +x,
 * columns along +y), Image Position (Patient) = centre of the slice's first voxel, Slice Location = its z, Slice
 * Thickness = Spacing Between Slices = Pixel Spacing = the voxel size; one Frame of Reference UID for the case.
 * Pixels: 16 bits allocated and stored, unsigned, stored value = HU + 1024 (Rescale Intercept −1024, Slope 1, Rescale
 * Type HU), MONOCHROME2, window centre 1000 / width 4000 (a dental bone window). Identity and UIDs:
 * {@link SyntheticStudy}; series "cbct", instance n = slice index + 1. The same inputs give byte-identical files.
 * O(voxels).
 */
public final class CbctDicomSeriesWriter {
  /** Series name used for UIDs. */
  public static final String SERIES = "cbct";

  private CbctDicomSeriesWriter() {}

  /**
   * Writes every slice of {@code ct} into {@code directory} (created if absent) and returns the files in slice order.
   *
   * @throws IOException if a file cannot be written; the message names it
   */
  public static List<Path> write(CbctVolume ct, SyntheticStudy study, Path directory) throws IOException {
    Files.createDirectories(directory);
    List<Path> files = new ArrayList<>(ct.nz());
    for (int k = 0; k < ct.nz(); k++) {
      Path file = directory.resolve(String.format(Locale.ROOT, "CT%04d.dcm", k + 1));
      try {
        DicomFiles.write(slice(ct, study, k), file);
      } catch (DicomException e) {
        throw new IOException("cannot write CBCT slice " + file + ": " + e.getMessage(), e);
      }
      files.add(file);
    }
    return files;
  }

  /** The data set of slice {@code k} (without file meta information). */
  public static AttributeList slice(CbctVolume ct, SyntheticStudy study, int k) throws DicomException {
    CbctOptions o = ct.options();
    double v = ct.voxelMm();
    double[] origin = ct.origin();
    double x = origin[0] + 0.5 * v;
    double y = origin[1] + 0.5 * v;
    double z = origin[2] + (k + 0.5) * v;
    AttributeList list = new AttributeList();
    put(list, TagFromName.SOPClassUID, SOPClass.CTImageStorage);
    put(list, TagFromName.SOPInstanceUID, study.sopInstanceUid(SERIES, k + 1));
    study.addPatientAndStudy(list);
    put(list, TagFromName.Modality, "CT");
    put(list, TagFromName.SeriesInstanceUID, study.seriesInstanceUid(SERIES));
    putInts(list, TagFromName.SeriesNumber, 2);
    put(list, TagFromName.SeriesDescription, "CBCT (synthetic)");
    put(list, TagFromName.PatientPosition, "HFS");
    put(list, TagFromName.ManufacturerModelName, "radiomesh CBCT simulator");
    put(list, TagFromName.FrameOfReferenceUID, study.frameOfReferenceUid());
    put(list, TagFromName.PositionReferenceIndicator);
    putInts(list, TagFromName.InstanceNumber, k + 1);
    putInts(list, TagFromName.AcquisitionNumber, 1);
    put(list, TagFromName.ContentDate, study.studyDate());
    put(list, TagFromName.ContentTime, study.studyTime());
    put(list, TagFromName.ImageType, "ORIGINAL", "PRIMARY", "AXIAL");
    put(list, TagFromName.ImageComments, "SYNTHETIC: simulated CBCT, not a real patient");
    put(list, TagFromName.BurnedInAnnotation, "NO");
    put(list, PanoramicDicomWriter.BODY_PART_EXAMINED, "JAW");
    putDecimals(list, PanoramicDicomWriter.KVP, o.kvp());
    putInts(list, PanoramicDicomWriter.TUBE_CURRENT, (int) Math.round(o.tubeCurrentMa()));
    putInts(list, PanoramicDicomWriter.EXPOSURE_TIME, (int) Math.round(o.exposureTimeS() * 1000));
    putDecimals(list, TagFromName.ImagePositionPatient, x, y, z);
    putDecimals(list, TagFromName.ImageOrientationPatient, 1, 0, 0, 0, 1, 0);
    putDecimals(list, TagFromName.SliceLocation, z);
    putDecimals(list, TagFromName.SliceThickness, v);
    putDecimals(list, TagFromName.SpacingBetweenSlices, v);
    putDecimals(list, TagFromName.PixelSpacing, v, v);
    putInts(list, TagFromName.SamplesPerPixel, 1);
    put(list, TagFromName.PhotometricInterpretation, "MONOCHROME2");
    putInts(list, TagFromName.Rows, ct.ny());
    putInts(list, TagFromName.Columns, ct.nx());
    putInts(list, TagFromName.BitsAllocated, 16);
    putInts(list, TagFromName.BitsStored, 16);
    putInts(list, TagFromName.HighBit, 15);
    putInts(list, TagFromName.PixelRepresentation, 0);
    put(list, TagFromName.RescaleIntercept, "-1024");
    put(list, TagFromName.RescaleSlope, "1");
    put(list, TagFromName.RescaleType, "HU");
    put(list, TagFromName.WindowCenter, "1000");
    put(list, TagFromName.WindowWidth, "4000");
    short[] stored = ct.slice(k);
    for (int i = 0; i < stored.length; i++) {
      stored[i] = (short) (stored[i] + 1024);
    }
    OtherWordAttribute pixels = new OtherWordAttribute(TagFromName.PixelData);
    pixels.setValues(stored);
    list.put(pixels);
    return list;
  }
}
