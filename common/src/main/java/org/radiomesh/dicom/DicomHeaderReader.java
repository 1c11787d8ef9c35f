package org.radiomesh.dicom;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.DicomInputStream;
import com.pixelmed.dicom.SOPClass;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.TransferSyntax;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Reads a DICOM header with PixelMed and stops at the pixel data without reading it: parsing ends at the first
 * top-level tag in group 7FE0 (or later), then only that element's value length is read. Works from any
 * {@link InputStream} (a Hadoop stream, a byte array), with a source name used in messages only.
 *
 * <p>Handles Part 10 files and raw data sets (implicit or explicit VR, with or without a group 0002 meta header: a raw
 * file that starts with group 0002 is given a synthetic preamble so that PixelMed reads its meta header), little and big
 * endian, and deflated data sets. Failures become a {@link QuarantineException} with a {@link ReasonCode}: an early end
 * of file is {@code TRUNCATED} (PixelMed itself treats it as the end of the data set; we compare the bytes it parsed
 * with the bytes it consumed; a file that ends cleanly between two elements counts as truncated when its image storage
 * SOP class or image pixel module promises pixel data it lacks), a header or element above {@link CatalogLimits#maxHeaderBytes()} or declared pixel data
 * above {@link CatalogLimits#maxPixelBytes()} is {@code TOO_LARGE}, detected from declared lengths before the value is
 * allocated. One exception: elements nested inside sequences are allocated by PixelMed without our check, so a corrupt
 * nested length can ask for up to 2 GiB once; an {@link OutOfMemoryError} from that one allocation is reported as
 * {@code TOO_LARGE}.
 *
 * <p>Cost: O(header bytes); the pixel data is never read. Not thread-safe (holds a digest); one per task.
 */
public final class DicomHeaderReader {
  private static final int BUFFER_BYTES = 8192;
  private static final int PREAMBLE_BYTES = 132;

  private final CatalogLimits limits;
  private final ContentDigest digest;

  /** A reader with plain SHA-256 header digests. */
  public DicomHeaderReader(CatalogLimits limits) {
    this(limits, DeidOptions.none());
  }

  /** A reader whose header digests are keyed when {@code deid} is enabled (see {@link ContentDigest}). */
  public DicomHeaderReader(CatalogLimits limits, DeidOptions deid) {
    this.limits = limits;
    this.digest = ContentDigest.forOptions(deid);
  }

  /**
   * Reads the header of the DICOM file in {@code in}, which must be at the start of the file; does not close it.
   *
   * @param in the file's bytes from the start
   * @param source the file's name or path, for messages
   * @param knownLength the file's length in bytes, or -1; when known, a pixel data element that would run past the end
   *     is {@code TRUNCATED}
   * @return the header
   * @throws QuarantineException when the file is not DICOM or cannot be cataloged
   */
  public DicomHeader read(InputStream in, String source, long knownLength) throws QuarantineException {
    BufferedInputStream bin = in instanceof BufferedInputStream b ? b : new BufferedInputStream(in, BUFFER_BYTES);
    byte[] prefix = new byte[ImageFormat.PREFIX_BYTES];
    int n;
    try {
      bin.mark(ImageFormat.PREFIX_BYTES);
      n = bin.readNBytes(prefix, 0, prefix.length);
      bin.reset();
    } catch (IOException e) {
      throw new QuarantineException(ReasonCode.READ_FAILED, source, 0, "readable first bytes: " + e, e);
    }
    if (n == 0) {
      throw new QuarantineException(ReasonCode.EMPTY_FILE, source, 0, "at least one byte");
    }
    ImageFormat format = ImageFormat.detect(prefix, n);
    if (!format.isDicom()) {
      throw new QuarantineException(ReasonCode.NOT_DICOM, source, 0,
          "a 128-byte preamble and DICM, or a group 0002/0008 element at offset 0");
    }
    boolean rawWithMeta = format == ImageFormat.DICOM_RAW && prefix[0] == 2 && prefix[1] == 0;
    int synthetic = rawWithMeta ? PREAMBLE_BYTES : 0;
    InputStream base = bin;
    if (rawWithMeta) {
      byte[] preamble = new byte[PREAMBLE_BYTES];
      preamble[128] = 'D';
      preamble[129] = 'I';
      preamble[130] = 'C';
      preamble[131] = 'M';
      base = new BufferedInputStream(new SequenceInputStream(new ByteArrayInputStream(preamble), bin), BUFFER_BYTES);
    }
    digest.reset();
    HeaderInputStream counted = new HeaderInputStream(base, limits.maxHeaderBytes() + synthetic, digest, synthetic);
    long length = knownLength < 0 ? -1 : knownLength + synthetic;
    try {
      return new HeaderParse(source, length, synthetic, limits, counted).run(format);
    } catch (OutOfMemoryError e) {
      throw new QuarantineException(ReasonCode.TOO_LARGE, source, counted.position() - synthetic,
          "header elements that fit in memory (a nested element declared more than the heap can hold)");
    }
  }

  /** The state of one parse: the raw stream, the data set stream (inflated or the same) and the guarded list. */
  private static final class HeaderParse {
    private final String source;
    private final long knownLength;
    private final int synthetic;
    private final CatalogLimits limits;
    private final HeaderInputStream counted;
    private final GuardedAttributeList list;
    private HeaderInputStream datasetCounter;

    HeaderParse(String source, long knownLength, int synthetic, CatalogLimits limits, HeaderInputStream counted) {
      this.source = source;
      this.knownLength = knownLength;
      this.synthetic = synthetic;
      this.limits = limits;
      this.counted = counted;
      this.datasetCounter = counted;
      this.list = new GuardedAttributeList(synthetic);
      list.setDecompressPixelData(false);
    }

    DicomHeader run(ImageFormat format) throws QuarantineException {
      try {
        DicomInputStream dis = format == ImageFormat.DICOM_PART10 || synthetic > 0
            ? new DicomInputStream(counted) : new DicomInputStream(counted, null, false);
        list.guard(counted, knownLength);
        if (dis.haveMetaHeader()) {
          long metaEnd = list.readOnlyMetaInformationHeader(dis);
          checkStreams();
          if (metaEnd != counted.position() || counted.endReached()) {
            throw earlyEnd(metaEnd);
          }
        }
        TransferSyntax ts = dis.getTransferSyntaxToReadDataSet();
        checkReadable(ts);
        DicomInputStream datasetStream = dis;
        if (ts.isDeflated()) {
          InputStream inflated = new InflaterInputStream(dis, new Inflater(true), BUFFER_BYTES);
          datasetCounter = new HeaderInputStream(new BufferedInputStream(inflated, BUFFER_BYTES),
              limits.maxHeaderBytes(), null, 0);
          datasetStream = new DicomInputStream(datasetCounter, TransferSyntax.ExplicitVRLittleEndian, false);
          list.guard(datasetCounter, -1);
        }
        long start = datasetCounter.position();
        long startOffset = datasetStream.getByteOffsetOfStartOfData();
        long parsedTo = list.read(datasetStream, (l, tag, offset) -> list.stopAt(tag));
        checkStreams();
        AttributeTag stop = list.stopTag();
        if (stop == null) {
          long parsed = parsedTo - startOffset;
          if (parsed != datasetCounter.position() - start || !datasetCounter.endReached()) {
            throw earlyEnd(start + parsed);
          }
          if (parsed == 0) {
            throw new QuarantineException(ReasonCode.TRUNCATED, source, datasetOffset(start),
                "a data set; the file ends before its first element");
          }
          if (requiresPixelData(list)) {
            throw new QuarantineException(ReasonCode.TRUNCATED, source, datasetOffset(start + parsed), "pixel data,"
                + " which the header's image SOP class or Rows, Columns and Bits Allocated require; the file ends"
                + " before it");
          }
          return header(format, ts.getUID(), null, -1, -1);
        }
        return withPixelData(format, ts.getUID(), stop, datasetStream);
      } catch (DicomException | IOException | RuntimeException e) {
        throw classify(e);
      }
    }

    /** An image storage SOP class, or Rows, Columns and Bits Allocated, promise pixel data. */
    private static boolean requiresPixelData(AttributeList list) {
      String sopClass = Attribute.getSingleStringValueOrEmptyString(list, TagFromName.SOPClassUID).trim();
      return SOPClass.isImageStorage(sopClass) || PixelDataLength.decodedBytes(list) >= 0;
    }

    private boolean deflated() {
      return datasetCounter != counted;
    }

    /** An offset in the data set stream, as a file offset (or an inflated offset for a deflated data set). */
    private long datasetOffset(long position) {
      return deflated() ? position : position - synthetic;
    }

    private DicomHeader withPixelData(ImageFormat format, String tsUid, AttributeTag stop,
        DicomInputStream datasetStream) throws IOException, QuarantineException {
      long tagOffset = datasetOffset(datasetCounter.position() - 4);
      int element = stop.getElement();
      if (stop.getGroup() != 0x7FE0 || element > 0x0010) {
        return header(format, tsUid, null, -1, -1);
      }
      long length = -1;
      if (element == 0x0008 || element == 0x0009 || element == 0x0010) {
        length = PixelDataLength.read(datasetStream, datasetStream.getTransferSyntaxInUse().isExplicitVR());
        long valueStart = counted.position();
        if (!deflated() && length >= 0 && knownLength >= 0 && valueStart + length > knownLength) {
          throw new QuarantineException(ReasonCode.TRUNCATED, source, valueStart - synthetic, "pixel data of "
              + length + " bytes as declared, but the file ends after " + (knownLength - valueStart) + " of them");
        }
      }
      return header(format, tsUid, stop, length, tagOffset);
    }

    private DicomHeader header(ImageFormat format, String tsUid, AttributeTag stop, long length, long tagOffset)
        throws QuarantineException {
      long decoded = PixelDataLength.decodedBytes(list);
      DicomHeader h = new DicomHeader(list, format, tsUid, stop, length, tagOffset, decoded,
          counted.position() - synthetic, counted.finishDigest());
      if (h.hasPixelData() && h.declaredPixelBytes() > limits.maxPixelBytes()) {
        throw new QuarantineException(ReasonCode.TOO_LARGE, source, tagOffset, "pixel data of at most "
            + limits.maxPixelBytes() + " bytes, declared " + h.declaredPixelBytes());
      }
      return h;
    }

    private void checkReadable(TransferSyntax ts) throws QuarantineException {
      if (ts == null) {
        throw new QuarantineException(ReasonCode.MALFORMED_HEADER, source, counted.position() - synthetic,
            "a Transfer Syntax UID (0002,0010) in the meta header");
      }
      if (!(ts.isRecognized() || ts.isDeflated()) || ts.isBzip2ed()) {
        throw new QuarantineException(ReasonCode.UNSUPPORTED_TRANSFER_SYNTAX, source, counted.position() - synthetic,
            "a standard transfer syntax (implicit/explicit VR, little/big endian, deflated or encapsulated), got "
                + ts.getUID());
      }
    }

    /** Turns the flags of the streams (limit hit, file system failure, broken deflate) into the exception. */
    private void checkStreams() throws QuarantineException {
      for (HeaderInputStream s : deflated() ? new HeaderInputStream[] {counted, datasetCounter}
          : new HeaderInputStream[] {counted}) {
        if (s.limitExceeded()) {
          throw new QuarantineException(ReasonCode.TOO_LARGE, source, s == counted ? s.position() - synthetic
              : s.position(), "a header of at most " + limits.maxHeaderBytes() + " bytes before the pixel data");
        }
      }
      if (counted.failure() != null) {
        throw new QuarantineException(ReasonCode.READ_FAILED, source, counted.position() - synthetic,
            "readable bytes: " + counted.failure(), counted.failure());
      }
      if (deflated() && datasetCounter.failure() != null) {
        IOException f = datasetCounter.failure();
        throw new QuarantineException(f instanceof EOFException ? ReasonCode.TRUNCATED : ReasonCode.MALFORMED_HEADER,
            source, datasetCounter.position(), "a complete deflate stream (offset in the inflated data): " + f, f);
      }
    }

    private QuarantineException earlyEnd(long parsedPosition) {
      if (datasetCounter.endReached()) {
        return new QuarantineException(ReasonCode.TRUNCATED, source, datasetOffset(parsedPosition),
            "a complete data element; the file ends inside one");
      }
      return new QuarantineException(ReasonCode.MALFORMED_HEADER, source, datasetOffset(parsedPosition),
          "a data element; found an item or sequence delimiter at the top level");
    }

    private QuarantineException classify(Exception e) {
      if (e instanceof QuarantineException q) {
        return q;
      }
      try {
        checkStreams();
      } catch (QuarantineException q) {
        return q;
      }
      if (list.guardReason() != null) {
        return new QuarantineException(list.guardReason(), source, list.guardOffset(), list.guardMessage(), e);
      }
      long offset = datasetOffset(datasetCounter.position());
      if (e instanceof EOFException || datasetCounter.endReached()) {
        return new QuarantineException(ReasonCode.TRUNCATED, source, offset, "more header bytes: " + e, e);
      }
      return new QuarantineException(ReasonCode.MALFORMED_HEADER, source, offset, "a parsable data element: " + e, e);
    }
  }
}
