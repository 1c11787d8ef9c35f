package org.radiomesh.jobs.ctmesh;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.util.SerializableConfiguration;
import org.radiomesh.imaging.DecodeOptions;
import org.radiomesh.imaging.ImageDecoder;
import org.radiomesh.imaging.PixelDecodeException;
import org.radiomesh.imaging.series.SeriesAssembler;
import org.radiomesh.imaging.series.SeriesAssembly;
import org.radiomesh.imaging.series.SeriesAssemblyException;
import org.radiomesh.imaging.series.SeriesReport;
import org.radiomesh.imaging.series.Slice;
import org.radiomesh.imaging.series.Volume;
import org.radiomesh.imaging.series.VolumeSurface;
import org.radiomesh.jobs.HadoopFiles;
import org.radiomesh.mesh.MeshMeasures;
import org.radiomesh.mesh.MeshStats;
import org.radiomesh.mesh.TriangleMesh;
import org.radiomesh.mesh.io.ObjWriter;

/**
 * The work of one ct-mesh task: the files of one series → decoded slices → volume → iso-surface → a {@code meshes}
 * row (and an OBJ file), plus {@code errors} rows for files that could not be read or decoded (the series is meshed
 * without them; the gap they leave is reported) or for the series itself. Runs on executors; carries only the
 * options and the Hadoop configuration. Memory: about 8 bytes per voxel at the peak (slices plus volume).
 */
final class SeriesMesher implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final DecodeOptions DECODE = DecodeOptions.builder().keepModalityValues(true).build();

  private final double thresholdHu;
  private final long maxFileBytes;
  private final String objStaging;
  private final String objFinal;
  private final SerializableConfiguration conf;

  /**
   * @param objStaging folder the OBJ files are written to during the run, or null for none
   * @param objFinal folder they are moved to at the end, recorded in the table
   */
  SeriesMesher(CtMeshOptions o, String objStaging, String objFinal, Configuration conf) {
    this.thresholdHu = o.thresholdHu();
    this.maxFileBytes = o.maxFileBytes();
    this.objStaging = objStaging;
    this.objFinal = objFinal;
    this.conf = new SerializableConfiguration(conf);
  }

  /** The result of one series: at most one mesh row and any number of error rows. */
  record Outcome(List<Row> meshes, List<Row> errors) implements Serializable {}

  /** Meshes one series from its files (path, modality pairs). */
  Outcome mesh(String series, List<String[]> files) {
    List<Row> errors = new ArrayList<>();
    List<Slice> slices = new ArrayList<>();
    String modality = files.isEmpty() ? null : files.get(0)[1];
    for (String[] f : files) {
      try {
        byte[] bytes = HadoopFiles.readAll(f[0], conf.value(), maxFileBytes);
        slices.add(Slice.of(ImageDecoder.decode(bytes, f[0], DECODE)));
      } catch (PixelDecodeException e) {
        errors.add(CtMeshTables.error(series, f[0], e.reason().name(), e.getMessage()));
      } catch (SeriesAssemblyException e) {
        errors.add(CtMeshTables.error(series, f[0], e.reason().name(), e.getMessage()));
      } catch (IOException e) {
        errors.add(CtMeshTables.error(series, f[0], CtMeshTables.READ_FAILED, e.getMessage()));
      }
    }
    try {
      SeriesAssembly a = SeriesAssembler.assemble(slices);
      TriangleMesh mesh = VolumeSurface.extract(a.volume(), thresholdHu);
      if (mesh.faceCount() == 0) {
        errors.add(CtMeshTables.error(series, null, CtMeshTables.EMPTY_SURFACE, "series " + series
            + ": no voxel above " + thresholdHu + " HU, so no surface"));
        return new Outcome(List.of(), errors);
      }
      String obj = writeObj(series, mesh);
      return new Outcome(List.of(meshRow(series, modality, files.size(), errors.size(), a, mesh, obj)), errors);
    } catch (SeriesAssemblyException e) {
      errors.add(CtMeshTables.error(series, null, e.reason().name(), e.getMessage()));
      return new Outcome(List.of(), errors);
    } catch (IOException e) {
      errors.add(CtMeshTables.error(series, null, CtMeshTables.READ_FAILED, e.getMessage()));
      return new Outcome(List.of(), errors);
    }
  }

  private Row meshRow(String series, String modality, int files, int failed, SeriesAssembly a, TriangleMesh mesh,
      String obj) {
    MeshStats s = MeshMeasures.stats(mesh);
    SeriesReport r = a.report();
    Volume v = a.volume();
    return RowFactory.create(series, series, modality, thresholdHu, mesh.xyz(), mesh.faces(), s.vertexCount(),
        s.faceCount(), s.surfaceArea(), s.signedVolume(), s.watertight(), s.componentCount(), files, failed,
        r.distinctSlices(), r.missingSlices(), r.duplicates().size(), r.uniform(), r.resampled(),
        new int[] {v.nx(), v.ny(), v.nz()}, v.spacing(), v.origin(), v.direction(), obj);
  }

  /** Writes the OBJ to the staging folder; returns its final path, or null when OBJ output is off. */
  private String writeObj(String series, TriangleMesh mesh) throws IOException {
    if (objStaging == null) {
      return null;
    }
    String name = fileName(series);
    Path path = new Path(HadoopFiles.resolve(objStaging, name));
    try (OutputStream out = path.getFileSystem(conf.value()).create(path, true)) {
      ObjWriter.write(mesh, out);
    }
    return HadoopFiles.resolve(objFinal, name);
  }

  /** A file name for a series UID: characters other than letters, digits, '.', '-' and '_' become '_'. */
  static String fileName(String series) {
    return series.replaceAll("[^A-Za-z0-9._-]", "_") + ".obj";
  }
}
