package org.radiomesh.synth;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.FileMetaInformation;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.TransferSyntax;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.radiomesh.dicom.SyntheticStudy;

/**
 * DICOM Part 10 files as bytes for a {@link CaseSink}: the data sets of {@link org.radiomesh.dicom.PanoramicDicomWriter}
 * and {@link org.radiomesh.dicom.CbctDicomSeriesWriter} with file meta information (Explicit VR Little Endian, source
 * AE "RADIOMESH"), encoded in memory, the same bytes those writers put in a file. O(pixels).
 */
final class DicomBytes {
  private DicomBytes() {}

  /** The DICOM identity of a case: {@link SyntheticStudy} of its index (six digits or more) and its seed. */
  static SyntheticStudy study(CaseIdentity id) {
    return new SyntheticStudy(id.caseId().substring("case-".length()), id.seed());
  }

  /** {@code list} as a Part 10 file. */
  static byte[] encode(AttributeList list) throws IOException {
    try {
      FileMetaInformation.addFileMetaInformation(list, TransferSyntax.ExplicitVRLittleEndian, "RADIOMESH");
      ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
      list.write(out, TransferSyntax.ExplicitVRLittleEndian, true, true);
      return out.toByteArray();
    } catch (DicomException e) {
      throw new IOException("cannot encode DICOM " + list.get(TagFromName.SOPInstanceUID) + ": " + e.getMessage(), e);
    }
  }
}
