package org.radiomesh.jobs.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Iterator;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.radiomesh.dicom.CatalogLimits;
import org.radiomesh.dicom.DeidOptions;
import org.radiomesh.dicom.ImageCataloger;
import org.radiomesh.dicom.QuarantineException;
import org.radiomesh.dicom.ReasonCode;
import org.radiomesh.dicom.SourceFile;

/**
 * The executor side of the ingest: for each listed file (path, size, modification time), opens it through Hadoop's
 * {@link FileSystem}, hands the stream to {@link ImageCataloger}, which reads only the header, and emits one
 * {@link IngestTables#OUTCOME} row: cataloged or quarantined. A file that cannot be opened is {@code READ_FAILED}.
 * Carries only configuration; the cataloger (and its PixelMed and HMAC state) is made once per partition.
 *
 * <p>Logging: a quarantined file is logged at DEBUG with its path and reason code, never with a header value; paths
 * stay at DEBUG because archive folder names often hold patient names.
 */
final class FileCataloger implements MapPartitionsFunction<Row, Row>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LogManager.getLogger(FileCataloger.class);

  private final CatalogLimits limits;
  private final DeidOptions deid;
  private final org.radiomesh.jobs.ShippedConfiguration conf;

  FileCataloger(CatalogLimits limits, DeidOptions deid, Configuration conf) {
    this.limits = limits;
    this.deid = deid;
    this.conf = new org.radiomesh.jobs.ShippedConfiguration(conf);
  }

  @Override
  public Iterator<Row> call(Iterator<Row> files) {
    org.radiomesh.jobs.TaskFaults.check(IngestJob.NAME);
    ImageCataloger cataloger = new ImageCataloger(limits, deid);
    Configuration hadoop = conf.get();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return files.hasNext();
      }

      @Override
      public Row next() {
        Row f = files.next();
        return catalog(cataloger, hadoop, new SourceFile(f.getString(0), f.getLong(1), f.getLong(2)));
      }
    };
  }

  static Row catalog(ImageCataloger cataloger, Configuration hadoop, SourceFile file) {
    Path path = new Path(file.path());
    try {
      FileSystem fs = path.getFileSystem(hadoop);
      try (InputStream in = fs.open(path)) {
        return IngestTables.cataloged(cataloger.catalog(file, in));
      }
    } catch (QuarantineException q) {
      LOG.debug("quarantined {}: {}", file.path(), q.reason());
      return IngestTables.quarantined(file, q);
    } catch (IOException e) {
      QuarantineException q = new QuarantineException(ReasonCode.READ_FAILED, file.path(), QuarantineException.NO_OFFSET,
          "a file that can be opened: " + e.getClass().getSimpleName(), e);
      LOG.debug("quarantined {}: {}", file.path(), q.reason());
      return IngestTables.quarantined(file, q);
    }
  }
}
