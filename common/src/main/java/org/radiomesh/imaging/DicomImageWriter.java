package org.radiomesh.imaging;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.CodeStringAttribute;
import com.pixelmed.dicom.DecimalStringAttribute;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.FileMetaInformation;
import com.pixelmed.dicom.IntegerStringAttribute;
import com.pixelmed.dicom.LongStringAttribute;
import com.pixelmed.dicom.OtherByteAttribute;
import com.pixelmed.dicom.OtherByteAttributeMultipleCompressedFrames;
import com.pixelmed.dicom.OtherWordAttribute;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.UniqueIdentifierAttribute;
import com.pixelmed.dicom.UnsignedShortAttribute;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a {@link DicomImageSpec} as a DICOM instance with PixelMed: native (implicit/explicit little endian, explicit
 * big endian, deflated) Pixel Data as given, or encapsulated as JPEG baseline/extended (8-bit gray, lossy, JDK ImageIO
 * encoder at quality 0.95) or RLE lossless ({@link RleEncoder}). For test corpora, benchmarks and synthetic data; the
 * header carries only the attributes the pixel pipeline and series assembly read.
 *
 * <p>Cost O(pixels).
 */
public final class DicomImageWriter {
  private static final String AE_TITLE = "RADIOMESH";

  private DicomImageWriter() {}

  /** The encoded instance. */
  public static byte[] write(DicomImageSpec spec) throws IOException {
    return toBytes(toAttributeList(spec), spec.transferSyntaxUid, spec.preamble);
  }

  public static void write(DicomImageSpec spec, Path file) throws IOException {
    Files.write(file, write(spec));
  }

  /** The attribute list with Pixel Data encoded for the spec's transfer syntax (to add attributes before writing). */
  public static AttributeList toAttributeList(DicomImageSpec s) throws IOException {
    try {
      AttributeList l = new AttributeList();
      put(l, new UniqueIdentifierAttribute(TagFromName.SOPClassUID), s.sopClassUid);
      put(l, new UniqueIdentifierAttribute(TagFromName.SOPInstanceUID), s.sopUid);
      put(l, new UniqueIdentifierAttribute(TagFromName.StudyInstanceUID), s.studyUid);
      put(l, new UniqueIdentifierAttribute(TagFromName.SeriesInstanceUID), s.seriesUid);
      put(l, new CodeStringAttribute(TagFromName.Modality), s.modality);
      put(l, new LongStringAttribute(TagFromName.PatientID), "SYNTHETIC");
      if (s.instanceNumber != null) {
        put(l, new IntegerStringAttribute(TagFromName.InstanceNumber), s.instanceNumber.toString());
      }
      String photometric = s.photometric;
      boolean jpeg = isJpeg(s.transferSyntaxUid);
      if (jpeg && (s.bitsAllocated != 8 || s.samplesPerPixel != 1)) {
        throw new IllegalArgumentException("JPEG writing supports 8-bit single-sample images only");
      }
      put(l, new CodeStringAttribute(TagFromName.PhotometricInterpretation), photometric);
      us(l, TagFromName.Rows, s.rows);
      us(l, TagFromName.Columns, s.columns);
      us(l, TagFromName.SamplesPerPixel, s.samplesPerPixel);
      us(l, TagFromName.BitsAllocated, s.bitsAllocated);
      us(l, TagFromName.BitsStored, s.bitsStored);
      us(l, TagFromName.HighBit, s.highBit);
      us(l, TagFromName.PixelRepresentation, s.signed ? 1 : 0);
      if (s.samplesPerPixel > 1) {
        us(l, TagFromName.PlanarConfiguration, s.planarConfiguration);
      }
      if (s.frames > 1) {
        put(l, new IntegerStringAttribute(TagFromName.NumberOfFrames), Integer.toString(s.frames));
      }
      if (s.rescaleSlope != null) {
        put(l, new DecimalStringAttribute(TagFromName.RescaleSlope), ds(s.rescaleSlope));
        put(l, new DecimalStringAttribute(TagFromName.RescaleIntercept), ds(s.rescaleIntercept));
      }
      if (s.windowCenters != null) {
        Attribute c = new DecimalStringAttribute(TagFromName.WindowCenter);
        Attribute w = new DecimalStringAttribute(TagFromName.WindowWidth);
        for (int i = 0; i < s.windowCenters.length; i++) {
          c.addValue(ds(s.windowCenters[i]));
          w.addValue(ds(s.windowWidths[i]));
        }
        l.put(c);
        l.put(w);
        if (s.voiLutFunction != null) {
          put(l, new CodeStringAttribute(TagFromName.VOILUTFunction), s.voiLutFunction);
        }
      }
      if (s.position != null) {
        putDs(l, TagFromName.ImagePositionPatient, s.position);
        putDs(l, TagFromName.ImageOrientationPatient, s.orientation);
        putDs(l, TagFromName.PixelSpacing, s.pixelSpacing);
      }
      l.put(pixelData(s, jpeg));
      return l;
    } catch (DicomException e) {
      throw new IOException("cannot build the DICOM attributes: " + e.getMessage(), e);
    }
  }

  /** Encodes an attribute list with a meta header (and preamble) or as a raw data set. */
  public static byte[] toBytes(AttributeList list, String transferSyntaxUid, boolean preamble) throws IOException {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      if (preamble) {
        FileMetaInformation.addFileMetaInformation(list, transferSyntaxUid, AE_TITLE);
      }
      list.write(out, transferSyntaxUid, preamble, true);
      return out.toByteArray();
    } catch (DicomException e) {
      throw new IOException("cannot write DICOM in " + transferSyntaxUid + ": " + e.getMessage(), e);
    }
  }

  private static Attribute pixelData(DicomImageSpec s, boolean jpeg) throws DicomException, IOException {
    int perFrame = s.rows * s.columns * s.samplesPerPixel;
    if (jpeg) {
      byte[][] frames = new byte[s.frames][];
      boolean extended = DecodableTransferSyntax.JPEG_EXTENDED.uid().equals(s.transferSyntaxUid);
      for (int f = 0; f < s.frames; f++) {
        frames[f] = JpegFrameEncoder.encodeGray8(s.stored, f * perFrame, s.columns, s.rows, extended);
      }
      return new OtherByteAttributeMultipleCompressedFrames(TagFromName.PixelData, frames);
    }
    if (DecodableTransferSyntax.RLE_LOSSLESS.uid().equals(s.transferSyntaxUid)) {
      byte[][] frames = new byte[s.frames][];
      for (int f = 0; f < s.frames; f++) {
        frames[f] = RleEncoder.encodeFrame(s.stored, f * perFrame, s.rows * s.columns, s.samplesPerPixel,
            s.bitsAllocated / 8, s.planarConfiguration == 1);
      }
      return new OtherByteAttributeMultipleCompressedFrames(TagFromName.PixelData, frames);
    }
    if (s.bitsAllocated == 8) {
      byte[] b = new byte[s.stored.length + (s.stored.length & 1)];
      for (int i = 0; i < s.stored.length; i++) {
        b[i] = (byte) s.stored[i];
      }
      Attribute a = new OtherByteAttribute(TagFromName.PixelData);
      a.setValues(b);
      return a;
    }
    short[] w = new short[s.stored.length];
    for (int i = 0; i < w.length; i++) {
      w[i] = (short) s.stored[i];
    }
    Attribute a = new OtherWordAttribute(TagFromName.PixelData);
    a.setValues(w);
    return a;
  }

  private static boolean isJpeg(String ts) {
    return DecodableTransferSyntax.JPEG_BASELINE.uid().equals(ts)
        || DecodableTransferSyntax.JPEG_EXTENDED.uid().equals(ts);
  }

  private static void put(AttributeList l, Attribute a, String value) throws DicomException {
    a.addValue(value);
    l.put(a);
  }

  private static void us(AttributeList l, AttributeTag tag, int v) throws DicomException {
    Attribute a = new UnsignedShortAttribute(tag);
    a.addValue(v);
    l.put(a);
  }

  private static void putDs(AttributeList l, AttributeTag tag, double[] values) throws DicomException {
    Attribute a = new DecimalStringAttribute(tag);
    for (double v : values) {
      a.addValue(ds(v));
    }
    l.put(a);
  }

  /** A Decimal String of at most 16 characters that parses back to the same double where 16 characters allow. */
  static String ds(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    String s = Double.toString(v);
    if (s.length() <= 16) {
      return s;
    }
    return String.format(java.util.Locale.ROOT, "%.10g", v).trim();
  }
}
