package org.radiomesh.jobs.model3d;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.radiomesh.jobs.HadoopFiles;
import org.radiomesh.mesh.TriangleMesh;
import org.radiomesh.recon.CalibratedViewsFolder;
import org.radiomesh.recon.CameraLayout;
import org.radiomesh.recon.MultiviewRequest;
import org.radiomesh.recon.MultiviewSet;
import org.radiomesh.recon.MultiviewSubject;
import org.radiomesh.render.CameraRing;

/**
 * The multiview side of a record: its generation request (the direct mesh as subject, the record's text as prompt, a
 * ring of K cameras: K/2 azimuths at ±20° elevation for an even K ≥ 4, else K azimuths at 20°; square images; the
 * job's seed), and the kept views ({@code views/ID/}, the {@link CalibratedViewsFolder} layout that
 * {@code radiomesh reconstruct} reads, plus {@code generator.json} with the generator's parameters).
 */
final class RecordViews {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private RecordViews() {}

  /** The camera ring of K views of {@code size} × {@code size} px. */
  static CameraLayout layout(int views, int size) {
    CameraRing.Builder ring = CameraRing.builder().size(size, size);
    if (views >= 4 && views % 2 == 0) {
      ring.azimuths(views / 2).elevations(20, -20);
    } else {
      ring.azimuths(views).elevations(20);
    }
    return new CameraLayout.Ring(ring.build());
  }

  static MultiviewRequest request(String id, TriangleMesh direct, String text, int views, int size, long seed) {
    return MultiviewRequest.builder().id(id).subject(MultiviewSubject.of(direct)).prompt(text)
        .layout(layout(views, size)).seed(seed).build();
  }

  /**
   * Writes the views to {@code uri} (any Hadoop file system) through a local temporary folder; returns {@code uri}.
   */
  static String keep(MultiviewSet set, String uri, Configuration conf) throws IOException {
    Path tmp = Files.createTempDirectory("radiomesh-views");
    try {
      CalibratedViewsFolder.write(set, tmp);
      Files.writeString(tmp.resolve("generator.json"), JSON.writeValueAsString(set.parameters()));
      org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(uri);
      FileSystem fs = target.getFileSystem(conf);
      if (fs.exists(target)) {
        fs.delete(target, true);
      }
      try (Stream<Path> files = Files.walk(tmp)) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          String rel = tmp.relativize(f).toString().replace('\\', '/');
          fs.copyFromLocalFile(false, true, new org.apache.hadoop.fs.Path(f.toUri()),
              new org.apache.hadoop.fs.Path(HadoopFiles.resolve(uri, rel)));
        }
      }
      return uri;
    } finally {
      try (Stream<Path> files = Files.walk(tmp)) {
        for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(f);
        }
      }
    }
  }
}
