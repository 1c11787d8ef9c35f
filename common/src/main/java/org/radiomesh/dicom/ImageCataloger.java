package org.radiomesh.dicom;

import com.pixelmed.dicom.DicomException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Turns one file into a {@link DicomCatalogRow}, or a {@link QuarantineException} that says why not. The per-file
 * entry point of the ingest job; it knows nothing of Spark or Hadoop and reads from any {@link InputStream}.
 *
 * <p>Steps: detect the format from the first 132 bytes ({@link ImageFormat}); for DICOM read the header without pixel
 * data ({@link DicomHeaderReader}), de-identify it ({@link BasicProfileDeidentifier}, when on), require a SOP Instance
 * UID, write the JSON ({@link DicomJsonWriter}) and map the typed columns; for PNG, JPEG and TIFF read the whole file
 * (bounded by {@link CatalogLimits#maxPixelBytes()}), hash it, and take dimensions and bit depth from the image header.
 * The JSON is produced from the de-identified attributes only. Nothing here logs: a caller may log
 * {@link QuarantineException#reason()} and the path (at DEBUG; archive paths can hold patient names).
 *
 * <pre>{@code
 * ImageCataloger c = new ImageCataloger(CatalogLimits.defaults(), DeidOptions.basic(key, false));
 * DicomCatalogRow row = c.catalog(new SourceFile("a.dcm", size, mtime), in);
 * }</pre>
 *
 * <p>Cost: O(header bytes) for DICOM, O(file bytes) for the other images. Not thread-safe; make one per task.
 */
public final class ImageCataloger {
  private static final int BUFFER_BYTES = 8192;

  private final CatalogLimits limits;
  private final DeidOptions deid;
  private final DicomHeaderReader headerReader;
  private final BasicProfileDeidentifier deidentifier;
  private final DicomJsonWriter json;
  private final ContentDigest rasterDigest;

  public ImageCataloger(CatalogLimits limits, DeidOptions deid) {
    this.limits = limits;
    this.deid = deid;
    this.headerReader = new DicomHeaderReader(limits, deid);
    this.deidentifier = deid.enabled() ? new BasicProfileDeidentifier(deid) : null;
    this.json = new DicomJsonWriter(limits.maxInlineBinaryBytes());
    this.rasterDigest = ContentDigest.forOptions(deid);
  }

  /**
   * Catalogs {@code file}, whose bytes {@code in} delivers from the start; does not close {@code in}.
   *
   * @throws QuarantineException when the file belongs in quarantine, with the reason
   */
  public DicomCatalogRow catalog(SourceFile file, InputStream in) throws QuarantineException {
    BufferedInputStream bin = new BufferedInputStream(in, BUFFER_BYTES);
    byte[] prefix = new byte[ImageFormat.PREFIX_BYTES];
    int n;
    try {
      bin.mark(prefix.length);
      n = bin.readNBytes(prefix, 0, prefix.length);
      bin.reset();
    } catch (IOException e) {
      throw new QuarantineException(ReasonCode.READ_FAILED, file.path(), 0, "readable first bytes: " + e, e);
    }
    if (n == 0) {
      throw new QuarantineException(ReasonCode.EMPTY_FILE, file.path(), 0, "at least one byte");
    }
    ImageFormat format = ImageFormat.detect(prefix, n);
    if (format.isRaster()) {
      return catalogRaster(file, bin, format);
    }
    if (!format.isDicom()) {
      throw new QuarantineException(ReasonCode.NOT_DICOM, file.path(), 0,
          "DICOM (preamble and DICM, or a group 0002/0008 element at offset 0), PNG, JPEG, TIFF, BMP or GIF");
    }
    DicomHeader header = headerReader.read(bin, file.path(), file.sizeBytes());
    try {
      if (deidentifier != null) {
        deidentifier.apply(header.attributes());
      }
      String sop = DicomRowMapper.text(header.attributes(), com.pixelmed.dicom.TagFromName.SOPInstanceUID);
      if (sop == null) {
        throw new QuarantineException(ReasonCode.MISSING_ATTRIBUTE, file.path(), QuarantineException.NO_OFFSET,
            "a SOP Instance UID (0008,0018) to identify the image");
      }
      return DicomRowMapper.map(file, header, json.write(header), deid.enabled());
    } catch (DicomException | RuntimeException e) {
      throw new QuarantineException(ReasonCode.MALFORMED_HEADER, file.path(), QuarantineException.NO_OFFSET,
          "attribute values that can be de-identified and written as JSON: " + e.getClass().getSimpleName(), e);
    }
  }

  private DicomCatalogRow catalogRaster(SourceFile file, InputStream in, ImageFormat format)
      throws QuarantineException {
    long max = limits.maxPixelBytes();
    if (file.sizeBytes() > max) {
      throw new QuarantineException(ReasonCode.TOO_LARGE, file.path(), QuarantineException.NO_OFFSET,
          "an image file of at most " + max + " bytes, got " + file.sizeBytes());
    }
    byte[] bytes;
    try {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
    } catch (IOException e) {
      throw new QuarantineException(ReasonCode.READ_FAILED, file.path(), QuarantineException.NO_OFFSET,
          "a readable file: " + e, e);
    }
    if (bytes.length > max) {
      throw new QuarantineException(ReasonCode.TOO_LARGE, file.path(), max,
          "an image file of at most " + max + " bytes");
    }
    RasterImageProbe.RasterInfo info = RasterImageProbe.probe(bytes, format, file.path());
    if (info.decodedBytes() > max) {
      throw new QuarantineException(ReasonCode.TOO_LARGE, file.path(), QuarantineException.NO_OFFSET,
          "decoded pixels of at most " + max + " bytes, declared " + info.decodedBytes());
    }
    rasterDigest.reset();
    rasterDigest.update(bytes, 0, bytes.length);
    String hash = rasterDigest.finishHex();
    long size = file.hasKnownSize() ? file.sizeBytes() : bytes.length;
    return new DicomCatalogRow(hash, file.path(), size, file.modificationTimeMillis(), hash, format.name(),
        DicomCatalogRow.RASTER_MODALITY, null, null, null, null, null, null, null, null, info.height(), info.width(),
        1, info.bands(), info.bitsPerSample(), info.bitsPerSample(), 0, null, null, null, null, null, null, null,
        null, null, null, true, null, info.decodedBytes(), bytes.length, deid.enabled(), null);
  }
}
