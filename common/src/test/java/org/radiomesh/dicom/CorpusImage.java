package org.radiomesh.dicom;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.OtherByteAttribute;
import com.pixelmed.dicom.OtherWordAttribute;
import com.pixelmed.dicom.TagFromName;
import java.util.Random;

/**
 * The image pixel module of a corpus file, and seeded pixel values within its bit range.
 *
 * @param rows Rows
 * @param columns Columns
 * @param frames Number of Frames (1 writes no Number of Frames attribute)
 * @param bitsAllocated 8 or 16
 * @param bitsStored at most bitsAllocated
 * @param signed Pixel Representation 1
 * @param photometric MONOCHROME1 or MONOCHROME2
 */
public record CorpusImage(int rows, int columns, int frames, int bitsAllocated, int bitsStored, boolean signed,
    String photometric) {

  /** Rows·Columns·Frames·BitsAllocated/8. */
  public long decodedBytes() {
    return (long) rows * columns * frames * bitsAllocated / 8;
  }

  /** Adds the image pixel module and seeded native pixel data to {@code l}. */
  public void addTo(AttributeList l, long seed, boolean withPixels) throws DicomException {
    CorpusPatient.put(l, TagFromName.SamplesPerPixel, "1");
    CorpusPatient.put(l, TagFromName.PhotometricInterpretation, photometric);
    l.putNewAttribute(TagFromName.Rows).addValue(rows);
    l.putNewAttribute(TagFromName.Columns).addValue(columns);
    if (frames > 1) {
      CorpusPatient.put(l, TagFromName.NumberOfFrames, Integer.toString(frames));
    }
    l.putNewAttribute(TagFromName.BitsAllocated).addValue(bitsAllocated);
    l.putNewAttribute(TagFromName.BitsStored).addValue(bitsStored);
    l.putNewAttribute(TagFromName.HighBit).addValue(bitsStored - 1);
    l.putNewAttribute(TagFromName.PixelRepresentation).addValue(signed ? 1 : 0);
    if (!withPixels) {
      return;
    }
    Random r = new Random(seed);
    int n = rows * columns * frames;
    int lo = signed ? -(1 << (bitsStored - 1)) : 0;
    int span = 1 << bitsStored;
    if (bitsAllocated == 8) {
      byte[] v = new byte[n];
      for (int i = 0; i < n; i++) {
        v[i] = (byte) (lo + r.nextInt(span));
      }
      Attribute a = new OtherByteAttribute(TagFromName.PixelData);
      a.setValues(v);
      l.put(a);
    } else {
      short[] v = new short[n];
      for (int i = 0; i < n; i++) {
        v[i] = (short) (lo + r.nextInt(span));
      }
      Attribute a = new OtherWordAttribute(TagFromName.PixelData);
      a.setValues(v);
      l.put(a);
    }
  }
}
