package org.radiomesh.model.findings.training;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Activation;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.CosineTracker;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.radiomesh.model.findings.FindingsLabels;
import org.radiomesh.model.findings.FindingsNetwork;
import org.radiomesh.model.findings.FindingsThresholds;

/**
 * Trains the built-in findings network ({@link FindingsNetwork}) with DJL: sigmoid binary cross-entropy over the
 * {@link FindingsLabels#OUTPUTS} outputs, Adam with a cosine-decayed learning rate, seeded shuffling and
 * {@link Augmentation}, a validation split that drives early stopping (lowest validation loss; {@code patience}
 * epochs without improvement end training), a checkpoint of the best parameters written after every improvement, and
 * per-condition thresholds tuned on the best epoch's validation outputs ({@link ThresholdSearch}).
 *
 * <p>Cost per epoch: one forward and backward pass per training image (about 0.2 G multiply-adds at 128 × 256) and one
 * forward pass per validation image; on CPU the libtorch thread count comes from {@code ai.djl.pytorch.num_threads}.
 *
 * <pre>{@code
 * TrainingResult r = FindingsTrainer.train(cases, TrainingOptions.defaults(), Path.of("work/checkpoints"), log::info);
 * FindingsModelWriter.write(out, "radiomesh-findings", "1.0.0", r.checkpoint(), r.thresholds(), 256, 128);
 * }</pre>
 */
public final class FindingsTrainer {
  /** The checkpoint's file name in the checkpoint folder. */
  public static final String CHECKPOINT = "best.params";

  private FindingsTrainer() {}

  /** What training produced: the split sizes, the history, the best epoch, its checkpoint and thresholds. */
  public record TrainingResult(int trainCases, int valCases, List<EpochStats> history, int bestEpoch,
      double bestValLoss, Path checkpoint, FindingsThresholds thresholds, String device, List<String> valCaseIds) {}

  /**
   * Trains on {@code cases}, writing the checkpoint into {@code checkpointDir}.
   *
   * @param log receives one line per epoch
   * @throws IllegalArgumentException with fewer than 2 cases or images of another size than the options'
   */
  public static TrainingResult train(List<TrainingCase> cases, TrainingOptions o, Path checkpointDir,
      Consumer<String> log) throws IOException {
    int pixels = o.width() * o.height();
    if (cases.size() < 2) {
      throw new IllegalArgumentException(cases.size() + " cases, expected at least 2 (training and validation)");
    }
    for (TrainingCase c : cases) {
      if (c.input().length != pixels) {
        throw new IllegalArgumentException(c.caseId() + ": " + c.input().length + " input values, expected "
            + o.width() + "x" + o.height());
      }
    }
    List<TrainingCase> shuffled = new ArrayList<>(cases);
    Collections.shuffle(shuffled, new Random(o.seed()));
    int nVal = Math.max(1, Math.min(shuffled.size() - 1, (int) Math.round(shuffled.size() * o.valFraction())));
    List<TrainingCase> val = shuffled.subList(0, nVal);
    List<TrainingCase> train = new ArrayList<>(shuffled.subList(nVal, shuffled.size()));
    Device device = device(o.device());
    Files.createDirectories(checkpointDir);
    Path checkpoint = checkpointDir.resolve(CHECKPOINT);
    Engine.getEngine("PyTorch").setRandomSeed((int) o.seed());
    SequentialBlock block = FindingsNetwork.build(o.height(), o.width());
    int steps = o.epochs() * ((train.size() + o.batchSize() - 1) / o.batchSize());
    try (Model model = Model.newInstance("findings", device, "PyTorch")) {
      model.setBlock(block);
      DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.sigmoidBinaryCrossEntropyLoss())
          .optOptimizer(Optimizer.adam().optLearningRateTracker(CosineTracker.builder()
              .setBaseValue((float) o.learningRate()).optFinalValue((float) (o.learningRate() * 0.05))
              .setMaxUpdates(Math.max(1, steps)).build()).build())
          .optDevices(new Device[] {device});
      try (Trainer trainer = model.newTrainer(config)) {
        trainer.initialize(FindingsNetwork.inputShape(1, o.height(), o.width()));
        List<EpochStats> history = new ArrayList<>();
        Random random = new Random(o.seed() * 31 + 7);
        double best = Double.POSITIVE_INFINITY;
        int bestEpoch = 0;
        List<float[]> bestProbabilities = null;
        for (int epoch = 1; epoch <= o.epochs(); epoch++) {
          long start = System.nanoTime();
          Collections.shuffle(train, random);
          double trainLoss = trainEpoch(trainer, train, o, random);
          List<float[]> probabilities = predict(trainer, val, o);
          double valLoss = bce(probabilities, val);
          double macro = macroF1(probabilities, val);
          EpochStats s = new EpochStats(epoch, trainLoss, valLoss, macro, (System.nanoTime() - start) / 1e9);
          history.add(s);
          boolean improved = valLoss < best - 1e-5;
          if (improved) {
            best = valLoss;
            bestEpoch = epoch;
            bestProbabilities = probabilities;
            save(block, checkpoint);
          }
          log.accept(String.format("epoch %d: train loss %.4f, val loss %.4f, val macro F1@0.5 %.3f, %.1f s%s",
              epoch, trainLoss, valLoss, macro, s.seconds(), improved ? " (checkpoint)" : ""));
          if (epoch - bestEpoch >= o.patience()) {
            log.accept("early stop: no lower validation loss for " + o.patience() + " epochs");
            break;
          }
        }
        FindingsThresholds thresholds = ThresholdSearch.tune(bestProbabilities, targets(val));
        return new TrainingResult(train.size(), val.size(), history, bestEpoch, best, checkpoint, thresholds,
            device.toString(), val.stream().map(TrainingCase::caseId).sorted().toList());
      }
    }
  }

  /** {@code gpu} or {@code auto} with a visible GPU: GPU 0; otherwise the CPU. */
  static Device device(String option) {
    int gpus = Engine.getEngine("PyTorch").getGpuCount();
    if (option.equals("gpu") && gpus == 0) {
      throw new IllegalArgumentException("device gpu, but the PyTorch engine sees no GPU (CPU native library?)");
    }
    return !option.equals("cpu") && gpus > 0 ? Device.gpu(0) : Device.cpu();
  }

  private static double trainEpoch(Trainer trainer, List<TrainingCase> train, TrainingOptions o, Random random) {
    int pixels = o.width() * o.height();
    double sum = 0;
    for (int from = 0; from < train.size(); from += o.batchSize()) {
      int b = Math.min(o.batchSize(), train.size() - from);
      float[] x = new float[b * pixels];
      float[] y = new float[b * FindingsLabels.OUTPUTS];
      for (int i = 0; i < b; i++) {
        TrainingCase a = o.augmentation().apply(train.get(from + i), o.height(), o.width(), random);
        System.arraycopy(a.input(), 0, x, i * pixels, pixels);
        System.arraycopy(a.targets(), 0, y, i * FindingsLabels.OUTPUTS, FindingsLabels.OUTPUTS);
      }
      try (NDManager m = trainer.getManager().newSubManager()) {
        NDArray xs = m.create(x, FindingsNetwork.inputShape(b, o.height(), o.width()));
        NDArray ys = m.create(y, new ai.djl.ndarray.types.Shape(b, FindingsLabels.OUTPUTS));
        try (GradientCollector gc = trainer.newGradientCollector()) {
          NDList pred = trainer.forward(new NDList(xs));
          NDArray loss = trainer.getLoss().evaluate(new NDList(ys), pred);
          gc.backward(loss);
          sum += loss.getFloat() * b;
        }
        trainer.step();
      }
    }
    return sum / train.size();
  }

  private static List<float[]> predict(Trainer trainer, List<TrainingCase> cases, TrainingOptions o) {
    int pixels = o.width() * o.height();
    List<float[]> out = new ArrayList<>();
    for (int from = 0; from < cases.size(); from += o.batchSize()) {
      int b = Math.min(o.batchSize(), cases.size() - from);
      float[] x = new float[b * pixels];
      for (int i = 0; i < b; i++) {
        System.arraycopy(cases.get(from + i).input(), 0, x, i * pixels, pixels);
      }
      try (NDManager m = trainer.getManager().newSubManager()) {
        NDArray logits = trainer.evaluate(new NDList(m.create(x, FindingsNetwork.inputShape(b, o.height(),
            o.width())))).singletonOrThrow();
        float[] flat = Activation.sigmoid(logits).toFloatArray();
        for (int i = 0; i < b; i++) {
          float[] p = new float[FindingsLabels.OUTPUTS];
          System.arraycopy(flat, i * FindingsLabels.OUTPUTS, p, 0, FindingsLabels.OUTPUTS);
          out.add(p);
        }
      }
    }
    return out;
  }

  /** Mean binary cross-entropy of probabilities against targets, probabilities clamped to [1e-7, 1 − 1e-7]. */
  static double bce(List<float[]> probabilities, List<TrainingCase> cases) {
    double sum = 0;
    long n = 0;
    for (int i = 0; i < cases.size(); i++) {
      float[] p = probabilities.get(i);
      float[] y = cases.get(i).targets();
      for (int j = 0; j < p.length; j++) {
        double q = Math.min(1 - 1e-7, Math.max(1e-7, p[j]));
        sum -= y[j] * Math.log(q) + (1 - y[j]) * Math.log(1 - q);
        n++;
      }
    }
    return sum / n;
  }

  private static double macroF1(List<float[]> probabilities, List<TrainingCase> cases) {
    List<float[]> targets = targets(cases);
    double sum = 0;
    for (int c = 0; c < FindingsLabels.CONDITIONS.size(); c++) {
      sum += ThresholdSearch.counts(probabilities, targets, c, 0.5).f1();
    }
    return sum / FindingsLabels.CONDITIONS.size();
  }

  private static List<float[]> targets(List<TrainingCase> cases) {
    return cases.stream().map(TrainingCase::targets).toList();
  }

  private static void save(SequentialBlock block, Path file) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".part");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
      block.saveParameters(new DataOutputStream(out));
    }
    Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }
}
