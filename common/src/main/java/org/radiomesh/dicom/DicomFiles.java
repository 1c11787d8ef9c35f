package org.radiomesh.dicom;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.FileMetaInformation;
import com.pixelmed.dicom.TransferSyntax;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a data set as a DICOM Part 10 file (preamble, file meta information, Explicit VR Little Endian) through a
 * temporary sibling moved into place, so that a reader never sees a partial file.
 */
final class DicomFiles {
  /** Source Application Entity Title recorded in the file meta information. */
  static final String SOURCE_AE = "RADIOMESH";

  private DicomFiles() {}

  static void write(AttributeList list, Path file) throws IOException, DicomException {
    FileMetaInformation.addFileMetaInformation(list, TransferSyntax.ExplicitVRLittleEndian, SOURCE_AE);
    Path absolute = file.toAbsolutePath();
    Path temporary = absolute.resolveSibling(absolute.getFileName() + ".part");
    try {
      list.write(temporary.toFile(), TransferSyntax.ExplicitVRLittleEndian, true, true);
      Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
