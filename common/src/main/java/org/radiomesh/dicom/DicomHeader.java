package org.radiomesh.dicom;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;

/**
 * A DICOM header as {@link DicomHeaderReader} left it: every attribute before the pixel data (file meta information
 * included), and what is known about the pixel data without reading it.
 *
 * <p>The attribute list is PixelMed's mutable type and is modified in place by {@link BasicProfileDeidentifier}; treat a
 * {@code DicomHeader} as owned by one thread.
 *
 * @param attributes the parsed attributes, meta header (group 0002) included
 * @param format {@link ImageFormat#DICOM_PART10} or {@link ImageFormat#DICOM_RAW}
 * @param transferSyntaxUid the transfer syntax of the data set (from the meta header, or guessed for raw files)
 * @param pixelDataTag the top-level tag in group 7FE0 where reading stopped (Pixel Data, Float or Double Float Pixel
 *     Data, or the Extended Offset Table that precedes encapsulated Pixel Data), or null when there is none
 * @param pixelDataLength the declared value length of that element in bytes, or -1 when undefined (encapsulated) or
 *     unknown
 * @param pixelDataOffset the byte offset of that element's tag in the file (in the inflated stream for a deflated data
 *     set), or -1
 * @param decodedPixelBytes Rows·Columns·NumberOfFrames·SamplesPerPixel·BitsAllocated/8 (rounded up), or -1 when the
 *     header lacks Rows, Columns or Bits Allocated
 * @param headerBytes bytes read from the file (up to and including the pixel data's tag and length)
 * @param headerDigest {@link ContentDigest} of those bytes, lower-case hex
 */
public record DicomHeader(
    AttributeList attributes,
    ImageFormat format,
    String transferSyntaxUid,
    AttributeTag pixelDataTag,
    long pixelDataLength,
    long pixelDataOffset,
    long decodedPixelBytes,
    long headerBytes,
    String headerDigest) {

  /** True when the data set has a pixel data element. */
  public boolean hasPixelData() {
    return pixelDataTag != null;
  }

  /** The declared pixel data size used against {@link CatalogLimits#maxPixelBytes()}: the larger of the two. */
  public long declaredPixelBytes() {
    return Math.max(pixelDataLength, decodedPixelBytes);
  }
}
