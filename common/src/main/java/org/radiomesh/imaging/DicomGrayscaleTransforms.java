package org.radiomesh.imaging;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.TagFromName;

/**
 * Reads the modality LUT and VOI parameters of one frame from a DICOM header: top-level attributes first, then the
 * frame's item of the Per-Frame Functional Groups Sequence, then the Shared Functional Groups Sequence (enhanced CT/MR
 * multi-frame objects keep Rescale and Window there, in the Pixel Value Transformation and Frame VOI LUT sequences).
 */
final class DicomGrayscaleTransforms {
  static final AttributeTag MODALITY_LUT_SEQUENCE = new AttributeTag(0x0028, 0x3000);

  private final AttributeList list;
  private final PixelModule pm;
  private final String source;

  DicomGrayscaleTransforms(AttributeList list, PixelModule pm, String source) {
    this.list = list;
    this.pm = pm;
    this.source = source;
  }

  /** Rescale slope/intercept or the Modality LUT Sequence of a frame; identity for colour images. */
  ModalityLut modality(int frame) throws PixelDecodeException {
    if (!pm.isMonochrome()) {
      return ModalityLut.identity();
    }
    Attribute seq = list.get(MODALITY_LUT_SEQUENCE);
    if (seq instanceof SequenceAttribute s && s.getNumberOfItems() > 0) {
      return ModalityLut.table(table(s.getItem(0).getAttributeList(), pm.signed(), "Modality LUT Sequence"));
    }
    Attribute slope = find(frame, TagFromName.RescaleSlope, TagFromName.PixelValueTransformationSequence);
    Attribute intercept = find(frame, TagFromName.RescaleIntercept, TagFromName.PixelValueTransformationSequence);
    double m = slope == null ? 1 : slope.getSingleDoubleValueOrDefault(Double.NaN);
    double b = intercept == null ? 0 : intercept.getSingleDoubleValueOrDefault(Double.NaN);
    try {
      return ModalityLut.rescale(m, b);
    } catch (IllegalArgumentException e) {
      throw new PixelDecodeException(PixelDecodeException.Reason.MALFORMED_HEADER, source, -1,
          "Rescale Slope and Intercept as finite numbers, slope non-zero", e);
    }
  }

  /**
   * The VOI chosen for a frame and how it was chosen, for {@link DecodedImage#voi()}. A null transform means "the full
   * range of the frame's modality values", to be computed once they are decoded; {@code note} then says why, when the
   * header had a window that could not be used.
   */
  record VoiChoice(VoiTransform transform, String note) {
    VoiChoice(VoiTransform transform) {
      this(transform, "");
    }

    static VoiChoice fullRange(String note) {
      return new VoiChoice(null, note);
    }

    /** The description of the transform finally applied. */
    String describe(VoiTransform applied) {
      return applied.describe() + note;
    }
  }

  /**
   * The VOI of a frame as far as the header and options decide it: an explicit window, the VOI LUT Sequence, the
   * header's window, or (null transform) the full range of the values when there is none, when the header's window is
   * unusable (width below 1, unknown function; said so in the note) or when the options ask for it.
   */
  VoiChoice voi(int frame, DecodeOptions opts) {
    if (opts.hasWindowOverride()) {
      return new VoiChoice(VoiTransform.linear(opts.windowCenter(), opts.windowWidth()));
    }
    if (!pm.isMonochrome()) {
      return new VoiChoice(VoiTransform.fullRange(0, 255));
    }
    if (opts.voiMode() == DecodeOptions.VoiMode.AUTO) {
      Attribute seq = list.get(TagFromName.VOILUTSequence);
      if (seq instanceof SequenceAttribute s && s.getNumberOfItems() > 0) {
        int item = Math.min(opts.windowIndex(), s.getNumberOfItems() - 1);
        try {
          return new VoiChoice(VoiTransform.lut(table(s.getItem(item).getAttributeList(), true, "VOI LUT Sequence")));
        } catch (PixelDecodeException e) {
          return VoiChoice.fullRange(" (VOI LUT Sequence unusable: " + e.getMessage() + ")");
        }
      }
    }
    if (opts.voiMode() != DecodeOptions.VoiMode.FULL_RANGE) {
      double[] centers = doubles(find(frame, TagFromName.WindowCenter, TagFromName.FrameVOILUTSequence));
      double[] widths = doubles(find(frame, TagFromName.WindowWidth, TagFromName.FrameVOILUTSequence));
      int k = Math.min(centers.length, widths.length);
      if (k > 0) {
        int i = Math.min(opts.windowIndex(), k - 1);
        Attribute function = find(frame, TagFromName.VOILUTFunction, TagFromName.FrameVOILUTSequence);
        String f = function == null ? null : function.getSingleStringValueOrNull();
        try {
          return new VoiChoice(VoiTransform.window(centers[i], widths[i], f));
        } catch (IllegalArgumentException e) {
          return VoiChoice.fullRange(" (header window " + centers[i] + "/" + widths[i] + " "
              + (f == null ? "LINEAR" : f) + " unusable)");
        }
      }
    }
    return VoiChoice.fullRange("");
  }

  static VoiTransform fullRange(float[] values, int off, int n) {
    float min = Float.POSITIVE_INFINITY;
    float max = Float.NEGATIVE_INFINITY;
    for (int i = off; i < off + n; i++) {
      float v = values[i];
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    return VoiTransform.fullRange(min, max);
  }

  /** The attribute at top level, else in the frame's functional group, else in the shared functional group. */
  private Attribute find(int frame, AttributeTag tag, AttributeTag functionalGroup) {
    Attribute a = list.get(tag);
    if (a != null && a.getVM() > 0) {
      return a;
    }
    a = inFunctionalGroup(TagFromName.PerFrameFunctionalGroupsSequence, frame, functionalGroup, tag);
    return a != null ? a : inFunctionalGroup(TagFromName.SharedFunctionalGroupsSequence, 0, functionalGroup, tag);
  }

  private Attribute inFunctionalGroup(AttributeTag groups, int item, AttributeTag group, AttributeTag tag) {
    if (!(list.get(groups) instanceof SequenceAttribute s) || s.getNumberOfItems() <= item) {
      return null;
    }
    if (!(s.getItem(item).getAttributeList().get(group) instanceof SequenceAttribute g)
        || g.getNumberOfItems() == 0) {
      return null;
    }
    Attribute a = g.getItem(0).getAttributeList().get(tag);
    return a != null && a.getVM() > 0 ? a : null;
  }

  private static double[] doubles(Attribute a) {
    if (a == null) {
      return new double[0];
    }
    try {
      return a.getDoubleValues();
    } catch (DicomException | NumberFormatException e) {
      return new double[0];
    }
  }

  /** A LUT from an item's LUT Descriptor and LUT Data; signed first-mapped values when the input can be negative. */
  private LookupTable table(AttributeList item, boolean signedInput, String what) throws PixelDecodeException {
    try {
      int[] d = Attribute.getIntegerValues(item, TagFromName.LUTDescriptor);
      Attribute dataAttr = item.get(TagFromName.LUTData);
      if (d == null || d.length != 3 || dataAttr == null) {
        throw malformed(what + " item with a 3-value LUT Descriptor and LUT Data", null);
      }
      int entries = d[0] == 0 ? 65536 : d[0] & 0xffff;
      int first = d[1] & 0xffff;
      if (signedInput && first > 32767) {
        first -= 65536;
      }
      int bits = d[2];
      short[] raw = dataAttr.getShortValues();
      int[] data = new int[entries];
      if (bits <= 8 && raw.length * 2 == entries) {
        for (int i = 0; i < entries; i++) {
          data[i] = (raw[i / 2] >> (8 * (i % 2))) & 0xff;
        }
      } else if (raw.length >= entries) {
        for (int i = 0; i < entries; i++) {
          data[i] = raw[i] & 0xffff;
        }
      } else {
        throw malformed(what + " LUT Data of " + entries + " entries, got " + raw.length, null);
      }
      return new LookupTable(first, bits, data);
    } catch (DicomException | IllegalArgumentException e) {
      throw malformed(what + " with a valid LUT Descriptor and LUT Data", e);
    }
  }

  private PixelDecodeException malformed(String expected, Exception cause) {
    return new PixelDecodeException(PixelDecodeException.Reason.MALFORMED_HEADER, source, -1, expected, cause);
  }
}
