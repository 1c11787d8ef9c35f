package org.radiomesh.dicom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.SOPClass;
import com.pixelmed.dicom.TagFromName;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radiomesh.anatomy.Material;
import org.radiomesh.anatomy.MaterialField;
import org.radiomesh.radiograph.ArchCurve;
import org.radiomesh.radiograph.CbctOptions;
import org.radiomesh.radiograph.CbctSimulator;
import org.radiomesh.radiograph.CbctVolume;
import org.radiomesh.radiograph.PanoramicOptions;
import org.radiomesh.radiograph.PanoramicRadiograph;
import org.radiomesh.radiograph.PanoramicSimulator;

/** Panoramic and CBCT files written, read back with PixelMed and, where installed, parsed by dcmtk's dcmdump. */
class DicomWritersTest {
  private static final Path DCMDUMP = Path.of("/usr/bin/dcmdump");
  private static final SyntheticStudy STUDY = new SyntheticStudy("000123", 42);
  private static PanoramicRadiograph pano;
  private static CbctVolume ct;

  /** Enamel and bone blocks astride the arch, in soft tissue: a small field that makes a non-trivial image. */
  static final MaterialField BLOCKS = new MaterialField() {
    public Material materialAt(double x, double y, double z) {
      if (Math.abs(z) > 9 || Math.abs(x) > 30 || y < -5 || y > 35) {
        return Material.AIR;
      }
      if (Math.abs(z) < 4 && Math.floorMod((int) Math.floor(x / 4), 2) == 0 && y > 20) {
        return Material.ENAMEL;
      }
      return Math.abs(z) > 6 ? Material.BONE : Material.SOFT_TISSUE;
    }

    public int toothAt(double x, double y, double z) {
      return materialAt(x, y, z) == Material.ENAMEL ? 11 : 0;
    }

    public double[] bounds() {
      return new double[] {-30, -5, -9, 30, 35, 9};
    }
  };

  @BeforeAll
  static void simulate() {
    pano = PanoramicSimulator.simulate(BLOCKS, ArchCurve.beta(50, 30),
        PanoramicOptions.builder().optVoxelMm(0.5).optSeed(3).build());
    ct = CbctSimulator.simulate(BLOCKS, CbctOptions.builder().optVoxelMm(1.0).optSupersampling(1).optSeed(3)
        .build());
  }

  private static String text(AttributeList list, AttributeTag tag) {
    return Attribute.getDelimitedStringValuesOrEmptyString(list, tag);
  }

  @Test
  void panoramicReadsBackWithItsValuesAndPixels(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("pano.dcm");
    PanoramicDicomWriter.write(pano, STUDY, file);
    AttributeList read = new AttributeList();
    read.read(file.toFile());
    assertThat(text(read, TagFromName.SOPClassUID)).isEqualTo(SOPClass.DigitalXRayImageStorageForPresentation)
        .isEqualTo("1.2.840.10008.5.1.4.1.1.1.1");
    assertThat(text(read, TagFromName.Modality)).isEqualTo("PX");
    assertThat(text(read, TagFromName.PresentationIntentType)).isEqualTo("FOR PRESENTATION");
    assertThat(text(read, TagFromName.PatientName)).isEqualTo("SYNTHETIC^CASE-000123");
    assertThat(text(read, TagFromName.PatientID)).isEqualTo("SYN-000123");
    assertThat(text(read, TagFromName.PatientComments)).startsWith("SYNTHETIC");
    assertThat(text(read, TagFromName.StudyInstanceUID)).isEqualTo(STUDY.studyInstanceUid())
        .matches(DeterministicUidTest.VALID_UID);
    assertThat(text(read, TagFromName.SOPInstanceUID)).isEqualTo(STUDY.sopInstanceUid("panoramic", 1));
    assertThat(text(read, TagFromName.StudyDate)).isEqualTo(STUDY.studyDate());
    assertThat(text(read, TagFromName.BurnedInAnnotation)).isEqualTo("NO");
    assertThat(text(read, PanoramicDicomWriter.BODY_PART_EXAMINED)).isEqualTo("JAW");
    assertThat(Attribute.getSingleIntegerValueOrDefault(read, TagFromName.Rows, -1)).isEqualTo(pano.height());
    assertThat(Attribute.getSingleIntegerValueOrDefault(read, TagFromName.Columns, -1)).isEqualTo(pano.width());
    assertThat(Attribute.getSingleIntegerValueOrDefault(read, TagFromName.BitsStored, -1)).isEqualTo(12);
    assertThat(text(read, TagFromName.PhotometricInterpretation)).isEqualTo("MONOCHROME2");
    assertThat(text(read, TagFromName.ImagerPixelSpacing)).isEqualTo("0.1\\0.1");
    double m = Double.parseDouble(text(read, TagFromName.EstimatedRadiographicMagnificationFactor));
    assertThat(m).isCloseTo(pano.geometry().meanMagnification(), org.assertj.core.api.Assertions.within(1e-6));
    assertThat(Double.parseDouble(text(read, PanoramicDicomWriter.KVP))).isEqualTo(70.0);
    assertThat(Attribute.getSingleIntegerValueOrDefault(read, PanoramicDicomWriter.PIXEL_INTENSITY_RELATIONSHIP_SIGN,
        0)).isEqualTo(-1);
    short[] pixels = read.get(TagFromName.PixelData).getShortValues();
    assertThat(pixels).isEqualTo(pano.pixels());
    assertThat(text(read, TagFromName.TransferSyntaxUID)).isEqualTo("1.2.840.10008.1.2.1");
  }

  @Test
  void rewritingGivesByteIdenticalFiles(@TempDir Path dir) throws Exception {
    PanoramicDicomWriter.write(pano, STUDY, dir.resolve("a.dcm"));
    PanoramicDicomWriter.write(pano, STUDY, dir.resolve("b.dcm"));
    assertThat(Files.readAllBytes(dir.resolve("b.dcm"))).isEqualTo(Files.readAllBytes(dir.resolve("a.dcm")));
    List<Path> first = CbctDicomSeriesWriter.write(ct, STUDY, dir.resolve("ct1"));
    List<Path> second = CbctDicomSeriesWriter.write(ct, STUDY, dir.resolve("ct2"));
    for (int k = 0; k < first.size(); k++) {
      assertThat(Files.readAllBytes(second.get(k))).isEqualTo(Files.readAllBytes(first.get(k)));
    }
    assertThat(dir.resolve("a.dcm.part")).doesNotExist();
  }

  @Test
  void cbctSeriesReadsBackWithGeometryAndHounsfieldUnits(@TempDir Path dir) throws Exception {
    List<Path> files = CbctDicomSeriesWriter.write(ct, STUDY, dir);
    assertThat(files).hasSize(ct.nz());
    for (int k : new int[] {0, ct.nz() / 2, ct.nz() - 1}) {
      AttributeList read = new AttributeList();
      read.read(files.get(k).toFile());
      assertThat(text(read, TagFromName.SOPClassUID)).isEqualTo("1.2.840.10008.5.1.4.1.1.2");
      assertThat(text(read, TagFromName.Modality)).isEqualTo("CT");
      assertThat(text(read, TagFromName.SeriesInstanceUID)).isEqualTo(STUDY.seriesInstanceUid("cbct"));
      assertThat(text(read, TagFromName.FrameOfReferenceUID)).isEqualTo(STUDY.frameOfReferenceUid());
      assertThat(Attribute.getSingleIntegerValueOrDefault(read, TagFromName.InstanceNumber, -1)).isEqualTo(k + 1);
      String[] position = text(read, TagFromName.ImagePositionPatient).split("\\\\");
      assertThat(Double.parseDouble(position[2])).isEqualTo(-9 + (k + 0.5) * 1.0);
      assertThat(Double.parseDouble(position[0])).isEqualTo(-29.5);
      assertThat(text(read, TagFromName.ImageOrientationPatient)).isEqualTo("1\\0\\0\\0\\1\\0");
      assertThat(text(read, TagFromName.SliceThickness)).isEqualTo("1");
      double slope = Double.parseDouble(text(read, TagFromName.RescaleSlope));
      double intercept = Double.parseDouble(text(read, TagFromName.RescaleIntercept));
      short[] stored = read.get(TagFromName.PixelData).getShortValues();
      short[] expected = ct.slice(k);
      assertThat(stored).hasSize(expected.length);
      for (int i = 0; i < stored.length; i++) {
        assertThat((stored[i] & 0xFFFF) * slope + intercept).isEqualTo(expected[i]);
      }
    }
  }

  @Test
  void dcmdumpParsesEveryFileWithoutWarnings(@TempDir Path dir) throws Exception {
    assumeThat(Files.isExecutable(DCMDUMP)).as("dcmdump (dcmtk) is not installed at " + DCMDUMP).isTrue();
    Path panoFile = dir.resolve("pano.dcm");
    PanoramicDicomWriter.write(pano, STUDY, panoFile);
    List<Path> slices = CbctDicomSeriesWriter.write(ct, STUDY, dir.resolve("ct"));
    for (Path file : List.of(panoFile, slices.get(0), slices.get(slices.size() - 1))) {
      String output = dcmdump(file);
      assertThat(output).contains("(0010,0010) PN [SYNTHETIC^CASE-000123");
      assertThat(output).doesNotContainPattern("(?m)^[EWF]: ");
    }
  }

  private static String dcmdump(Path file) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(DCMDUMP.toString(), "-dc", file.toString()).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as("dcmdump exit status for %s:%n%s", file, output).isZero();
    return output;
  }
}
