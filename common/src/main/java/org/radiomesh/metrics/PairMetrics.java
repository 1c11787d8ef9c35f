package org.radiomesh.metrics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The result of comparing a predicted mesh with a ground truth, in normalised units, with its {@link MetricCard}.
 *
 * <p>Definitions (d = unsquared distance to the other side's nearest sample, or surface point when point to surface;
 * f = the card's reduction factor, 1 or ½):
 * <ul>
 *   <li>{@code chamferPredToGt} = f·w1·mean_P d (or d² when squared), {@code chamferGtToPred} = f·w2·mean_G d (or d²),
 *       {@code chamfer} = their sum: the two parts are weighted and reduced, so they add up to the whole;</li>
 *   <li>{@code meanDistance*} and {@code meanSquaredDistance*}: the raw directional means, unweighted;</li>
 *   <li>precision, recall and F-score per threshold as the card's {@link FScoreMode} says;</li>
 *   <li>{@code hausdorff} = max of the two directional maxima; {@code hausdorff95} = max of the two directional 95th
 *       percentiles; percentiles {@value #LEVELS_TEXT} of d in each direction ({@link Percentiles});</li>
 *   <li>{@code normalConsistency} = ½(mean |n·n'| pred → gt + mean |n·n'| gt → pred) over the points whose normal and
 *       whose nearest reference element's normal are both defined (Mesh R-CNN's absolute normal consistency);
 *       empty when there are none (a point cloud without normals, or {@code withNormals} off), never NaN.</li>
 * </ul>
 */
public final class PairMetrics implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final ObjectMapper JSON = new ObjectMapper();
  static final String LEVELS_TEXT = "50, 90, 95, 99";
  private static final double[] LEVELS = {50, 90, 95, 99};

  private final String pairId;
  private final double chamfer;
  private final double chamferPredToGt;
  private final double chamferGtToPred;
  private final double meanDistancePredToGt;
  private final double meanDistanceGtToPred;
  private final double meanSquaredDistancePredToGt;
  private final double meanSquaredDistanceGtToPred;
  private final double[] thresholds;
  private final double[] precision;
  private final double[] recall;
  private final double[] fscore;
  private final double hausdorffPredToGt;
  private final double hausdorffGtToPred;
  private final double[] percentilesPredToGt;
  private final double[] percentilesGtToPred;
  private final Double normalConsistency;
  private final int predPoints;
  private final int gtPoints;
  private final double normalizationScale;
  private final MetricCard card;

  /** Percentile levels of {@link #percentilesPredToGt()} and {@link #percentilesGtToPred()}. */
  static double[] levels() {
    return LEVELS.clone();
  }

  PairMetrics(String pairId, DirectionStats pg, DirectionStats gp, double[] percentilesPredToGt,
      double[] percentilesGtToPred, MetricOptions o, double normalizationScale) {
    this.pairId = pairId;
    this.predPoints = pg.queryCount();
    this.gtPoints = gp.queryCount();
    this.normalizationScale = normalizationScale;
    this.card = o.card(predPoints, gtPoints);
    meanDistancePredToGt = pg.sumDistance() / predPoints;
    meanDistanceGtToPred = gp.sumDistance() / gtPoints;
    meanSquaredDistancePredToGt = pg.sumSquaredDistance() / predPoints;
    meanSquaredDistanceGtToPred = gp.sumSquaredDistance() / gtPoints;
    double f = o.reduction().factor();
    chamferPredToGt = f * o.w1() * (o.squared() ? meanSquaredDistancePredToGt : meanDistancePredToGt);
    chamferGtToPred = f * o.w2() * (o.squared() ? meanSquaredDistanceGtToPred : meanDistanceGtToPred);
    chamfer = chamferPredToGt + chamferGtToPred;
    thresholds = o.thresholds();
    int t = thresholds.length;
    precision = new double[t];
    recall = new double[t];
    fscore = new double[t];
    for (int j = 0; j < t; j++) {
      switch (o.fScoreMode()) {
        case KAOLIN -> {
          long tp = pg.atMost(j);
          long fp = predPoints - tp;
          long fn = gtPoints - gp.atMost(j);
          precision[j] = (double) tp / (tp + fp);
          recall[j] = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
          fscore[j] = 2 * precision[j] * recall[j] / (precision[j] + recall[j] + 1e-8);
        }
        case MESHRCNN -> {
          precision[j] = (double) pg.below(j) / predPoints;
          recall[j] = (double) gp.below(j) / gtPoints;
          fscore[j] = 2 * precision[j] * recall[j] / (precision[j] + recall[j] + 1e-10);
        }
        default -> {
          precision[j] = (double) pg.atMost(j) / predPoints;
          recall[j] = (double) gp.atMost(j) / gtPoints;
          double s = precision[j] + recall[j];
          fscore[j] = s == 0 ? 0 : 2 * precision[j] * recall[j] / s;
        }
      }
    }
    hausdorffPredToGt = pg.maxDistance();
    hausdorffGtToPred = gp.maxDistance();
    this.percentilesPredToGt = percentilesPredToGt.clone();
    this.percentilesGtToPred = percentilesGtToPred.clone();
    normalConsistency = pg.normalPairs() > 0 && gp.normalPairs() > 0
        ? 0.5 * (pg.sumNormalDot() / pg.normalPairs() + gp.sumNormalDot() / gp.normalPairs()) : null;
  }

  public String pairId() {
    return pairId;
  }

  /** The Chamfer distance as the card defines it: {@link #chamferPredToGt()} + {@link #chamferGtToPred()}. */
  public double chamfer() {
    return chamfer;
  }

  /** The weighted, reduced pred → gt term of {@link #chamfer()}. */
  public double chamferPredToGt() {
    return chamferPredToGt;
  }

  /** The weighted, reduced gt → pred term of {@link #chamfer()}. */
  public double chamferGtToPred() {
    return chamferGtToPred;
  }

  public double meanDistancePredToGt() {
    return meanDistancePredToGt;
  }

  public double meanDistanceGtToPred() {
    return meanDistanceGtToPred;
  }

  public double meanSquaredDistancePredToGt() {
    return meanSquaredDistancePredToGt;
  }

  public double meanSquaredDistanceGtToPred() {
    return meanSquaredDistanceGtToPred;
  }

  /** Thresholds, in normalised units (a copy). */
  public double[] thresholds() {
    return thresholds.clone();
  }

  /** Precision per threshold, a fraction (a copy). */
  public double[] precision() {
    return precision.clone();
  }

  /** Recall per threshold, a fraction (a copy). */
  public double[] recall() {
    return recall.clone();
  }

  /** F-score per threshold, a fraction (a copy). */
  public double[] fscore() {
    return fscore.clone();
  }

  /** Symmetric Hausdorff distance: the larger directional maximum. */
  public double hausdorff() {
    return Math.max(hausdorffPredToGt, hausdorffGtToPred);
  }

  public double hausdorffPredToGt() {
    return hausdorffPredToGt;
  }

  public double hausdorffGtToPred() {
    return hausdorffGtToPred;
  }

  /** Max of the two directional 95th percentiles of d. */
  public double hausdorff95() {
    return Math.max(percentilesPredToGt[2], percentilesGtToPred[2]);
  }

  /** The percentile levels of {@link #percentilesPredToGt()}: 50, 90, 95, 99. */
  public static double[] percentileLevels() {
    return LEVELS.clone();
  }

  /** Percentiles 50, 90, 95, 99 of d(p, G). */
  public double[] percentilesPredToGt() {
    return percentilesPredToGt.clone();
  }

  /** Percentiles 50, 90, 95, 99 of d(g, P). */
  public double[] percentilesGtToPred() {
    return percentilesGtToPred.clone();
  }

  /** Absolute normal consistency in [0, 1], or empty when no point has a normal pair. */
  public OptionalDouble normalConsistency() {
    return normalConsistency == null ? OptionalDouble.empty() : OptionalDouble.of(normalConsistency);
  }

  public int predPoints() {
    return predPoints;
  }

  public int gtPoints() {
    return gtPoints;
  }

  /** The factor s of the normalisation: normalised distance = mesh-unit distance × s. */
  public double normalizationScale() {
    return normalizationScale;
  }

  public MetricCard card() {
    return card;
  }

  /** Threshold as used in map keys: plain decimal, no trailing zeros ("0.01", "10"). */
  public static String thresholdKey(double threshold) {
    return BigDecimal.valueOf(threshold).stripTrailingZeros().toPlainString();
  }

  /**
   * The metrics flattened to an ordered map: scalar metrics by name, per-threshold values as
   * {@code precision@0.01}, percentiles as {@code p95PredToGt}, {@code normalConsistency} only when present, then the
   * card's fields prefixed {@code card.}.
   */
  public Map<String, Object> toMap() {
    Map<String, Object> m = metricsMap();
    card.toMap().forEach((k, v) -> m.put("card." + k, v));
    return m;
  }

  private Map<String, Object> metricsMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("pairId", pairId);
    m.put("chamfer", chamfer);
    m.put("chamferPredToGt", chamferPredToGt);
    m.put("chamferGtToPred", chamferGtToPred);
    m.put("meanDistancePredToGt", meanDistancePredToGt);
    m.put("meanDistanceGtToPred", meanDistanceGtToPred);
    m.put("meanSquaredDistancePredToGt", meanSquaredDistancePredToGt);
    m.put("meanSquaredDistanceGtToPred", meanSquaredDistanceGtToPred);
    for (int j = 0; j < thresholds.length; j++) {
      String key = thresholdKey(thresholds[j]);
      m.put("precision@" + key, precision[j]);
      m.put("recall@" + key, recall[j]);
      m.put("fscore@" + key, fscore[j]);
    }
    m.put("hausdorff", hausdorff());
    m.put("hausdorffPredToGt", hausdorffPredToGt);
    m.put("hausdorffGtToPred", hausdorffGtToPred);
    m.put("hausdorff95", hausdorff95());
    for (int k = 0; k < LEVELS.length; k++) {
      m.put("p" + (int) LEVELS[k] + "PredToGt", percentilesPredToGt[k]);
      m.put("p" + (int) LEVELS[k] + "GtToPred", percentilesGtToPred[k]);
    }
    if (normalConsistency != null) {
      m.put("normalConsistency", normalConsistency);
    }
    m.put("predPoints", predPoints);
    m.put("gtPoints", gtPoints);
    m.put("normalizationScale", normalizationScale);
    return m;
  }

  /** JSON object {"metrics": {...}, "card": {...}} with the keys of {@link #toMap()}. */
  public String toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("metrics", metricsMap());
    m.put("card", card.toMap());
    try {
      return JSON.writeValueAsString(m);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write metrics as JSON", e);
    }
  }

  @Override
  public String toString() {
    return "PairMetrics" + metricsMap();
  }
}
