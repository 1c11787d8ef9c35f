package org.radiomesh.jobs.model3d;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.util.SerializableConfiguration;
import org.radiomesh.anatomy.DentitionSpec;
import org.radiomesh.anatomy.DentitionSpecJson;
import org.radiomesh.anatomy.prompt.PromptException;
import org.radiomesh.anatomy.prompt.PromptParser;
import org.radiomesh.jobs.HadoopFiles;
import org.radiomesh.jobs.model.ExecutorModels;
import org.radiomesh.mesh.MeshMeasures;
import org.radiomesh.mesh.MeshStats;
import org.radiomesh.mesh.TriangleMesh;
import org.radiomesh.mesh.io.MeshFiles;
import org.radiomesh.mesh.io.MeshFormat;
import org.radiomesh.recon.AnatomyMultiviewGenerator;
import org.radiomesh.recon.GenerationException;
import org.radiomesh.recon.MultiviewGenerator;
import org.radiomesh.recon.MultiviewReconstructor;
import org.radiomesh.recon.MultiviewSet;
import org.radiomesh.recon.ReconstructionException;
import org.radiomesh.recon.ReconstructionOptions;
import org.radiomesh.recon.diffusion.DiffusionMultiviewGenerator;
import org.radiomesh.recon.diffusion.DiffusionOptions;
import org.radiomesh.recon.diffusion.MultiviewDiffusionModel;
import scala.collection.JavaConverters;

/**
 * The work of the model job on an executor, one record at a time: text → spec ({@link PromptParser}) or spec JSON →
 * spec; the spec's direct mesh ({@link DirectMesher}); for the multiview generators K views ({@link RecordViews}) and
 * their reconstruction ({@link MultiviewReconstructor}); then the record's files (mesh formats, preview, views,
 * ground truth) through the Hadoop file system, and one {@link ModelTables#OUTCOME} row, ok or error. No exception
 * escapes for a bad record. The diffusion model loads once per executor ({@link ExecutorModels}). Files are written
 * in place (a task that dies may leave one behind, which the retry or the rerun overwrites; a table row only appears
 * with the commit).
 */
final class RecordModeller implements MapPartitionsFunction<Row, Row>, Serializable {
  private static final long serialVersionUID = 1L;

  private final ModelOptions o;
  private final String out;
  private final Map<String, String> parameters;
  private final String paramsHash;
  private final SerializableConfiguration conf;
  /** Views per record in this task (the options', or the generator's own count). */
  private transient int views;

  /**
   * @param out the output folder, fully qualified
   * @param parameters the mesh parameters (with the model identity for diffusion)
   */
  RecordModeller(ModelOptions o, String out, Map<String, String> parameters, String paramsHash, Configuration conf) {
    this.o = o;
    this.out = out;
    this.parameters = new LinkedHashMap<>(parameters);
    this.paramsHash = paramsHash;
    this.conf = new SerializableConfiguration(conf);
  }

  @Override
  public Iterator<Row> call(Iterator<Row> records) {
    views = o.views() > 0 ? o.views() : ModelOptions.DEFAULT_ANATOMY_VIEWS;
    // Lazy: one record is modelled per next(), so a task holds one mesh at a time whatever its partition's size.
    return new Iterator<>() {
      private boolean started;
      private MultiviewGenerator generator;
      private String generatorProblem;

      @Override
      public boolean hasNext() {
        return records.hasNext();
      }

      @Override
      public Row next() {
        Row r = records.next();
        if (!started) {
          started = true;
          if (o.generator() != Generator.DIRECT) {
            try {
              generator = generator();
            } catch (IOException | RuntimeException e) {
              generatorProblem = "loading the " + o.generator().code() + " generator: " + e.getMessage();
            }
          }
        }
        try {
          if (generatorProblem != null) {
            throw new Failure(ModelErrorReason.GENERATION_FAILED, generatorProblem);
          }
          return model(r, generator);
        } catch (Failure f) {
          return error(r, f.reason, f.getMessage());
        }
      }
    };
  }

  private MultiviewGenerator generator() throws IOException {
    if (o.generator() == Generator.ANATOMY) {
      return AnatomyMultiviewGenerator.defaults();
    }
    MultiviewDiffusionModel model = ExecutorModels.forTask(o.model(), MultiviewDiffusionModel.class, conf.value());
    views = o.views() > 0 ? o.views() : model.views();
    DiffusionOptions.Builder b = DiffusionOptions.builder();
    if (o.diffusionSteps() > 0) {
      b.steps(o.diffusionSteps());
    }
    return new DiffusionMultiviewGenerator(model, b.build());
  }

  private Row model(Row r, MultiviewGenerator generator) throws Failure {
    Map<String, Double> seconds = new LinkedHashMap<>();
    String id = r.getAs("id");
    String kind = r.getAs("kind");
    String text = r.getAs("text");
    long t0 = System.nanoTime();
    DentitionSpec spec = spec(r);
    long t1 = lap(seconds, "spec", t0);
    TriangleMesh direct;
    try {
      direct = DirectMesher.mesh(spec, o.seed(), o.voxelMm(), id);
    } catch (IllegalArgumentException e) {
      throw new Failure(ModelErrorReason.SPEC_INVALID, "record " + id + ": " + e.getMessage());
    }
    long t2 = lap(seconds, "direct_mesh", t1);
    TriangleMesh mesh = direct;
    int viewCount = 0;
    String viewsDir = null;
    if (generator != null) {
      MultiviewSet set;
      try {
        set = generator.generate(RecordViews.request(id, direct, text, views, o.imageSize(), o.seed()));
      } catch (GenerationException | RuntimeException e) {
        throw new Failure(ModelErrorReason.GENERATION_FAILED, "record " + id + ": " + e.getMessage());
      }
      viewCount = set.size();
      long t3 = lap(seconds, "generate", t2);
      if (o.keepViews()) {
        viewsDir = write(() -> RecordViews.keep(set, HadoopFiles.resolve(out, "views/" + ModelTables.fileStem(id)),
            conf.value()));
      }
      t3 = lap(seconds, "keep_views", t3);
      try {
        var rec = new MultiviewReconstructor(reconstructionOptions()).reconstruct(set.calibratedViews());
        mesh = rec.mesh();
        rec.seconds().forEach((step, s) -> seconds.put("reconstruct_" + step, s));
      } catch (ReconstructionException e) {
        throw new Failure(ModelErrorReason.RECONSTRUCTION_FAILED, "record " + id + ": " + e.getMessage() + " ["
            + e.reason().code() + (e.viewName() == null ? "" : ", view " + e.viewName()) + "]");
      } catch (RuntimeException e) {
        throw new Failure(ModelErrorReason.RECONSTRUCTION_FAILED, "record " + id + ": " + e);
      }
      t2 = lap(seconds, "reconstruct", t3);
    }
    TriangleMesh result = mesh;
    String stem = ModelTables.fileStem(id);
    List<String> files = new ArrayList<>();
    for (MeshFormat f : o.formats()) {
      String uri = HadoopFiles.resolve(out, "files/" + stem + "." + f.extension());
      write(() -> {
        HadoopFiles.write(uri, encode(result, f), conf.value());
        return uri;
      });
      files.add(uri);
    }
    String preview = !o.previews() ? null : write(() -> {
      String uri = HadoopFiles.resolve(out, "previews/" + stem + ".png");
      HadoopFiles.write(uri, Previews.png(result, spec.teeth().size() == 1), conf.value());
      return uri;
    });
    String truth = null;
    if (!files.isEmpty()) {
      try {
        truth = GroundTruth.write(r.getAs("truth"), generator == null ? null : direct, o.voxelMm(),
            HadoopFiles.resolve(out, "truth/" + stem + ".ply"), conf.value());
      } catch (IOException | RuntimeException e) {
        throw new Failure(ModelErrorReason.TRUTH_FAILED, "record " + id + ": ground truth: " + e.getMessage());
      }
    }
    lap(seconds, "write", t2);
    MeshStats s = MeshMeasures.stats(result);
    int[] labels = result.hasLabels() ? result.labels() : null;
    return RowFactory.create(id, kind, r.getAs("source"), r.getAs("input_hash"), text,
        DentitionSpecJson.toJson(spec), o.generator().code(), scalaMap(parameters), paramsHash, result.xyz(),
        result.faces(), labels, s.vertexCount(), s.faceCount(), s.surfaceArea(), s.signedVolume(), s.watertight(),
        s.componentCount(), viewCount, scalaMap(seconds), files.toArray(new String[0]), preview, viewsDir, truth,
        ModelTables.OK, null, null);
  }

  private ReconstructionOptions reconstructionOptions() {
    return ReconstructionOptions.builder().resolution(o.resolution()).targetFaces(o.faces())
        .smoothingIterations(o.smoothing()).build();
  }

  private DentitionSpec spec(Row r) throws Failure {
    String id = r.getAs("id");
    String problem = r.getAs("problem");
    if (problem != null) {
      throw new Failure(ModelErrorReason.SPEC_INVALID, problem);
    }
    String specJson = r.getAs("spec");
    String text = r.getAs("text");
    if (specJson != null) {
      try {
        return DentitionSpecJson.fromJson(specJson, "record " + id + " (" + r.getAs("source") + ")");
      } catch (IOException | IllegalArgumentException e) {
        throw new Failure(ModelErrorReason.SPEC_INVALID, e.getMessage());
      }
    }
    try {
      return PromptParser.parse(text).spec();
    } catch (PromptException e) {
      throw new Failure(ModelErrorReason.PARSE_FAILED, "record " + id + ": " + e.getMessage());
    }
  }

  private Row error(Row r, ModelErrorReason reason, String message) {
    Object[] v = new Object[ModelTables.OUTCOME.size()];
    v[0] = r.getAs("id");
    v[1] = r.getAs("kind");
    v[2] = r.getAs("source");
    v[3] = r.getAs("input_hash");
    v[ModelTables.OUTCOME.fieldIndex("params_hash")] = paramsHash;
    int s = ModelTables.OUTCOME.fieldIndex("status");
    v[s] = ModelTables.ERROR;
    v[s + 1] = reason.name();
    v[s + 2] = message;
    return RowFactory.create(v);
  }

  static byte[] encode(TriangleMesh mesh, MeshFormat format) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * mesh.vertexCount() + 1024);
    MeshFiles.write(mesh, bytes, format);
    return bytes.toByteArray();
  }

  private static <K, V> scala.collection.Map<K, V> scalaMap(Map<K, V> map) {
    return JavaConverters.mapAsScalaMap(map);
  }

  private static long lap(Map<String, Double> seconds, String step, long since) {
    long now = System.nanoTime();
    seconds.put(step, (now - since) / 1e9);
    return now;
  }

  /** A file step; its IOException becomes WRITE_FAILED. */
  @FunctionalInterface
  private interface FileStep {
    String run() throws IOException;
  }

  private static String write(FileStep step) throws Failure {
    try {
      return step.run();
    } catch (IOException | RuntimeException e) {
      throw new Failure(ModelErrorReason.WRITE_FAILED, e.getMessage());
    }
  }

  /** A record that cannot be modelled, with its reason. */
  private static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;
    final ModelErrorReason reason;

    Failure(ModelErrorReason reason, String message) {
      super(message);
      this.reason = reason;
    }
  }
}
