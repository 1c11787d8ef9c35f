package org.radiomesh.dicom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole test corpus through {@link ImageCataloger}: each file cataloged with its typed values, or quarantined. */
class ImageCatalogerTest {
  @TempDir
  static Path dir;
  static List<CorpusExpectation> corpus;

  @BeforeAll
  static void writeCorpus() throws Exception {
    corpus = DicomTestCorpus.write(dir, 42);
  }

  static DicomCatalogRow catalog(ImageCataloger c, String file) throws Exception {
    Path p = dir.resolve(file);
    try (InputStream in = Files.newInputStream(p)) {
      return c.catalog(new SourceFile(p.toString(), Files.size(p), 1234L), in);
    }
  }

  @Test
  void everyFileIsCatalogedWithItsValuesOrQuarantinedWithItsReason() throws Exception {
    ImageCataloger c = new ImageCataloger(DicomTestCorpus.LIMITS, DeidOptions.none());
    for (CorpusExpectation e : corpus) {
      if (!e.cataloged()) {
        assertThatThrownBy(() -> catalog(c, e.file())).as(e.file())
            .isInstanceOfSatisfying(QuarantineException.class, q -> {
              assertThat(q.reason()).as(e.file() + ": " + q.getMessage()).isEqualTo(e.reason());
              assertThat(q.getMessage()).contains(e.file());
            });
        continue;
      }
      DicomCatalogRow row = catalog(c, e.file());
      assertThat(row.format()).as(e.file()).isEqualTo(e.format().name());
      assertThat(row.modality()).as(e.file()).isEqualTo(e.modality());
      assertThat(row.hasPixelData()).as(e.file()).isEqualTo(e.hasPixelData());
      assertThat(row.sizeBytes()).isEqualTo(Files.size(dir.resolve(e.file())));
      assertThat(row.modificationTimeMillis()).isEqualTo(1234L);
      assertThat(row.contentHash()).hasSize(64);
      if (e.image() != null) {
        CorpusImage img = e.image();
        assertThat(row.rows()).as(e.file()).isEqualTo(img.rows());
        assertThat(row.columns()).as(e.file()).isEqualTo(img.columns());
        assertThat(row.numberOfFrames()).as(e.file()).isEqualTo(img.frames());
        assertThat(row.bitsAllocated()).as(e.file()).isEqualTo(img.bitsAllocated());
        assertThat(row.bitsStored()).as(e.file()).isEqualTo(img.bitsStored());
        assertThat(row.pixelRepresentation()).as(e.file()).isEqualTo(img.signed() ? 1 : 0);
        assertThat(row.photometricInterpretation()).as(e.file()).isEqualTo(img.photometric());
        assertThat(row.decodedPixelBytes()).as(e.file()).isEqualTo(img.decodedBytes());
      }
      if (e.patient() == null) {
        assertThat(row.imageId()).isEqualTo(row.contentHash());
        assertThat(row.headerJson()).isNull();
        continue;
      }
      CorpusPatient p = e.patient();
      assertThat(row.transferSyntaxUid()).as(e.file()).isEqualTo(e.transferSyntax());
      assertThat(row.patientId()).isEqualTo(p.id());
      assertThat(row.studyInstanceUid()).isEqualTo(p.studyUid());
      assertThat(row.imageId()).isEqualTo(row.sopInstanceUid()).startsWith(CorpusPatient.ORIGINAL_UID_ROOT);
      assertThat(row.studyDate()).hasToString(p.studyDate().substring(0, 4) + "-" + p.studyDate().substring(4, 6)
          + "-" + p.studyDate().substring(6));
      assertThat(row.manufacturer()).isEqualTo("Radiomesh Imaging");
      assertThat(row.manufacturerModelName()).isEqualTo("CorpusScan " + e.modality());
      assertThat(row.headerJson()).contains("\"00100010\"").contains(p.id());
      if (e.hasPixelData()) {
        assertThat(row.pixelSpacing()).containsExactly(0.5, 0.25);
        assertThat(row.windowCenter()).isEqualTo(40.0);
        assertThat(row.windowWidth()).isEqualTo(400.0);
        assertThat(row.rescaleIntercept()).isEqualTo(-1024.0);
        assertThat(row.rescaleSlope()).isEqualTo(1.0);
        assertThat(row.imageType()).containsExactly("ORIGINAL", "PRIMARY");
        assertThat(row.burnedInAnnotation()).isEqualTo(e.modality().equals("XA"));
        assertThat(row.bodyPartExamined()).isEqualTo(e.modality().equals("CT") ? "HEAD" : "CHEST");
        boolean encapsulated = e.transferSyntax().startsWith("1.2.840.10008.1.2.4");
        assertThat(row.pixelDataLength()).as(e.file())
            .isEqualTo(encapsulated ? null : (Long) e.image().decodedBytes());
      }
    }
  }

  @Test
  void corpusCoversEveryReasonTheFixturesPromise() {
    assertThat(corpus.stream().filter(e -> !e.cataloged()).map(CorpusExpectation::reason).distinct())
        .containsExactlyInAnyOrder(ReasonCode.TRUNCATED, ReasonCode.EMPTY_FILE, ReasonCode.NOT_DICOM,
            ReasonCode.UNSUPPORTED_TRANSFER_SYNTAX, ReasonCode.TOO_LARGE, ReasonCode.MISSING_ATTRIBUTE,
            ReasonCode.MALFORMED_HEADER);
    assertThat(corpus.stream().filter(CorpusExpectation::cataloged)).hasSize(12);
  }

  @Test
  void sameFileGivesSameRowTwice() throws Exception {
    ImageCataloger c = new ImageCataloger(DicomTestCorpus.LIMITS, DeidOptions.none());
    for (CorpusExpectation e : corpus) {
      if (e.cataloged()) {
        assertThat(catalog(c, e.file())).as(e.file()).isEqualTo(catalog(c, e.file()));
      }
    }
  }
}
