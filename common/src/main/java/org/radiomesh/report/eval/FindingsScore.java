package org.radiomesh.report.eval;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.radiomesh.report.ConditionVocabulary;
import org.radiomesh.report.ReportFinding;

/**
 * Precision, recall and F1 of predicted findings against ground truth, where a finding is a (tooth, condition code)
 * pair of one image: a pair in both sets is a true positive, only predicted a false positive, only true a false
 * negative. Repeated pairs count once (two caries on one tooth are one "caries" truth); region findings are not
 * scored. Counts accumulate over images per condition code and per FDI position; micro figures pool every pair, macro
 * figures average the per-class figures over the classes asked for. Not thread-safe; O(findings) per image.
 *
 * <pre>{@code
 * FindingsScore s = new FindingsScore();
 * s.add(truth, predicted);      // once per image
 * double f1 = s.byCondition().get("crown").f1();
 * }</pre>
 */
public final class FindingsScore {
  private final Map<String, long[]> byCondition = new TreeMap<>();
  private final Map<Integer, long[]> byTooth = new TreeMap<>();
  private long images;

  /** Adds one image's truth and prediction. */
  public void add(Collection<ReportFinding> truth, Collection<ReportFinding> predicted) {
    Set<Pair> t = pairs(truth);
    Set<Pair> p = pairs(predicted);
    for (Pair x : t) {
      count(x, p.contains(x) ? 0 : 2);
    }
    for (Pair x : p) {
      if (!t.contains(x)) {
        count(x, 1);
      }
    }
    images++;
  }

  /** Images added so far. */
  public long images() {
    return images;
  }

  /** Counts per condition code, every code of the vocabulary present (zero counts included). */
  public Map<String, ConfusionCounts> byCondition() {
    Map<String, ConfusionCounts> out = new TreeMap<>();
    for (String code : ConditionVocabulary.CODES) {
      long[] c = byCondition.get(code);
      out.put(code, c == null ? ConfusionCounts.ZERO : new ConfusionCounts(c[0], c[1], c[2]));
    }
    return out;
  }

  /** Counts per FDI position that occurred in a truth or a prediction. */
  public Map<Integer, ConfusionCounts> byTooth() {
    Map<Integer, ConfusionCounts> out = new TreeMap<>();
    byTooth.forEach((k, c) -> out.put(k, new ConfusionCounts(c[0], c[1], c[2])));
    return out;
  }

  /** All pairs pooled. */
  public ConfusionCounts micro() {
    ConfusionCounts sum = ConfusionCounts.ZERO;
    for (ConfusionCounts c : byCondition().values()) {
      sum = sum.plus(c);
    }
    return sum;
  }

  /** Mean F1 over {@code codes}. */
  public double macroF1(List<String> codes) {
    return mean(codes, 2);
  }

  /** Mean precision over {@code codes}. */
  public double macroPrecision(List<String> codes) {
    return mean(codes, 0);
  }

  /** Mean recall over {@code codes}. */
  public double macroRecall(List<String> codes) {
    return mean(codes, 1);
  }

  private double mean(List<String> codes, int which) {
    if (codes.isEmpty()) {
      throw new IllegalArgumentException("macro average over no conditions");
    }
    Map<String, ConfusionCounts> all = byCondition();
    double sum = 0;
    for (String code : codes) {
      ConfusionCounts c = all.get(code);
      if (c == null) {
        throw new IllegalArgumentException("condition code '" + code + "', expected one of " + all.keySet());
      }
      sum += which == 0 ? c.precision() : which == 1 ? c.recall() : c.f1();
    }
    return sum / codes.size();
  }

  private void count(Pair x, int slot) {
    byCondition.computeIfAbsent(x.code, k -> new long[3])[slot]++;
    byTooth.computeIfAbsent(x.tooth, k -> new long[3])[slot]++;
  }

  private static Set<Pair> pairs(Collection<ReportFinding> findings) {
    Set<Pair> out = new HashSet<>();
    for (ReportFinding f : findings) {
      if (f.tooth() != null) {
        out.add(new Pair(f.tooth(), f.code()));
      }
    }
    return out;
  }

  private record Pair(int tooth, String code) {}
}
