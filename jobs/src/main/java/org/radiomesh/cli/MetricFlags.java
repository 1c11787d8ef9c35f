package org.radiomesh.cli;

import java.util.List;
import java.util.Locale;
import org.radiomesh.metrics.ChamferReduction;
import org.radiomesh.metrics.FScoreMode;
import org.radiomesh.metrics.MetricOptions;
import org.radiomesh.metrics.NeighbourEngine;
import org.radiomesh.metrics.Normalization;
import picocli.CommandLine.Option;

/** The metric conventions shared by {@code radiomesh metrics} and {@code radiomesh evaluate}. */
public final class MetricFlags {
  private static final MetricOptions DEFAULTS = MetricOptions.defaults();

  @Option(names = "--samples", paramLabel = "N",
      description = "Surface samples per mesh (point clouds are used as they are). Default: 100000.")
  Integer samples;

  @Option(names = "--seed", paramLabel = "S", description = "Sampling seed; a mesh's seed derives from it and its id. Default: 0.")
  Long seed;

  @Option(names = "--thresholds", split = ",", paramLabel = "R",
      description = "F-score distance thresholds, in normalised units (mm with --normalize none). Default: 0.01,0.05.")
  List<Double> thresholds;

  @Option(names = "--normalize", paramLabel = "MODE",
      description = "none | unit-cube (GT bbox longest edge 1, centred) | unit-sphere | scale:L (GT longest edge L, "
          + "Mesh R-CNN uses scale:10). The GT's transform is applied to both meshes. Default: unit-cube.")
  String normalize;

  @Option(names = "--mode", paramLabel = "MODE",
      description = "F-score definition: standard (d <= r, standard precision/recall), kaolin (Kaolin's f_score, recall "
          + "quirk included), meshrcnn (strict d < r). Default: standard.")
  String mode;

  @Option(names = "--squared", negatable = true,
      description = "Chamfer on squared distances (Kaolin/PyTorch3D) or, with --no-squared, on distances. "
          + "Default: not squared.")
  Boolean squared;

  @Option(names = "--reduction", paramLabel = "sum|half",
      description = "sum of the two directional means (Kaolin/PyTorch3D) or half of it (SyncDreamer). Default: sum.")
  String reduction;

  @Option(names = "--weights", split = ",", paramLabel = "W", arity = "1",
      description = "w1,w2: weights of the pred->gt and gt->pred Chamfer terms. Default: 1,1.")
  List<Double> weights;

  @Option(names = "--point-to-surface",
      description = "Exact distances from each side's samples to the other mesh's triangles instead of to its samples.")
  boolean pointToSurface;

  @Option(names = "--engine", paramLabel = "index|djl",
      description = "Nearest-neighbour engine: index (KD-tree/BVH, default) or djl (tiled brute force on DJL NDArrays, "
          + "on the task's GPU when Spark assigns one).")
  String engine;

  @Option(names = "--threads", paramLabel = "N",
      description = "Threads per pair, 0 = all cores. Default: all cores for metrics, 1 per Spark task for evaluate.")
  Integer threads;

  /** The options these flags describe, on top of the library's defaults. */
  public MetricOptions toOptions() {
    MetricOptions.Builder b = DEFAULTS.toBuilder();
    if (samples != null) {
      b.samples(samples);
    }
    if (seed != null) {
      b.seed(seed);
    }
    if (thresholds != null && !thresholds.isEmpty()) {
      b.thresholds(thresholds.stream().mapToDouble(Double::doubleValue).toArray());
    }
    if (normalize != null) {
      String v = normalize.toLowerCase(Locale.ROOT);
      if (v.startsWith("scale:")) {
        b.normalization(Normalization.FIXED_SCALE).fixedScale(parseDouble("--normalize", v.substring(6)));
      } else {
        b.normalization(switch (v) {
          case "none" -> Normalization.NONE;
          case "unit-cube" -> Normalization.UNIT_CUBE;
          case "unit-sphere" -> Normalization.UNIT_SPHERE;
          default -> throw new IllegalArgumentException("--normalize " + normalize
              + ": expected none, unit-cube, unit-sphere or scale:L");
        });
      }
    }
    if (mode != null) {
      b.fScoreMode(parseEnum(FScoreMode.class, "--mode", mode));
    }
    if (squared != null) {
      b.squared(squared);
    }
    if (reduction != null) {
      b.reduction(parseEnum(ChamferReduction.class, "--reduction", reduction));
    }
    if (weights != null) {
      if (weights.size() != 2) {
        throw new IllegalArgumentException("--weights: expected two numbers w1,w2, got " + weights);
      }
      b.weights(weights.get(0), weights.get(1));
    }
    if (pointToSurface) {
      b.pointToSurface(true);
    }
    if (engine != null) {
      b.engine(parseEnum(NeighbourEngine.class, "--engine", engine));
    }
    if (threads != null) {
      b.threads(threads);
    }
    return b.build();
  }

  private static double parseDouble(String flag, String v) {
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(flag + ": '" + v + "' is not a number");
    }
  }

  private static <E extends Enum<E>> E parseEnum(Class<E> type, String flag, String v) {
    try {
      return Enum.valueOf(type, v.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(flag + " " + v + ": expected one of "
          + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT));
    }
  }
}
