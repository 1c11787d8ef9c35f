package org.radiomesh.metrics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every convention behind a set of mesh comparison numbers, to be stored with them: a Chamfer distance or an F-score
 * means nothing without its card (REFERENCE §1: conventions alone change the Chamfer distance fivefold).
 *
 * @param distance "sample-to-sample" or "point-to-surface"
 * @param squared whether the Chamfer terms average squared distances
 * @param reduction "sum" or "half"
 * @param w1 weight of the pred → gt term
 * @param w2 weight of the gt → pred term
 * @param chamferDefinition the Chamfer formula in words
 * @param normalization "none", "unit-cube", "unit-sphere" or "scale:S"
 * @param normalizationDefinition the transform in words
 * @param samplesPerMesh samples drawn from each mesh (point clouds are used as they are)
 * @param predPoints points actually used on the prediction side
 * @param gtPoints points actually used on the ground-truth side
 * @param seed job seed
 * @param thresholds F-score thresholds, in normalised units
 * @param comparison "&lt;=" or "&lt;": whether a point exactly at the threshold is a hit
 * @param fScoreMode "standard", "kaolin" or "meshrcnn"
 * @param precisionDefinition precision in words
 * @param recallDefinition recall in words
 * @param fScoreDefinition F-score in words
 * @param percentileDefinition how distance percentiles and Hausdorff-95 are computed
 * @param engine "index" or "djl:DEVICE"
 */
public record MetricCard(String distance, boolean squared, String reduction, double w1, double w2,
    String chamferDefinition, String normalization, String normalizationDefinition, int samplesPerMesh, int predPoints,
    int gtPoints, long seed, List<Double> thresholds, String comparison, String fScoreMode, String precisionDefinition,
    String recallDefinition, String fScoreDefinition, String percentileDefinition, String engine) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Makes the list an immutable copy. */
  public MetricCard {
    thresholds = List.copyOf(thresholds);
  }

  static MetricCard of(MetricOptions o, int predPoints, int gtPoints) {
    String d = o.squared() ? "d²" : "d";
    String half = o.reduction() == ChamferReduction.HALF ? "½·(" : "";
    String chamfer = half + "w1·mean_{p∈P} " + d + "(p,G) + w2·mean_{g∈G} " + d + "(g,P)" + (half.isEmpty() ? "" : ")")
        + ", d = Euclidean distance to the nearest " + (o.pointToSurface() ? "point of the other surface"
        : "sample of the other set");
    String cmp = o.fScoreMode().comparison();
    String precision;
    String recall;
    String fscore;
    switch (o.fScoreMode()) {
      case KAOLIN -> {
        precision = "tp/(tp+fp), tp = #{p: d(p,G) <= r}, fp = #{p: d(p,G) > r}";
        recall = "tp/(tp+fn), fn = #{g: d(g,P) > r} (Kaolin: prediction-side tp with a gt-side fn)";
        fscore = "2PR/(P+R+1e-8)";
      }
      case MESHRCNN -> {
        precision = "#{p: d(p,G) < r}/|P|";
        recall = "#{g: d(g,P) < r}/|G|";
        fscore = "2PR/(P+R+1e-10) (fractions; x100 gives Mesh R-CNN's percentages)";
      }
      default -> {
        precision = "#{p: d(p,G) <= r}/|P|";
        recall = "#{g: d(g,P) <= r}/|G|";
        fscore = "2PR/(P+R), 0 when P+R = 0";
      }
    }
    String norm = switch (o.normalization()) {
      case NONE -> "none";
      case UNIT_CUBE -> "unit-cube";
      case UNIT_SPHERE -> "unit-sphere";
      case FIXED_SCALE -> "scale:" + o.fixedScale();
    };
    String normDefinition = switch (o.normalization()) {
      case NONE -> "none: mesh units";
      case UNIT_CUBE -> "(x - c)/L, c = GT bbox centre, L = GT bbox longest edge; same transform on pred";
      case UNIT_SPHERE -> "(x - c)/R, c = GT bbox centre, R = max GT vertex distance from c; same transform on pred";
      case FIXED_SCALE -> "(x - c)*" + o.fixedScale() + "/L, c = GT bbox centre, L = GT bbox longest edge; "
          + "same transform on pred";
    };
    List<Double> thresholds = java.util.Arrays.stream(o.thresholds()).boxed().toList();
    return new MetricCard(o.pointToSurface() ? "point-to-surface" : "sample-to-sample", o.squared(),
        o.reduction().name().toLowerCase(Locale.ROOT), o.w1(), o.w2(), chamfer, norm, normDefinition, o.samples(),
        predPoints, gtPoints, o.seed(), thresholds, cmp, o.fScoreMode().name().toLowerCase(Locale.ROOT), precision,
        recall, fscore, "linear interpolation between order statistics at q(n-1) (NumPy default) of the unsquared "
        + "distances of one direction; hausdorff95 = max of the two directions' 95th percentiles",
        o.engine() == NeighbourEngine.DJL ? "djl:" + o.device() : "index");
  }

  /** The card as an ordered map of field name to value (String, Boolean, Integer, Long, Double, List). */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("distance", distance);
    m.put("squared", squared);
    m.put("reduction", reduction);
    m.put("w1", w1);
    m.put("w2", w2);
    m.put("chamferDefinition", chamferDefinition);
    m.put("normalization", normalization);
    m.put("normalizationDefinition", normalizationDefinition);
    m.put("samplesPerMesh", samplesPerMesh);
    m.put("predPoints", predPoints);
    m.put("gtPoints", gtPoints);
    m.put("seed", seed);
    m.put("thresholds", thresholds);
    m.put("comparison", comparison);
    m.put("fScoreMode", fScoreMode);
    m.put("precisionDefinition", precisionDefinition);
    m.put("recallDefinition", recallDefinition);
    m.put("fScoreDefinition", fScoreDefinition);
    m.put("percentileDefinition", percentileDefinition);
    m.put("engine", engine);
    return m;
  }

  /** The card as strings (a Spark {@code map<string,string>} column); thresholds comma separated. */
  public Map<String, String> toStringMap() {
    Map<String, String> m = new LinkedHashMap<>();
    toMap().forEach((k, v) -> m.put(k, v instanceof List<?> l
        ? String.join(",", l.stream().map(String::valueOf).toList()) : String.valueOf(v)));
    return m;
  }

  /** The card as a JSON object. */
  public String toJson() {
    try {
      return JSON.writeValueAsString(toMap());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write metric card as JSON", e);
    }
  }
}
