package org.radiomesh.benchmarks;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.radiomesh.benchmarks.ReconstructionBenchmark.Row;

/**
 * Markdown tables and CSV rows of {@link ReconstructionBenchmark} results: means over cases of CD (mm) and F-scores,
 * minimum F, watertight counts, and median / 90th-percentile CPU seconds per step.
 */
final class ReconstructionReport {
  private static final String[] STEPS = {"volume", "fusion", "marching_cubes", "components", "holes", "smoothing",
      "decimation", "labels"};

  private ReconstructionReport() {}

  static void print(List<Row> rows, PrintStream out) {
    List<Row> teeth = select(rows, r -> !r.c().arch() && r.s() == ReconstructionBenchmark.DEFAULT);
    out.println("### Single teeth, default setting (12 views, 256 px, grid 128, clean-up on)\n");
    out.println("| cases | group | CD mm (mean) | F@0.1 mm | F@0.25 mm | F@1 % diag | min F@0.25 | min F@1 % | watertight |");
    out.println("|---|---|---|---|---|---|---|---|---|");
    Map<String, Predicate<Row>> groups = new LinkedHashMap<>();
    groups.put("all single teeth", r -> true);
    groups.put("incisors", r -> type(r).contains("incisor") && !special(r));
    groups.put("canines", r -> type(r).contains("canine") && !special(r));
    groups.put("premolars", r -> type(r).contains("premolar") && !special(r));
    groups.put("molars", r -> type(r).contains("molar") && !type(r).contains("premolar") && !special(r));
    groups.put("implants", r -> r.c().condition().equals("implant"));
    groups.put("impacted", r -> r.c().condition().equals("impacted"));
    for (Map.Entry<String, Predicate<Row>> g : groups.entrySet()) {
      qualityRow(out, g.getKey(), select(teeth, g.getValue()));
    }
    out.println("\n### Time per single tooth, default setting (CPU seconds on one core)\n");
    out.println("| step | median | p90 |");
    out.println("|---|---|---|");
    out.printf(Locale.ROOT, "| render 12 views (anatomy engine) | %.3f | %.3f |%n",
        pct(teeth, Row::renderSeconds, 50), pct(teeth, Row::renderSeconds, 90));
    for (String step : STEPS) {
      out.printf(Locale.ROOT, "| %s | %.3f | %.3f |%n", step, pct(teeth, r -> r.seconds().get(step), 50),
          pct(teeth, r -> r.seconds().get(step), 90));
    }
    out.printf(Locale.ROOT, "| **reconstruction total** | **%.3f** | **%.3f** |%n", pct(teeth, Row::reconSeconds, 50),
        pct(teeth, Row::reconSeconds, 90));
    List<Row> single = select(rows, r -> !r.c().arch());
    List<String> swept = new ArrayList<>();
    for (Row r : single) {
      if (r.s() != ReconstructionBenchmark.DEFAULT && !swept.contains(r.c().id())) {
        swept.add(r.c().id());
      }
    }
    List<Row> base = select(single, r -> r.s() == ReconstructionBenchmark.DEFAULT && swept.contains(r.c().id()));
    out.printf(Locale.ROOT, "%n### Settings compared on %d single teeth%n%n", swept.size());
    out.println("| setting | CD mm | F@0.1 mm | F@0.25 mm | F@1 % diag | faces | watertight | recon s (median) |");
    out.println("|---|---|---|---|---|---|---|---|");
    settingRow(out, ReconstructionBenchmark.DEFAULT.name(), base);
    for (ReconstructionBenchmark.Setting s : ReconstructionBenchmark.SWEEP) {
      settingRow(out, s.name(), select(single, r -> r.s() == s));
    }
    List<Row> raw = select(single, r -> r.s().name().equals("no clean-up"));
    if (!raw.isEmpty()) {
      out.printf(Locale.ROOT, "%nClean-up effect (default vs no clean-up): CD %+.1f %%, F@0.1 mm %+.1f %%, "
          + "F@0.25 mm %+.1f %%, F@1 %% %+.1f %%, faces %+.1f %%.%n",
          change(base, raw, Row::cd), change(base, raw, Row::f01), change(base, raw, Row::f025),
          change(base, raw, Row::f1), change(base, raw, r -> r.faces()));
    }
    List<Row> arches = select(rows, r -> r.c().arch());
    if (!arches.isEmpty()) {
      out.println("\n### Full arches (one jaw each)\n");
      out.println("| setting | arches | CD mm | F@0.1 mm | F@0.25 mm | F@1 % diag | label accuracy | watertight | "
          + "recon s (median) |");
      out.println("|---|---|---|---|---|---|---|---|---|");
      List<String> names = new ArrayList<>();
      for (Row r : arches) {
        if (!names.contains(r.s().name())) {
          names.add(r.s().name());
        }
      }
      for (String n : names) {
        List<Row> g = select(arches, r -> r.s().name().equals(n));
        out.printf(Locale.ROOT, "| %s | %d | %.4f | %.3f | %.3f | %.3f | %.3f | %d/%d | %.2f |%n", n, g.size(),
            mean(g, Row::cd), mean(g, Row::f01), mean(g, Row::f025), mean(g, Row::f1), mean(g, Row::labelAccuracy),
            watertight(g), g.size(), pct(g, Row::reconSeconds, 50));
      }
    }
  }

  static void csv(List<Row> rows, PrintStream out) {
    out.println("case,condition,setting,cd_mm,f_0.1mm,f_0.25mm,f_1pct_diag,faces,watertight,label_accuracy,render_s,"
        + String.join("_s,", STEPS) + "_s");
    for (Row r : rows) {
      StringBuilder b = new StringBuilder();
      b.append(r.c().id()).append(',').append(r.c().condition()).append(',').append(r.s().name()).append(',')
          .append(String.format(Locale.ROOT, "%.5f,%.5f,%.5f,%.5f,%d,%b,%.4f,%.4f", r.cd(), r.f01(), r.f025(),
              r.f1(), r.faces(), r.watertight(), r.labelAccuracy(), r.renderSeconds()));
      for (String s : STEPS) {
        b.append(String.format(Locale.ROOT, ",%.4f", r.seconds().get(s)));
      }
      out.println(b);
    }
  }

  private static void qualityRow(PrintStream out, String name, List<Row> g) {
    if (g.isEmpty()) {
      return;
    }
    out.printf(Locale.ROOT, "| %d | %s | %.4f | %.4f | %.4f | %.4f | %.4f | %.4f | %d/%d |%n", g.size(), name,
        mean(g, Row::cd), mean(g, Row::f01), mean(g, Row::f025), mean(g, Row::f1), min(g, Row::f025),
        min(g, Row::f1), watertight(g), g.size());
  }

  private static void settingRow(PrintStream out, String name, List<Row> g) {
    if (g.isEmpty()) {
      return;
    }
    out.printf(Locale.ROOT, "| %s | %.4f | %.4f | %.4f | %.4f | %.0f | %d/%d | %.3f |%n", name, mean(g, Row::cd),
        mean(g, Row::f01), mean(g, Row::f025), mean(g, Row::f1), mean(g, r -> r.faces()), watertight(g), g.size(),
        pct(g, Row::reconSeconds, 50));
  }

  private static String type(Row r) {
    return r.c().spec().teeth().get(0).tooth().type().words();
  }

  private static boolean special(Row r) {
    return r.c().condition().equals("implant") || r.c().condition().equals("impacted");
  }

  private static List<Row> select(List<Row> rows, Predicate<Row> p) {
    return rows.stream().filter(p).toList();
  }

  private static double mean(List<Row> g, ToDoubleFunction<Row> f) {
    return g.stream().mapToDouble(f).average().orElse(Double.NaN);
  }

  private static double min(List<Row> g, ToDoubleFunction<Row> f) {
    return g.stream().mapToDouble(f).min().orElse(Double.NaN);
  }

  private static int watertight(List<Row> g) {
    return (int) g.stream().filter(Row::watertight).count();
  }

  /** Relative change of the mean, default over raw, in percent. */
  private static double change(List<Row> cleaned, List<Row> raw, ToDoubleFunction<Row> f) {
    return 100 * (mean(cleaned, f) - mean(raw, f)) / mean(raw, f);
  }

  /** Nearest-rank percentile. */
  private static double pct(List<Row> g, ToDoubleFunction<Row> f, int p) {
    double[] v = g.stream().mapToDouble(f).toArray();
    if (v.length == 0) {
      return Double.NaN;
    }
    Arrays.sort(v);
    int k = (int) Math.ceil(p / 100.0 * v.length) - 1;
    return v[Math.max(0, Math.min(v.length - 1, k))];
  }
}
