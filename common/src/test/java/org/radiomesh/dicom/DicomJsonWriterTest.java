package org.radiomesh.dicom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.AttributeTagAttribute;
import com.pixelmed.dicom.FloatDoubleAttribute;
import com.pixelmed.dicom.OtherByteAttribute;
import com.pixelmed.dicom.OtherWordAttribute;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.UnsignedLongAttribute;
import java.util.Base64;
import java.util.Iterator;
import org.junit.jupiter.api.Test;

/** {@link DicomJsonWriter} against hand-written PS3.18 F.2 expectations. */
class DicomJsonWriterTest {
  static final ObjectMapper JSON = new ObjectMapper();

  static AttributeList sample() throws Exception {
    AttributeList l = new AttributeList();
    CorpusPatient.put(l, TagFromName.PatientName, "Doe^Jane=Ideo^Graphic");
    CorpusPatient.put(l, TagFromName.ImageType, "ORIGINAL");
    l.get(TagFromName.ImageType).addValue("");
    l.get(TagFromName.ImageType).addValue("AXIAL");
    CorpusPatient.put(l, TagFromName.SliceThickness, "2.50");
    CorpusPatient.put(l, TagFromName.InstanceNumber, "+12");
    CorpusPatient.put(l, TagFromName.PatientWeight, "heavy");
    l.putNewAttribute(TagFromName.Rows).addValue(65535);
    Attribute ul = new UnsignedLongAttribute(new AttributeTag(0x0040, 0xA132));
    ul.addValue(0xFFFFFFF0);
    l.put(ul);
    Attribute fd = new FloatDoubleAttribute(new AttributeTag(0x0018, 0x9087));
    fd.addValue(Double.NaN);
    fd.addValue(1.5);
    l.put(fd);
    AttributeTagAttribute at = new AttributeTagAttribute(TagFromName.FrameIncrementPointer);
    at.addValue(0x0018, 0x1063);
    l.put(at);
    OtherByteAttribute small = new OtherByteAttribute(new AttributeTag(0x0019, 0x1001));
    small.setValues(new byte[] {1, 2, 3});
    l.put(small);
    OtherWordAttribute word = new OtherWordAttribute(new AttributeTag(0x0019, 0x1002));
    word.setValues(new short[] {0x0102, (short) 0xFFFE});
    l.put(word);
    OtherByteAttribute big = new OtherByteAttribute(new AttributeTag(0x0019, 0x1003));
    big.setValues(new byte[100]);
    l.put(big);
    SequenceAttribute seq = new SequenceAttribute(TagFromName.ReferencedImageSequence);
    AttributeList item = new AttributeList();
    CorpusPatient.put(item, TagFromName.ReferencedSOPInstanceUID, "1.2.3");
    seq.addItem(item);
    l.put(seq);
    l.putNewAttribute(TagFromName.AccessionNumber);
    return l;
  }

  @Test
  void writesEachVrAsTheJsonModelSays() throws Exception {
    JsonNode j = JSON.readTree(new DicomJsonWriter(8).write(sample()));
    assertThat(j.at("/00100010/vr").asText()).isEqualTo("PN");
    assertThat(j.at("/00100010/Value/0/Alphabetic").asText()).isEqualTo("Doe^Jane");
    assertThat(j.at("/00100010/Value/0/Ideographic").asText()).isEqualTo("Ideo^Graphic");
    assertThat(j.at("/00100010/Value/0").has("Phonetic")).isFalse();
    assertThat(j.at("/00080008/Value").toString()).isEqualTo("[\"ORIGINAL\",null,\"AXIAL\"]");
    assertThat(j.at("/00180050/Value/0").isNumber()).isTrue();
    assertThat(j.at("/00180050/Value/0").decimalValue()).isEqualByComparingTo("2.5");
    assertThat(j.at("/00200013/Value/0").asLong()).isEqualTo(12);
    assertThat(j.at("/00101030/Value/0").asText()).isEqualTo("heavy");
    assertThat(j.at("/00280010/Value/0").asLong()).isEqualTo(65535);
    assertThat(j.at("/0040A132/Value/0").asLong()).isEqualTo(0xFFFFFFF0L);
    assertThat(j.at("/00189087/Value").toString()).isEqualTo("[\"NaN\",1.5]");
    assertThat(j.at("/00280009/Value/0").asText()).isEqualTo("00181063");
    assertThat(Base64.getDecoder().decode(j.at("/00191001/InlineBinary").asText())).containsExactly(1, 2, 3);
    assertThat(Base64.getDecoder().decode(j.at("/00191002/InlineBinary").asText()))
        .containsExactly(0x02, 0x01, 0xFE, 0xFF);
    assertThat(j.at("/00191003/BulkDataURI").asText()).isEqualTo("radiomesh:omitted?length=100");
    assertThat(j.at("/00191003").has("InlineBinary")).isFalse();
    assertThat(j.at("/00081140/vr").asText()).isEqualTo("SQ");
    assertThat(j.at("/00081140/Value/0/00081155/Value/0").asText()).isEqualTo("1.2.3");
    assertThat(j.at("/00080050/vr").asText()).isEqualTo("SH");
    assertThat(j.at("/00080050").has("Value")).isFalse();
  }

  @Test
  void keysAreSortedEightDigitUpperCaseHex() throws Exception {
    JsonNode j = JSON.readTree(new DicomJsonWriter(8).write(sample()));
    String previous = "";
    for (Iterator<String> it = j.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      assertThat(k).matches("[0-9A-F]{8}");
      assertThat(k.compareTo(previous)).isPositive();
      previous = k;
    }
    assertThat(DicomJsonWriter.key(new AttributeTag(0x7FE0, 0x0010))).isEqualTo("7FE00010");
  }

  @Test
  void pixelDataBecomesAPlaceholderWithItsDeclaredLength() throws Exception {
    AttributeList l = new AttributeList();
    l.putNewAttribute(TagFromName.BitsAllocated).addValue(16);
    DicomHeader native16 = new DicomHeader(l, ImageFormat.DICOM_PART10, "1.2.840.10008.1.2.1",
        TagFromName.PixelData, 2048, 500, 2048, 512, "00");
    JsonNode j = JSON.readTree(new DicomJsonWriter(8).write(native16));
    assertThat(j.at("/7FE00010/vr").asText()).isEqualTo("OW");
    assertThat(j.at("/7FE00010/BulkDataURI").asText()).isEqualTo("radiomesh:pixeldata?length=2048");
    DicomHeader encapsulated = new DicomHeader(l, ImageFormat.DICOM_PART10, "1.2.840.10008.1.2.4.50",
        TagFromName.PixelData, -1, 500, 2048, 512, "00");
    j = JSON.readTree(new DicomJsonWriter(8).write(encapsulated));
    assertThat(j.at("/7FE00010/vr").asText()).isEqualTo("OB");
    assertThat(j.at("/7FE00010/BulkDataURI").asText()).isEqualTo("radiomesh:pixeldata?length=undefined");
  }
}
