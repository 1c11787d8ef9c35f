package org.radiomesh.imaging;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.DicomInputStream;
import com.pixelmed.dicom.OtherByteAttribute;
import com.pixelmed.dicom.OtherByteAttributeMultipleCompressedFrames;
import com.pixelmed.dicom.SOPClass;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.TransferSyntax;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import org.radiomesh.dicom.ImageFormat;
import org.radiomesh.imaging.DicomGrayscaleTransforms.VoiChoice;
import org.radiomesh.imaging.PixelDecodeException.Reason;

/**
 * Decodes the pixels of one DICOM instance held in memory.
 *
 * <p>PixelMed parses the header and stops at the top-level Pixel Data element; the element's tag, VR and length are
 * then checked in the caller's array at the offset PixelMed reports. Native pixel data is read there in place. Gray
 * 8-bit JPEG and all RLE frames are located in place ({@link EncapsulatedFrames}) and decoded by the JDK's JPEG reader
 * ({@link JpegFrameDecoder}) or our RLE decoder ({@link RleDecoder}). Deflated data sets, colour JPEG, fragment
 * layouts other than one fragment per frame, and any element that is not where it should be are read again in full by
 * PixelMed, which inflates, reassembles and decompresses. Stored values then go through {@link StoredSamples} (the
 * modality LUT, composed with an affine VOI into one pass where possible) and a {@link VoiTransform}. Cost
 * O(header + pixels of the frames asked for).
 */
final class DicomImageDecoder {
  private DicomImageDecoder() {}

  static DecodedImage decode(byte[] bytes, int length, String source, DecodeOptions opts)
      throws PixelDecodeException {
    AttributeList header = new AttributeList();
    long stop;
    String tsUid;
    try {
      DicomInputStream in = new DicomInputStream(new ByteArrayInputStream(bytes, 0, length));
      stop = header.read(in, TagFromName.PixelData);
      tsUid = in.getTransferSyntaxToReadDataSet() == null ? null : in.getTransferSyntaxToReadDataSet().getUID();
    } catch (IOException | DicomException | RuntimeException e) {
      throw new PixelDecodeException(isEof(e) ? Reason.TRUNCATED : Reason.MALFORMED_HEADER, source, -1,
          "a DICOM data set that PixelMed can parse up to Pixel Data (7FE0,0010)", e);
    }
    if (tsUid == null) {
      tsUid = Attribute.getSingleStringValueOrNull(header, TagFromName.TransferSyntaxUID);
    }
    String ts = tsUid == null ? TransferSyntax.ImplicitVRLittleEndian : tsUid.trim();
    DecodableTransferSyntax decodable = DecodableTransferSyntax.forUid(ts).orElseThrow(() ->
        new PixelDecodeException(Reason.UNSUPPORTED_TRANSFER_SYNTAX, source, -1, "one of the decodable transfer"
            + " syntaxes (native, deflated, JPEG baseline/extended 8-bit, RLE), got " + ts));
    int pixelTag = findPixelDataTag(bytes, length, stop, decodable);
    PixelModule declared = PixelModule.from(header,
        Attribute.getSingleStringValueOrNull(header, TagFromName.PhotometricInterpretation));
    checkSize(declared, opts, source);

    if (decodable.encoding() == DecodableTransferSyntax.Encoding.NATIVE && pixelTag >= 0) {
      declared.check(source);
      int[] range = frameRange(declared, opts, source);
      int valueStart = pixelTag + (decodable.explicitVr() ? 12 : 8);
      checkNativeLength(bytes, length, pixelTag, valueStart, declared, range, decodable, source);
      DicomGrayscaleTransforms luts = new DicomGrayscaleTransforms(header, declared, source);
      StoredSamples.Source src = StoredSamples.Source.bytes(bytes, valueStart, decodable.bigEndian(), 0);
      return finish(ImageFormat.detect(bytes, length), header, declared, luts, src, range, ts, source, opts);
    }
    boolean grayJpeg = decodable.encoding() == DecodableTransferSyntax.Encoding.JPEG
        && declared.samplesPerPixel() == 1 && declared.bitsAllocated() == 8;
    if (pixelTag >= 0 && (grayJpeg || decodable.encoding() == DecodableTransferSyntax.Encoding.RLE)) {
      declared.check(source);
      int[] range = frameRange(declared, opts, source);
      EncapsulatedFrames frames = EncapsulatedFrames.parse(bytes, length, pixelTag + 12, declared.frames(), source);
      if (frames != null) {
        StoredSamples.Source src = decodeFrames(frames, declared, range, grayJpeg, source);
        PixelModule interleaved = declared.withPlanarConfiguration(0);
        return finish(ImageFormat.detect(bytes, length), header, interleaved,
            new DicomGrayscaleTransforms(header, interleaved, source), src, range, ts, source, opts);
      }
    }
    return decodeWithPixelMed(bytes, length, ts, source, opts);
  }

  /** The requested frames of encapsulated pixel data, decoded by our RLE decoder or the JDK's JPEG reader. */
  private static StoredSamples.Source decodeFrames(EncapsulatedFrames frames, PixelModule pm, int[] range,
      boolean jpeg, String source) throws PixelDecodeException {
    int words = pm.pixelsPerFrame() * pm.samplesPerPixel();
    byte[] out8 = pm.bitsAllocated() == 8 ? new byte[range[1] * words] : null;
    short[] out16 = pm.bitsAllocated() == 16 ? new short[range[1] * words] : null;
    for (int f = 0; f < range[1]; f++) {
      int frame = range[0] + f;
      if (jpeg) {
        JpegFrameDecoder.decodeGray(frames.bytes(), frames.offset(frame), frames.length(frame), pm, out8, f * words,
            source);
      } else {
        RleDecoder.decodeFrame(frames.bytes(), frames.offset(frame), frames.length(frame), pm, out8, out16,
            f * words, source);
      }
    }
    return out8 != null ? StoredSamples.Source.bytes(out8, 0, false, range[0])
        : StoredSamples.Source.shorts(out16, range[0]);
  }

  /** Deflated, encapsulated, or a native layout whose Pixel Data element could not be located in place. */
  private static DecodedImage decodeWithPixelMed(byte[] bytes, int length, String ts, String source,
      DecodeOptions opts) throws PixelDecodeException {
    AttributeList full = new AttributeList();
    String photometric;
    try {
      full.read(new DicomInputStream(new ByteArrayInputStream(bytes, 0, length)));
      photometric = full.getDecompressedPhotometricInterpretation();
    } catch (IOException | DicomException | RuntimeException e) {
      throw new PixelDecodeException(isEof(e) ? Reason.TRUNCATED : Reason.DECODE_FAILED, source, -1,
          "pixel data that PixelMed can read and decompress (" + ts + ")", e);
    }
    Attribute pixelData = full.get(TagFromName.PixelData);
    if (pixelData == null) {
      throw noPixelData(full, source, length);
    }
    if (pixelData instanceof OtherByteAttributeMultipleCompressedFrames) {
      throw new PixelDecodeException(Reason.DECODE_FAILED, source, -1, "decompressed frames, but PixelMed left"
          + " them compressed (" + ts + ")");
    }
    PixelModule pm = PixelModule.from(full, photometric);
    if (!pm.isMonochrome() && new TransferSyntax(ts).isJPEGFamily()) {
      // ImageIO returns colour pixel-interleaved whatever Planar Configuration the header states.
      pm = pm.withPlanarConfiguration(0);
    }
    pm.check(source);
    int[] range = frameRange(pm, opts, source);
    DicomGrayscaleTransforms luts = new DicomGrayscaleTransforms(full, pm, source);
    StoredSamples.Source src;
    try {
      boolean asBytes = pm.bitsAllocated() == 8 || pixelData instanceof OtherByteAttribute;
      byte[] b = !asBytes ? null
          : pixelData instanceof OtherByteAttribute ? pixelData.getByteValues() : pixelData.getByteValues(false);
      short[] s = asBytes ? null : pixelData.getShortValues();
      long have = asBytes ? b.length : 2L * s.length;
      long need = (range[0] + (long) range[1]) * pm.bytesPerFrame();
      if (have < need) {
        throw new PixelDecodeException(Reason.TRUNCATED, source, -1, need + " bytes of decoded pixel data for frames "
            + range[0] + ".." + (range[0] + range[1] - 1) + ", PixelMed produced " + have);
      }
      src = asBytes ? StoredSamples.Source.bytes(b, 0, false, 0) : StoredSamples.Source.shorts(s, 0);
    } catch (DicomException e) {
      throw new PixelDecodeException(Reason.DECODE_FAILED, source, -1, "readable Pixel Data values", e);
    }
    return finish(ImageFormat.detect(bytes, length), full, pm, luts, src, range, ts, source, opts);
  }

  /**
   * Stored samples → pixels in [0, 1] (and modality values when asked). When the modality LUT is a rescale, the VOI
   * an affine window and no modality values are kept, rescale and window compose into one affine map applied in one
   * pass; otherwise modality values are decoded first and the VOI applied to them.
   */
  private static DecodedImage finish(ImageFormat format, AttributeList header, PixelModule pm,
      DicomGrayscaleTransforms luts, StoredSamples.Source src, int[] range, String ts, String source, DecodeOptions opts)
      throws PixelDecodeException {
    int n = pm.pixelsPerFrame();
    int frames = range[1];
    float[] pixels = new float[frames * n];
    float[] values = opts.keepModalityValues() ? new float[frames * n] : pixels;
    boolean globalRange = opts.voiMode() == DecodeOptions.VoiMode.FULL_RANGE && !opts.hasWindowOverride()
        && pm.isMonochrome();
    VoiChoice[] choices = new VoiChoice[frames];
    boolean[] done = new boolean[frames];
    for (int f = 0; f < frames; f++) {
      ModalityLut m = luts.modality(range[0] + f);
      choices[f] = luts.voi(range[0] + f, opts);
      VoiTransform voi = choices[f].transform();
      if (!opts.keepModalityValues() && m.table() == null && voi != null && voi.isAffine() && !globalRange) {
        double[] st = voi.affine(pm.isMonochrome1());
        StoredSamples.affine(src, pm, range[0] + f, (float) (m.slope() * st[0]),
            (float) (m.intercept() * st[0] + st[1]), 0f, 1f, pixels, f * n);
        done[f] = true;
      } else if (m.table() != null) {
        StoredSamples.table(src, pm, range[0] + f, m.table(), values, f * n);
      } else {
        StoredSamples.affine(src, pm, range[0] + f, (float) m.slope(), (float) m.intercept(),
            Float.NEGATIVE_INFINITY, Float.POSITIVE_INFINITY, values, f * n);
      }
    }
    VoiTransform global = globalRange ? DicomGrayscaleTransforms.fullRange(values, 0, values.length) : null;
    String description = null;
    for (int f = 0; f < frames; f++) {
      VoiTransform voi = global != null ? global : choices[f].transform();
      if (voi == null) {
        voi = DicomGrayscaleTransforms.fullRange(values, f * n, n);
      }
      if (!done[f]) {
        voi.apply(values, f * n, pixels, f * n, n, pm.isMonochrome1());
      }
      String d = choices[f].describe(voi);
      description = description == null ? d : (description.equals(d) ? description : "per frame");
    }
    return DecodedImage.builder()
        .source(source, format)
        .size(pm.columns(), pm.rows(), range[1], range[0])
        .pixels(pixels, opts.keepModalityValues() ? values : null)
        .dicom(ts, pm.photometric(), Attribute.getSingleStringValueOrNull(header, TagFromName.Modality),
            Attribute.getSingleStringValueOrNull(header, TagFromName.SeriesInstanceUID),
            Attribute.getSingleStringValueOrNull(header, TagFromName.SOPInstanceUID),
            Attribute.getSingleIntegerValueOrDefault(header, TagFromName.InstanceNumber, Integer.MIN_VALUE))
        .plane(plane(header))
        .voi(description)
        .build();
  }

  /**
   * Offset of the Pixel Data tag in {@code bytes} for the in-place paths, or −1 when the tag, VR or length found at
   * the offset PixelMed reported do not match (a defined length for native, undefined for encapsulated; the caller
   * then lets PixelMed read everything).
   */
  private static int findPixelDataTag(byte[] b, int length, long stop, DecodableTransferSyntax ts) {
    if (ts.encoding() == DecodableTransferSyntax.Encoding.DEFLATED || stop < 4
        || stop + (ts.explicitVr() ? 8 : 4) > length) {
      return -1;
    }
    int tag = (int) stop - 4;
    boolean tagOk = ts.bigEndian()
        ? (b[tag] & 0xff) == 0x7F && (b[tag + 1] & 0xff) == 0xE0 && b[tag + 2] == 0 && b[tag + 3] == 0x10
        : (b[tag] & 0xff) == 0xE0 && (b[tag + 1] & 0xff) == 0x7F && b[tag + 2] == 0x10 && b[tag + 3] == 0;
    boolean vrOk = !ts.explicitVr() || (b[tag + 4] == 'O' && (b[tag + 5] == 'W' || b[tag + 5] == 'B'));
    boolean undefinedLength = valueLength(b, tag, ts) == 0xFFFFFFFFL;
    return tagOk && vrOk && undefinedLength == ts.encapsulated() ? tag : -1;
  }

  private static long valueLength(byte[] b, int tag, DecodableTransferSyntax ts) {
    int p = tag + (ts.explicitVr() ? 8 : 4);
    if (ts.bigEndian()) {
      return (b[p] & 0xffL) << 24 | (b[p + 1] & 0xffL) << 16 | (b[p + 2] & 0xffL) << 8 | (b[p + 3] & 0xffL);
    }
    return (b[p] & 0xffL) | (b[p + 1] & 0xffL) << 8 | (b[p + 2] & 0xffL) << 16 | (b[p + 3] & 0xffL) << 24;
  }

  private static void checkNativeLength(byte[] b, int length, int tag, int valueStart, PixelModule pm, int[] range,
      DecodableTransferSyntax ts, String source) throws PixelDecodeException {
    long declared = valueLength(b, tag, ts);
    long all = pm.bytesPerFrame() * pm.frames();
    if (declared < all) {
      throw new PixelDecodeException(Reason.DECODE_FAILED, source, tag, "a Pixel Data length of at least " + all
          + " bytes (rows x columns x frames x samples x bytes per sample), the element declares " + declared);
    }
    long need = valueStart + (range[0] + (long) range[1]) * pm.bytesPerFrame();
    if (need > length) {
      throw new PixelDecodeException(Reason.TRUNCATED, source, length, "Pixel Data from byte " + valueStart
          + " to byte " + need + " for frames " + range[0] + ".." + (range[0] + range[1] - 1) + ", the input ends at "
          + length);
    }
  }

  private static void checkSize(PixelModule pm, DecodeOptions opts, String source) throws PixelDecodeException {
    long bytes = pm.bytesPerFrame() * pm.frames();
    long outputs = (long) pm.rows() * pm.columns() * pm.frames();
    if (bytes > opts.maxPixelBytes() || outputs > Integer.MAX_VALUE - 8) {
      throw new PixelDecodeException(Reason.TOO_LARGE, source, -1, "at most " + opts.maxPixelBytes()
          + " bytes of pixel data, the header declares " + pm.rows() + " x " + pm.columns() + " x " + pm.frames()
          + " frames x " + pm.samplesPerPixel() + " samples x " + pm.bitsAllocated() + " bits = " + bytes + " bytes");
    }
  }

  /** {first frame, number of frames}. */
  private static int[] frameRange(PixelModule pm, DecodeOptions opts, String source) throws PixelDecodeException {
    if (opts.allFrames()) {
      return new int[] {0, pm.frames()};
    }
    if (opts.frame() >= pm.frames()) {
      throw new PixelDecodeException(Reason.FRAME_OUT_OF_RANGE, source, -1, "a frame index in 0.."
          + (pm.frames() - 1) + ", asked for " + opts.frame());
    }
    return new int[] {opts.frame(), 1};
  }

  private static PixelDecodeException noPixelData(AttributeList list, String source, int length) {
    if (list.get(TagFromName.FloatPixelData) != null || list.get(TagFromName.DoubleFloatPixelData) != null) {
      return new PixelDecodeException(Reason.UNSUPPORTED_PIXEL_FORMAT, source, -1,
          "integer Pixel Data (7FE0,0010), found Float or Double Float Pixel Data");
    }
    String sopClass = Attribute.getSingleStringValueOrNull(list, TagFromName.SOPClassUID);
    if (sopClass == null) {
      sopClass = Attribute.getSingleStringValueOrNull(list, TagFromName.MediaStorageSOPClassUID);
    }
    if (list.get(TagFromName.Rows) != null || (sopClass != null && SOPClass.isImageStorage(sopClass))) {
      return new PixelDecodeException(Reason.TRUNCATED, source, length, "Pixel Data (7FE0,0010) in an image"
          + " (Rows present or an image storage SOP class), the input ends at byte " + length + " without it");
    }
    return new PixelDecodeException(Reason.NO_PIXEL_DATA, source, -1, "an image with Pixel Data (7FE0,0010), SOP Class "
        + Attribute.getSingleStringValueOrDefault(list, TagFromName.SOPClassUID, "(none)"));
  }

  private static ImagePlane plane(AttributeList list) {
    double[] pos = Attribute.getDoubleValues(list, TagFromName.ImagePositionPatient);
    double[] ori = Attribute.getDoubleValues(list, TagFromName.ImageOrientationPatient);
    double[] spacing = Attribute.getDoubleValues(list, TagFromName.PixelSpacing);
    if (pos == null || ori == null || spacing == null || pos.length != 3 || ori.length != 6 || spacing.length != 2) {
      return null;
    }
    return ImagePlane.of(pos, ori, spacing);
  }

  private static boolean isEof(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof EOFException) {
        return true;
      }
    }
    return false;
  }
}
