package org.radiomesh.jobs.ingest;

import java.sql.Date;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.radiomesh.dicom.DicomCatalogRow;
import org.radiomesh.dicom.QuarantineException;
import org.radiomesh.dicom.SourceFile;

/**
 * The Parquet schemas of {@code catalog/} and {@code quarantine/}, and the conversion of one file's outcome into a Spark
 * row. Executors emit one {@link #OUTCOME} row per file: the catalog columns, then {@code reason}, {@code message} and
 * {@code byte_offset}, which are null for a cataloged file; the job splits them into the two tables.
 *
 * <p>Column conventions: snake_case names; {@code modification_time_ms} in milliseconds since the epoch (with
 * {@code path} and {@code size_bytes} the incremental key); {@code study_date} a DATE; {@code pixel_spacing} in mm,
 * [row, column]. The job adds the partition columns {@code run_id} and {@code modality}.
 */
public final class IngestTables {
  /** The incremental key: a file is done when a row with the same three values is in either table. */
  public static final String[] KEY = {"path", "size_bytes", "modification_time_ms"};

  /** The catalog's columns as written by executors (without run_id). */
  public static final StructType CATALOG = new StructType()
      .add("image_id", DataTypes.StringType)
      .add("path", DataTypes.StringType, false)
      .add("size_bytes", DataTypes.LongType, false)
      .add("modification_time_ms", DataTypes.LongType, false)
      .add("content_hash", DataTypes.StringType)
      .add("format", DataTypes.StringType)
      .add("modality", DataTypes.StringType)
      .add("patient_id", DataTypes.StringType)
      .add("study_instance_uid", DataTypes.StringType)
      .add("series_instance_uid", DataTypes.StringType)
      .add("sop_instance_uid", DataTypes.StringType)
      .add("body_part_examined", DataTypes.StringType)
      .add("study_date", DataTypes.DateType)
      .add("manufacturer", DataTypes.StringType)
      .add("manufacturer_model_name", DataTypes.StringType)
      .add("rows", DataTypes.IntegerType)
      .add("columns", DataTypes.IntegerType)
      .add("number_of_frames", DataTypes.IntegerType)
      .add("samples_per_pixel", DataTypes.IntegerType)
      .add("bits_allocated", DataTypes.IntegerType)
      .add("bits_stored", DataTypes.IntegerType)
      .add("pixel_representation", DataTypes.IntegerType)
      .add("photometric_interpretation", DataTypes.StringType)
      .add("pixel_spacing", DataTypes.createArrayType(DataTypes.DoubleType))
      .add("window_center", DataTypes.DoubleType)
      .add("window_width", DataTypes.DoubleType)
      .add("rescale_slope", DataTypes.DoubleType)
      .add("rescale_intercept", DataTypes.DoubleType)
      .add("transfer_syntax_uid", DataTypes.StringType)
      .add("sop_class_uid", DataTypes.StringType)
      .add("image_type", DataTypes.createArrayType(DataTypes.StringType))
      .add("burned_in_annotation", DataTypes.BooleanType)
      .add("has_pixel_data", DataTypes.BooleanType)
      .add("pixel_data_length", DataTypes.LongType)
      .add("decoded_pixel_bytes", DataTypes.LongType)
      .add("header_bytes", DataTypes.LongType)
      .add("deidentified", DataTypes.BooleanType)
      .add("header_json", DataTypes.StringType);

  /** The quarantine's columns as written by executors (without run_id). */
  public static final StructType QUARANTINE = new StructType()
      .add("path", DataTypes.StringType, false)
      .add("size_bytes", DataTypes.LongType, false)
      .add("modification_time_ms", DataTypes.LongType, false)
      .add("reason", DataTypes.StringType)
      .add("message", DataTypes.StringType)
      .add("byte_offset", DataTypes.LongType);

  /** What executors emit per file: the catalog columns, then reason, message, byte_offset. */
  public static final StructType OUTCOME = CATALOG
      .add("reason", DataTypes.StringType)
      .add("message", DataTypes.StringType)
      .add("byte_offset", DataTypes.LongType);

  private IngestTables() {}

  /** The outcome row of a cataloged file. */
  public static Row cataloged(DicomCatalogRow r) {
    return RowFactory.create(r.imageId(), r.path(), r.sizeBytes(), r.modificationTimeMillis(), r.contentHash(),
        r.format(), r.modality(), r.patientId(), r.studyInstanceUid(), r.seriesInstanceUid(), r.sopInstanceUid(),
        r.bodyPartExamined(), r.studyDate() == null ? null : Date.valueOf(r.studyDate()), r.manufacturer(),
        r.manufacturerModelName(), r.rows(), r.columns(), r.numberOfFrames(), r.samplesPerPixel(),
        r.bitsAllocated(), r.bitsStored(), r.pixelRepresentation(), r.photometricInterpretation(), seq(r.pixelSpacing()),
        r.windowCenter(), r.windowWidth(), r.rescaleSlope(), r.rescaleIntercept(), r.transferSyntaxUid(),
        r.sopClassUid(), seq(r.imageType()), r.burnedInAnnotation(), r.hasPixelData(), r.pixelDataLength(),
        r.decodedPixelBytes(), r.headerBytes(), r.deidentified(), r.headerJson(), null, null, null);
  }

  /** Spark's external type for ARRAY columns is a Scala sequence. */
  private static <T> scala.collection.Seq<T> seq(java.util.List<T> list) {
    return list == null ? null : scala.collection.JavaConverters.asScalaBuffer(list).toSeq();
  }

  /** The outcome row of a quarantined file. */
  public static Row quarantined(SourceFile f, QuarantineException q) {
    Object[] v = new Object[OUTCOME.size()];
    v[1] = f.path();
    v[2] = f.sizeBytes();
    v[3] = f.modificationTimeMillis();
    v[CATALOG.size()] = q.reason().name();
    v[CATALOG.size() + 1] = q.getMessage();
    v[CATALOG.size() + 2] = q.byteOffset() < 0 ? null : q.byteOffset();
    return RowFactory.create(v);
  }
}
