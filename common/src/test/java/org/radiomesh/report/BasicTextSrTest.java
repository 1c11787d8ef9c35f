package org.radiomesh.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomInputStream;
import com.pixelmed.dicom.SOPClass;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.TagFromName;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radiomesh.anatomy.Condition;
import org.radiomesh.model.ModelIdentity;

class BasicTextSrTest {
  private static final ModelIdentity MODEL = new ModelIdentity("radiomesh-findings", "1.0.0", "0f".repeat(32));
  private static final String DX = SOPClass.DigitalXRayImageStorageForPresentation;
  private static final LocalDateTime WHEN = LocalDateTime.of(2026, 3, 4, 5, 6, 7);

  private static BasicTextSr.Study study() {
    StructuredReport a = StructuredReport.of("img-a", "1.2.3.4", "PX", DX, "1.2.3.4.5.1", MODEL,
        List.of(ReportFinding.predicted(46, "missing", 0.9), ReportFinding.of(28, new Condition.Impacted(31))));
    StructuredReport b = StructuredReport.of("img-b", "1.2.3.4", "PX", DX, "1.2.3.4.6.1", MODEL, List.of());
    StructuredReport png = StructuredReport.of("img-c", "1.2.3.4", "XR-IMAGE", null, null, MODEL,
        List.of(ReportFinding.predicted(11, "crown", 0.8)));
    return new BasicTextSr.Study("1.2.3.4", "PAT-7", List.of(new BasicTextSr.Entry(a, "1.2.3.4.5"),
        new BasicTextSr.Entry(b, "1.2.3.4.6"), new BasicTextSr.Entry(png, null)));
  }

  @Test
  void pixelMedReadsBackEveryImageReport() throws Exception {
    BasicTextSr.Study study = study();
    byte[] bytes = BasicTextSr.encode(study, MODEL, WHEN);
    BasicTextSrReader.Document doc = BasicTextSrReader.read(bytes, "sr");
    assertThat(doc.sopClassUid()).isEqualTo(SOPClass.BasicTextSRStorage);
    assertThat(doc.studyInstanceUid()).isEqualTo("1.2.3.4");
    assertThat(doc.algorithmName()).isEqualTo("radiomesh-findings");
    assertThat(doc.algorithmVersion()).isEqualTo("1.0.0@sha256:" + "0f".repeat(32));
    assertThat(doc.images()).hasSize(3);
    for (int i = 0; i < 3; i++) {
      StructuredReport r = study.entries().get(i).report();
      BasicTextSrReader.ImageReport read = doc.images().get(i);
      assertThat(read.sopInstanceUid()).isEqualTo(r.sopInstanceUid());
      assertThat(read.sopClassUid()).isEqualTo(r.sopClassUid());
      assertThat(read.findings()).isEqualTo(r.findingsText());
      assertThat(read.impression()).isEqualTo(r.impression());
    }
    assertThat(doc.images().get(0).findings()).contains("28: impacted (tilted 31\u00b0 mesially).");

    AttributeList list = new AttributeList();
    list.read(new DicomInputStream(new ByteArrayInputStream(bytes)));
    assertThat(Attribute.getSingleStringValueOrNull(list, TagFromName.Modality)).isEqualTo("SR");
    assertThat(Attribute.getSingleStringValueOrNull(list, TagFromName.PatientID)).isEqualTo("PAT-7");
    assertThat(Attribute.getSingleStringValueOrNull(list, TagFromName.SOPInstanceUID))
        .isEqualTo(BasicTextSr.sopInstanceUid("1.2.3.4", MODEL)).startsWith("2.25.");
    SequenceAttribute evidence = (SequenceAttribute) list.get(TagFromName.CurrentRequestedProcedureEvidenceSequence);
    SequenceAttribute series = (SequenceAttribute) evidence.getItem(0).getAttributeList()
        .get(TagFromName.ReferencedSeriesSequence);
    assertThat(series.getNumberOfItems()).isEqualTo(2);
  }

  @Test
  void sameStudyAndModelGiveTheSameInstanceUid() {
    assertThat(BasicTextSr.sopInstanceUid("1.2.3", MODEL)).isEqualTo(BasicTextSr.sopInstanceUid("1.2.3", MODEL))
        .isNotEqualTo(BasicTextSr.sopInstanceUid("1.2.4", MODEL));
  }

  @Test
  void dcmdumpParsesTheFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("report.dcm");
    Files.write(file, BasicTextSr.encode(study(), MODEL, WHEN));
    Path dcmdump = Path.of("/usr/bin/dcmdump");
    if (!Files.isExecutable(dcmdump)) {
      return;
    }
    Process p = new ProcessBuilder(dcmdump.toString(), "-q", file.toString()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out).as(out).doesNotContain("E: ").doesNotContain("W: ");
  }

  @Test
  void studyNeedsAUidAndReports() {
    assertThatThrownBy(() -> new BasicTextSr.Study("abc", null, List.of()))
        .hasMessageContaining("study instance UID 'abc'");
    assertThatThrownBy(() -> BasicTextSrReader.read(new byte[] {1, 2, 3}, "junk.dcm"))
        .isInstanceOf(ReportFormatException.class).hasMessageStartingWith("junk.dcm: ");
  }
}
