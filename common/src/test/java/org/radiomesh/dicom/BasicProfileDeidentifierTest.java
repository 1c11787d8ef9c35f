package org.radiomesh.dicom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * De-identification of the corpus: no original name, ID, UID or date survives anywhere in a row, its JSON or a
 * quarantine message; pseudonyms and UIDs are consistent per patient and study; dates are removed or shifted.
 */
class BasicProfileDeidentifierTest {
  static final byte[] KEY = "corpus-test-key-0123456789abcdef".getBytes(StandardCharsets.UTF_8);
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path dir;
  static List<CorpusExpectation> corpus;

  @BeforeAll
  static void writeCorpus() throws Exception {
    corpus = DicomTestCorpus.write(dir, 7);
  }

  /** Catalogs the corpus; returns the rows by file, and collects every quarantine message into {@code messages}. */
  static Map<String, DicomCatalogRow> catalogAll(DeidOptions deid, List<String> messages) throws Exception {
    ImageCataloger c = new ImageCataloger(DicomTestCorpus.LIMITS, deid);
    Map<String, DicomCatalogRow> rows = new HashMap<>();
    for (CorpusExpectation e : corpus) {
      Path p = dir.resolve(e.file());
      try (InputStream in = Files.newInputStream(p)) {
        rows.put(e.file(), c.catalog(new SourceFile(e.file(), Files.size(p), 0), in));
      } catch (QuarantineException q) {
        messages.add(q.getMessage());
      }
    }
    return rows;
  }

  @Test
  void noOriginalIdentitySurvivesInRowsJsonOrMessages() throws Exception {
    for (boolean longitudinal : new boolean[] {false, true}) {
      List<String> messages = new ArrayList<>();
      Map<String, DicomCatalogRow> rows = catalogAll(DeidOptions.basic(KEY, longitudinal), messages);
      assertThat(rows).hasSize(12);
      StringBuilder everything = new StringBuilder();
      rows.values().forEach(r -> everything.append(r).append('\n'));
      messages.forEach(m -> everything.append(m).append('\n'));
      for (String identity : DicomTestCorpus.identifyingStrings()) {
        assertThat(everything.toString()).as("longitudinal=" + longitudinal).doesNotContain(identity);
      }
    }
  }

  @Test
  void withoutDeidentificationTheScanFindsTheIdentities() throws Exception {
    Map<String, DicomCatalogRow> rows = catalogAll(DeidOptions.none(), new ArrayList<>());
    String all = rows.values().toString();
    assertThat(all).contains(CorpusPatient.PATIENTS.get(0).name(), CorpusPatient.PATIENTS.get(0).id(),
        CorpusPatient.PATIENTS.get(0).studyUid());
  }

  @Test
  void pseudonymsAndUidsAreConsistentPerPatientAndStudy() throws Exception {
    Map<String, DicomCatalogRow> rows = catalogAll(DeidOptions.basic(KEY, false), new ArrayList<>());
    DicomCatalogRow ct = rows.get("ct_explicit_le_16s.dcm");
    DicomCatalogRow mr = rows.get("mr_implicit_le_16u.dcm");
    DicomCatalogRow cr = rows.get("cr_explicit_be_12u.dcm");
    assertThat(ct.patientId()).isEqualTo(mr.patientId()).isNotEqualTo(cr.patientId()).hasSize(20);
    assertThat(ct.studyInstanceUid()).isEqualTo(mr.studyInstanceUid()).isNotEqualTo(cr.studyInstanceUid());
    assertThat(ct.seriesInstanceUid()).isNotEqualTo(mr.seriesInstanceUid());
    CorpusPatient p1 = CorpusPatient.PATIENTS.get(0);
    assertThat(ct.studyInstanceUid()).isEqualTo(expectedUid(p1.studyUid()));
    assertThat(ct.imageId()).isEqualTo(ct.sopInstanceUid()).isEqualTo(expectedUid(p1.instanceUid(1, 1)));
    assertThat(ct.studyDate()).isNull();
    assertThat(ct.manufacturer()).isEqualTo("Radiomesh Imaging");
    assertThat(ct.sopClassUid()).isEqualTo(DicomTestCorpus.CT);
    assertThat(ct.deidentified()).isTrue();

    JsonNode json = JSON.readTree(ct.headerJson());
    assertThat(json.at("/00120062/Value/0").asText()).isEqualTo("YES");
    assertThat(json.at("/00120064/Value/0/00080100/Value/0").asText()).isEqualTo("113100");
    assertThat(json.at("/00100020/Value/0").asText()).isEqualTo(ct.patientId());
    assertThat(json.at("/00081140/Value/0/00081155/Value/0").asText())
        .isEqualTo(expectedUid(p1.instanceUid(1, 1001)));
    assertThat(json.at("/00020003/Value/0").asText()).isEqualTo(ct.sopInstanceUid());
    assertThat(json.at("/00080020").has("Value")).isFalse();
    assertThat(json.has("00100030") && json.get("00100030").has("Value")).isFalse();
    for (Iterator<String> keys = json.fieldNames(); keys.hasNext(); ) {
      String key = keys.next();
      assertThat(Integer.parseInt(key.substring(0, 4), 16) % 2).as("private group " + key).isZero();
    }
  }

  @Test
  void retainLongitudinalShiftsEveryDateOfAPatientByTheSameDays() throws Exception {
    Map<String, DicomCatalogRow> rows = catalogAll(DeidOptions.basic(KEY, true), new ArrayList<>());
    for (CorpusExpectation e : corpus) {
      DicomCatalogRow r = rows.get(e.file());
      if (e.patient() == null || r == null) {
        continue;
      }
      java.time.LocalDate original = DateShift.parse(e.patient().studyDate());
      long days = ChronoUnit.DAYS.between(r.studyDate(), original);
      assertThat(days).as(e.file()).isBetween(1L, (long) KeyedPseudonyms.MAX_SHIFT_DAYS)
          .isEqualTo(new KeyedPseudonyms(KEY).dayShift(e.patient().id()));
      JsonNode json = JSON.readTree(r.headerJson());
      String shifted = r.studyDate().toString().replace("-", "");
      assertThat(json.at("/00080020/Value/0").asText()).isEqualTo(shifted);
      assertThat(json.at("/00080021/Value/0").asText()).isEqualTo(shifted);
      assertThat(json.at("/00080030/Value/0").asText()).isEqualTo(CorpusPatient.STUDY_TIME);
      assertThat(json.at("/00120064/Value/1/00080100/Value/0").asText()).isEqualTo("113107");
    }
  }

  @Test
  void anotherKeyGivesOtherPseudonyms() throws Exception {
    byte[] other = "another-key-for-the-same-corpus!".getBytes(StandardCharsets.UTF_8);
    DicomCatalogRow a = catalogAll(DeidOptions.basic(KEY, false), new ArrayList<>()).get("ct_explicit_le_16s.dcm");
    DicomCatalogRow b = catalogAll(DeidOptions.basic(other, false), new ArrayList<>()).get("ct_explicit_le_16s.dcm");
    assertThat(a.patientId()).isNotEqualTo(b.patientId());
    assertThat(a.sopInstanceUid()).isNotEqualTo(b.sopInstanceUid());
    assertThat(a.contentHash()).isNotEqualTo(b.contentHash());
  }

  /** The documented UID mapping, computed independently of {@link KeyedPseudonyms}. */
  static String expectedUid(String original) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
    byte[] h = mac.doFinal(("uid\0" + original).getBytes(StandardCharsets.UTF_8));
    byte[] u = java.util.Arrays.copyOf(h, 16);
    u[6] = (byte) ((u[6] & 0x0F) | 0x80);
    u[8] = (byte) ((u[8] & 0x3F) | 0x80);
    return "2.25." + new BigInteger(1, u);
  }
}
