package org.radiomesh.synth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomInputStream;
import com.pixelmed.dicom.TagFromName;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferUShort;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radiomesh.anatomy.Condition;
import org.radiomesh.anatomy.DentitionSpec;
import org.radiomesh.anatomy.ToothSpec;
import org.radiomesh.mesh.MeshMeasures;
import org.radiomesh.mesh.TriangleMesh;
import org.radiomesh.mesh.io.MeshFiles;
import org.radiomesh.radiograph.DentexCoco;

/** One coarse case with every modality, generated twice; its files checked against each other and the findings. */
class CaseGeneratorTest {
  static final SynthOptions COARSE = SynthOptions.builder()
      .optModalities(EnumSet.allOf(Modality.class)).optMeshVoxels(0.8, 2.0, 1.5).optPreviewSize(160, 100)
      .optPixelPitchMm(0.5).optPanoramicVoxelMm(0.8).optCbctVoxelMm(3).optCbctSupersampling(1).build();
  static CaseIdentity id;
  static CaseRecord record;
  static MemorySink files = new MemorySink();
  static DentitionSpec spec;

  @BeforeAll
  static void generate() throws Exception {
    // The first case of master seed 5 with a DENTEX diagnosis on a modelled tooth, so every COCO layout has content.
    for (long i = 0; id == null; i++) {
      CaseIdentity c = CaseIdentity.of(5, i);
      DentitionSpec s = CaseGenerator.dentition(c.seed());
      if (s.teeth().stream().anyMatch(t -> !t.has(Condition.Missing.class)
          && t.conditions().stream().anyMatch(x -> DentexCoco.Diagnosis.of(x) != null))) {
        id = c;
        spec = s;
      }
    }
    record = new CaseGenerator(COARSE).generate(id, files);
  }

  @Test
  void sameCaseTwiceGivesTheSameBytes() throws Exception {
    MemorySink again = new MemorySink();
    new CaseGenerator(COARSE.toBuilder().optThreads(3).build()).generate(id, again);
    assertThat(again.files.keySet()).isEqualTo(files.files.keySet());
    for (String path : files.files.keySet()) {
      assertThat(again.files.get(path)).as(path).isEqualTo(files.files.get(path));
    }
  }

  @Test
  void caseJsonListsEveryFileWithItsSizeAndHash() throws Exception {
    assertThat(record.files()).extracting(CaseFile::path).containsExactlyInAnyOrderElementsOf(files.files.keySet());
    assertThat(record.files().get(record.files().size() - 1).path()).isEqualTo(CaseRecord.CASE_JSON);
    for (CaseFile f : record.files()) {
      byte[] b = files.files.get(f.path());
      assertThat(f.bytes()).isEqualTo(b.length);
      assertThat(f.sha256()).isEqualTo(ChecksumSink.sha256(b));
    }
    CaseRecord back = CaseRecord.read(id, "mem", files.files.get("case.json"), files.files.get("parameters.json"),
        files.files.get("findings.json"), files.files.get("report.txt"));
    assertThat(back).isEqualTo(record);
    JsonNode params = StableJson.mapper().readTree(files.files.get("parameters.json"));
    assertThat(params.at("/patient/seed").asLong()).isEqualTo(id.seed());
    assertThat(params.at("/options/tooth_voxel_mm").asDouble()).isEqualTo(0.8);
    assertThat(files.text("report.txt")).isEqualTo(GroundTruthReport.of(new CaseFindings(id.caseId(), spec)));
  }

  @Test
  void toothAndStructureMeshesAreClosedAndFaceOutwards() throws Exception {
    Set<Integer> modelled = new TreeSet<>();
    for (ToothSpec t : spec.teeth()) {
      if (!CaseFindings.status(t).equals("missing")) {
        modelled.add(t.tooth().fdi());
      }
    }
    Set<Integer> meshed = new TreeSet<>();
    for (Map.Entry<String, byte[]> e : files.files.entrySet()) {
      String p = e.getKey();
      if (p.startsWith("mesh/teeth/") || p.startsWith("mesh/structures/")) {
        TriangleMesh m = MeshFiles.read(p, e.getValue());
        assertThat(MeshMeasures.isWatertight(m)).as(p).isTrue();
        assertThat(MeshMeasures.signedVolume(m)).as(p).isPositive();
        if (p.startsWith("mesh/teeth/") && p.endsWith(".ply")) {
          meshed.add(Integer.parseInt(p.substring(11, 13)));
        }
      }
    }
    assertThat(meshed).isEqualTo(modelled);
  }

  @Test
  void archLabelsMatchTheMeshAndTheJawsTeeth() throws Exception {
    for (String jaw : new String[] {"upper", "lower"}) {
      String stem = "mesh/arch/" + id.caseId() + "_" + jaw;
      TriangleMesh ply = MeshFiles.read(stem + ".ply", files.files.get(stem + ".ply"));
      JsonNode labels = StableJson.mapper().readTree(files.files.get(stem + ".json"));
      assertThat(labels.get("labels").size()).isEqualTo(ply.vertexCount());
      assertThat(labels.get("jaw").asText()).isEqualTo(jaw);
      for (int v = 0; v < ply.vertexCount(); v++) {
        int fdi = labels.get("labels").get(v).asInt();
        assertThat(ply.labels()[v]).isEqualTo(fdi);
        assertThat(fdi == 0 || (fdi / 10 <= 2) == jaw.equals("upper")).as("label %d in %s", fdi, jaw).isTrue();
      }
    }
  }

  @Test
  void cocoBoxesAgreeWithTheFindings() throws Exception {
    JsonNode all = StableJson.mapper().readTree(files.files.get("panoramic/coco_enumeration.json"));
    JsonNode disease = StableJson.mapper().readTree(files.files.get("panoramic/coco_disease.json"));
    Set<Integer> boxed = new TreeSet<>();
    for (JsonNode a : all.get("annotations")) {
      boxed.add(10 * (a.get("category_id_1").asInt() + 1) + a.get("category_id_2").asInt() + 1);
    }
    Set<String> expected = new TreeSet<>();
    for (ToothSpec t : spec.teeth()) {
      if (t.has(Condition.Missing.class)) {
        assertThat(boxed).doesNotContain(t.tooth().fdi());
      } else if (boxed.contains(t.tooth().fdi())) {
        t.conditions().stream().map(DentexCoco.Diagnosis::of).filter(d -> d != null)
            .forEach(d -> expected.add(t.tooth().fdi() + ":" + d.id()));
      }
    }
    Set<String> annotated = new TreeSet<>();
    for (JsonNode a : disease.get("annotations")) {
      annotated.add((10 * (a.get("category_id_1").asInt() + 1) + a.get("category_id_2").asInt() + 1) + ":"
          + a.get("category_id_3").asInt());
    }
    assertThat(annotated).isEqualTo(expected).isNotEmpty();
    assertThat(all.at("/images/0/file_name").asText()).isEqualTo("panoramic.png");
    assertThat(all.at("/licenses/0/name").asText()).isEqualTo("CC0-1.0");
  }

  @Test
  void panoramicDicomHoldsThePngPixelsAndReadsBack(@TempDir Path dir) throws Exception {
    AttributeList l = new AttributeList();
    l.read(new DicomInputStream(new ByteArrayInputStream(files.files.get("panoramic/panoramic.dcm"))));
    BufferedImage png = ImageIO.read(new ByteArrayInputStream(files.files.get("panoramic/panoramic.png")));
    assertThat(l.get(TagFromName.Modality).getSingleStringValueOrEmptyString()).isEqualTo("PX");
    assertThat(l.get(TagFromName.Rows).getSingleIntegerValueOrDefault(0)).isEqualTo(png.getHeight());
    assertThat(l.get(TagFromName.Columns).getSingleIntegerValueOrDefault(0)).isEqualTo(png.getWidth());
    assertThat(l.get(TagFromName.PixelData).getShortValues())
        .isEqualTo(((DataBufferUShort) png.getRaster().getDataBuffer()).getData());
    assertThat(l.get(TagFromName.PatientName).getSingleStringValueOrEmptyString()).startsWith("SYNTHETIC^");
    assertThat(l.get(TagFromName.StudyInstanceUID).getSingleStringValueOrEmptyString()).startsWith("2.25.")
        .hasSizeLessThanOrEqualTo(64);
    Files.write(dir.resolve("p.dcm"), files.files.get("panoramic/panoramic.dcm"));
    Files.write(dir.resolve("c.dcm"), files.files.get("cbct/CT0002.dcm"));
    DcmtkCheck.assertParses(dir.resolve("p.dcm"));
    DcmtkCheck.assertParses(dir.resolve("c.dcm"));
  }

  @Test
  void cbctSeriesIsOneCtSliceAVoxelApart() throws Exception {
    long slices = files.files.keySet().stream().filter(p -> p.startsWith("cbct/")).count();
    assertThat(slices).isGreaterThan(10);
    String series = null;
    double previousZ = Double.NaN;
    for (int k = 0; k < slices; k++) {
      AttributeList l = new AttributeList();
      l.read(new DicomInputStream(new ByteArrayInputStream(files.files.get(String.format("cbct/CT%04d.dcm", k + 1)))));
      assertThat(l.get(TagFromName.Modality).getSingleStringValueOrEmptyString()).isEqualTo("CT");
      String s = l.get(TagFromName.SeriesInstanceUID).getSingleStringValueOrEmptyString();
      assertThat(series == null || series.equals(s)).isTrue();
      series = s;
      double z = l.get(TagFromName.ImagePositionPatient).getDoubleValues()[2];
      if (k > 0) {
        assertThat(z - previousZ).isCloseTo(3.0, org.assertj.core.data.Offset.offset(1e-6));
      }
      previousZ = z;
    }
  }
}
