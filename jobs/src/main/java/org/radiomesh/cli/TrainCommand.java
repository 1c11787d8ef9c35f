package org.radiomesh.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.radiomesh.imaging.ModelInputOptions;
import org.radiomesh.model.ModelDirectory;
import org.radiomesh.model.findings.FindingsLabels;
import org.radiomesh.model.findings.training.EpochStats;
import org.radiomesh.model.findings.training.FindingsModelWriter;
import org.radiomesh.model.findings.training.FindingsTrainer;
import org.radiomesh.model.findings.training.SynthCases;
import org.radiomesh.model.findings.training.TrainingCase;
import org.radiomesh.model.findings.training.TrainingOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code radiomesh train}: trains the built-in dental findings network on {@code radiomesh synth} cases, without
 * Spark, and writes a model directory ({@link FindingsModelWriter}) plus {@code training.json} (options, split, every
 * epoch, thresholds). Cost: see {@link FindingsTrainer}.
 */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Train the built-in dental findings network (per-tooth conditions from a panoramic radiograph) on "
        + "synthetic cases made by `radiomesh synth --modalities panoramic`, with DJL on the CPU or a GPU.",
        "Writes MODEL_DIR/radiomesh-model.json, findings.params, thresholds.json and training.json. The model is "
            + "trained on synthetic data only; not for clinical use."})
public final class TrainCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Option(names = "--cases", required = true, paramLabel = "DIR",
      description = "radiomesh synth output folder (or a folder of case folders).")
  Path cases;

  @Option(names = "--out", required = true, paramLabel = "MODEL_DIR", description = "Model directory to write.")
  Path out;

  @Option(names = "--epochs", defaultValue = "40", description = "Most epochs (default: ${DEFAULT-VALUE}).")
  int epochs;

  @Option(names = "--batch-size", defaultValue = "16", description = "Batch size (default: ${DEFAULT-VALUE}).")
  int batchSize;

  @Option(names = "--val-fraction", defaultValue = "0.15",
      description = "Share of cases held out for validation (default: ${DEFAULT-VALUE}).")
  double valFraction;

  @Option(names = "--patience", defaultValue = "6",
      description = "Stop after this many epochs without a lower validation loss (default: ${DEFAULT-VALUE}).")
  int patience;

  @Option(names = "--seed", defaultValue = "1", description = "Split, shuffling, augmentation and initialisation "
      + "seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--learning-rate", defaultValue = "0.002", description = "Adam learning rate, cosine-decayed "
      + "(default: ${DEFAULT-VALUE}).")
  double learningRate;

  @Option(names = "--input-size", defaultValue = "256x128", paramLabel = "WxH",
      description = "Network input, multiples of 8 (default: ${DEFAULT-VALUE}).")
  String inputSize;

  @Option(names = "--device", defaultValue = "auto", description = "auto, cpu or gpu (default: ${DEFAULT-VALUE}).")
  String device;

  @Option(names = "--threads", defaultValue = "0",
      description = "Threads for decoding and for libtorch on the CPU (0: all cores; default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--name", defaultValue = "radiomesh-findings", description = "Model name (default: "
      + "${DEFAULT-VALUE}).")
  String name;

  @Option(names = "--model-version", defaultValue = "1.0.0", description = "Model version (default: "
      + "${DEFAULT-VALUE}).")
  String version;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    int cores = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    if (System.getProperty("ai.djl.pytorch.num_threads") == null) {
      System.setProperty("ai.djl.pytorch.num_threads", String.valueOf(cores));
    }
    String[] wh = inputSize.toLowerCase().split("x");
    if (wh.length != 2) {
      throw new IllegalArgumentException("--input-size " + inputSize + ", expected WxH such as 256x128");
    }
    TrainingOptions o = TrainingOptions.builder().optEpochs(epochs).optBatchSize(batchSize)
        .optValFraction(valFraction).optPatience(patience).optSeed(seed).optLearningRate(learningRate)
        .optInputSize(Integer.parseInt(wh[0]), Integer.parseInt(wh[1])).optDevice(device).build();
    PrintWriter w = spec.commandLine().getOut();
    long start = System.nanoTime();
    List<Path> dirs = SynthCases.list(cases);
    ModelInputOptions input = ModelInputOptions.builder().size(o.width(), o.height())
        .normalization(ModelInputOptions.Normalization.PER_IMAGE).build();
    List<TrainingCase> data = SynthCases.loadAll(dirs, input, cores);
    double loadSeconds = (System.nanoTime() - start) / 1e9;
    w.printf("train: %d cases from %s loaded in %.1f s%n", data.size(), cases, loadSeconds);
    w.flush();
    Path checkpoints = out.resolve(".checkpoints");
    FindingsTrainer.TrainingResult r = FindingsTrainer.train(data, o, checkpoints, line -> {
      w.println("train: " + line);
      w.flush();
    });
    FindingsModelWriter.write(out, name, version, r.checkpoint(), r.thresholds(), o.width(), o.height());
    double seconds = (System.nanoTime() - start) / 1e9;
    Files.writeString(out.resolve("training.json"), log(o, r, data.size(), loadSeconds, seconds).toPrettyString()
        + "\n", StandardCharsets.UTF_8);
    Files.deleteIfExists(r.checkpoint());
    Files.deleteIfExists(checkpoints);
    w.printf("train: best epoch %d (val loss %.4f) on %s, %d training and %d validation cases, %.1f min -> %s%n",
        r.bestEpoch(), r.bestValLoss(), r.device(), r.trainCases(), r.valCases(), seconds / 60,
        ModelDirectory.open(out));
    w.flush();
    return ExitCodes.OK;
  }

  private ObjectNode log(TrainingOptions o, FindingsTrainer.TrainingResult r, int cases, double loadSeconds,
      double seconds) {
    ObjectNode root = JSON.createObjectNode();
    root.put("cases_dir", this.cases.toString());
    root.put("cases", cases);
    root.put("train_cases", r.trainCases());
    root.put("val_cases", r.valCases());
    root.set("options", JSON.valueToTree(o));
    root.put("device", r.device());
    root.put("threads", System.getProperty("ai.djl.pytorch.num_threads"));
    root.put("load_seconds", Math.round(loadSeconds * 10) / 10.0);
    root.put("total_seconds", Math.round(seconds * 10) / 10.0);
    root.put("best_epoch", r.bestEpoch());
    root.put("best_val_loss", r.bestValLoss());
    ObjectNode th = root.putObject("thresholds");
    for (int c = 0; c < FindingsLabels.CONDITIONS.size(); c++) {
      th.put(FindingsLabels.CONDITIONS.get(c), r.thresholds().get(c));
    }
    ArrayNode epochs = root.putArray("epochs");
    for (EpochStats e : r.history()) {
      epochs.add(JSON.valueToTree(e));
    }
    ArrayNode val = root.putArray("val_case_ids");
    r.valCaseIds().forEach(val::add);
    return root;
  }
}
