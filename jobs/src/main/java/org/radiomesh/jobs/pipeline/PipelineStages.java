package org.radiomesh.jobs.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The stages this build has, in pipeline order: the built-in {@code ingest}, {@code report}, {@code model} and
 * {@code evaluate}, plus any {@link PipelineStage} registered with {@link ServiceLoader}, placed by
 * {@link #ORDER} (unknown names after the known ones, by name). O(stages).
 */
public final class PipelineStages {
  /** The canonical order of stage names. */
  public static final List<String> ORDER = List.of("ingest", "report", "model", "evaluate");

  private PipelineStages() {}

  /** Every stage available in this build, by name, in pipeline order. */
  public static Map<String, PipelineStage> available() {
    List<PipelineStage> all = new ArrayList<>(List.of(new IngestStage(), new ReportStage(), new ModelStage(),
        new EvaluateStage()));
    for (PipelineStage s : ServiceLoader.load(PipelineStage.class, PipelineStages.class.getClassLoader())) {
      if (all.stream().noneMatch(x -> x.name().equals(s.name()))) {
        all.add(s);
      }
    }
    all.sort(Comparator.comparingInt((PipelineStage s) -> rank(s.name())).thenComparing(PipelineStage::name));
    Map<String, PipelineStage> m = new LinkedHashMap<>();
    all.forEach(s -> m.put(s.name(), s));
    return m;
  }

  /** The default stage list: every available stage, except {@code evaluate} when no stage writes its pairs. */
  public static List<String> defaults(Map<String, PipelineStage> available) {
    List<String> names = new ArrayList<>(available.keySet());
    if (!available.containsKey(EvaluateStage.PAIRS_STAGE)) {
      names.remove(EvaluateStage.NAME);
    }
    return List.copyOf(names);
  }

  /** Every configuration key of {@code stages}. */
  public static List<ConfigKey> keys(Iterable<PipelineStage> stages) {
    List<ConfigKey> keys = new ArrayList<>();
    stages.forEach(s -> keys.addAll(s.keys()));
    return keys;
  }

  private static int rank(String name) {
    int i = ORDER.indexOf(name);
    return i < 0 ? ORDER.size() : i;
  }
}
