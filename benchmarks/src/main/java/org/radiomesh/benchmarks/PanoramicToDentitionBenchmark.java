package org.radiomesh.benchmarks;

import ai.djl.Device;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.radiomesh.benchmarks.DentitionAgreement.Presence;
import org.radiomesh.benchmarks.PanoramicDentitionCase.Result;
import org.radiomesh.benchmarks.PanoramicDentitionCase.Variant;
import org.radiomesh.model.LoadedModel;
import org.radiomesh.model.ModelDirectory;
import org.radiomesh.model.findings.FindingsModel;
import org.radiomesh.model.findings.FindingsPredictor;
import org.radiomesh.report.eval.ConfusionCounts;
import org.radiomesh.report.eval.FindingsScore;

/**
 * Panoramic radiograph → report → spec → 3D dentition on synthetic cases, scored against each case's own arches
 * ({@link PanoramicDentitionCase} runs one case and states the metric card). Prints markdown tables: surface scores per
 * jaw for the report's spec, the oracle spec and a sound dentition on the default anatomy and for the report's spec on the case's own
 * anatomy; presence agreement over the 32 positions; per-condition precision, recall and F1 of the report's spec
 * against the true spec; median seconds per stage. {@code --json FILE} also writes one JSON line per case.
 *
 * <p>Cases run in parallel on {@code --threads} threads (one findings predictor each); each case's figures depend
 * only on (seed, index, anatomy seed, samples), not on the thread count.
 *
 * <p>Usage: {@code PanoramicToDentitionBenchmark [--model DIR] [--cases N] [--from I] [--seed S]
 * [--anatomy-seed A] [--samples K] [--threads T] [--json FILE]}; defaults: data-samples/models/findings-v1, 50 cases
 * from index 0 of master seed 2 (the findings model's held-out evaluation seed), anatomy seed 0 (the model job's
 * default seed for the {@code direct} generator), 20 000 samples per mesh, 2 threads.
 */
public final class PanoramicToDentitionBenchmark {
  /** One compact JSON object per line. */
  private static final ObjectMapper JSON_LINE = new ObjectMapper();

  private PanoramicToDentitionBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> a = options(args);
    Path modelDir = Path.of(a.getOrDefault("model", "data-samples/models/findings-v1"));
    int cases = Integer.parseInt(a.getOrDefault("cases", "50"));
    long from = Long.parseLong(a.getOrDefault("from", "0"));
    long seed = Long.parseLong(a.getOrDefault("seed", "2"));
    long anatomySeed = Long.parseLong(a.getOrDefault("anatomy-seed", "0"));
    int samples = Integer.parseInt(a.getOrDefault("samples", "20000"));
    int threads = Integer.parseInt(a.getOrDefault("threads", "2"));
    String json = a.get("json");
    long start = System.nanoTime();
    List<Result> results = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    try (LoadedModel loaded = LoadedModel.load(ModelDirectory.open(modelDir), Device.cpu(), Map.of())) {
      FindingsModel model = (FindingsModel) loaded;
      System.out.printf("model %s; cases %d..%d of master seed %d; anatomy seed %d; %d samples per mesh; "
          + "%d threads%n", model.identity(), from, from + cases - 1, seed, anatomySeed, samples, threads);
      ConcurrentLinkedQueue<FindingsPredictor> predictors = new ConcurrentLinkedQueue<>();
      ThreadLocal<FindingsPredictor> predictor = ThreadLocal.withInitial(() -> {
        FindingsPredictor p = model.newPredictor();
        predictors.add(p);
        return p;
      });
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<Result>> futures = new ArrayList<>();
        for (long i = from; i < from + cases; i++) {
          long index = i;
          futures.add(pool.submit(() -> PanoramicDentitionCase.run(seed, index, anatomySeed, samples, model,
              predictor.get())));
        }
        for (int i = 0; i < futures.size(); i++) {
          try {
            Result r = futures.get(i).get();
            results.add(r);
            System.err.printf("%s done (%d/%d)%n", r.caseId(), i + 1, cases);
          } catch (java.util.concurrent.ExecutionException e) {
            failures.add("case index " + (from + i) + ": " + e.getCause());
            System.err.println("FAILED case index " + (from + i) + ": " + e.getCause());
          }
        }
      } finally {
        pool.shutdown();
        predictors.forEach(FindingsPredictor::close);
      }
    }
    if (json != null) {
      writeJson(Path.of(json), results);
    }
    System.out.printf("%n%d cases scored, %d failed, %.0f s wall%n", results.size(), failures.size(),
        (System.nanoTime() - start) / 1e9);
    failures.forEach(f -> System.out.println("failed: " + f));
    if (!results.isEmpty()) {
      printSurfaces(results);
      printTeeth(results);
      printSeconds(results);
    }
  }

  private static void printSurfaces(List<Result> results) {
    System.out.println("\n| spec | anatomy | jaw | CD mm mean | CD mm median | F@0.1 mm | F@0.25 mm | F@0.5 mm | F@1 mm "
        + "| F@1 % diag |");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|");
    for (Variant v : Variant.values()) {
      for (int jaw = 0; jaw <= 2; jaw++) {
        List<double[]> rows = new ArrayList<>();
        for (Result r : results) {
          for (int j = 0; j < 2; j++) {
            if (jaw == 2 || jaw == j) {
              var m = r.metrics().get(v)[j];
              double[] row = new double[1 + m.fscore().length];
              row[0] = m.chamfer();
              System.arraycopy(m.fscore(), 0, row, 1, m.fscore().length);
              rows.add(row);
            }
          }
        }
        double[] cd = rows.stream().mapToDouble(x -> x[0]).sorted().toArray();
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "| %s | %s | %s | %.3f | %.3f",
            label(v),
            v == Variant.REPORT_OWN_ANATOMY ? "case's own" : "default", jaw == 2 ? "both" : PanoramicDentitionCase
                .JAWS[jaw], mean(cd), median(cd)));
        for (int k = 1; k < rows.get(0).length; k++) {
          int col = k;
          s.append(String.format(Locale.ROOT, " | %.3f", rows.stream().mapToDouble(x -> x[col]).average()
              .orElseThrow()));
        }
        System.out.println(s.append(" |"));
      }
    }
    double[] diag = results.stream().flatMapToDouble(r -> Arrays.stream(r.diagonalMm())).toArray();
    System.out.printf(Locale.ROOT, "%nGT arch bounding-box diagonal: mean %.1f mm (1 %% = %.2f mm), range %.1f–%.1f"
        + " mm%n", mean(diag), mean(diag) / 100, Arrays.stream(diag).min().orElseThrow(),
        Arrays.stream(diag).max().orElseThrow());
  }

  private static String label(Variant v) {
    return switch (v) {
      case ORACLE_DEFAULT_ANATOMY -> "oracle (ground-truth findings)";
      case SOUND_DEFAULT_ANATOMY -> "none (32 sound teeth)";
      default -> "report (findings model)";
    };
  }

  private static void printTeeth(List<Result> results) {
    System.out.println("\n| spec | presence agreement (mean of 32 positions) | cases with all 32 right | "
        + "micro F1 of (tooth, condition) | conditions equal to the truth, cases |");
    System.out.println("|---|---|---|---|---|");
    long[][] confusion = new long[3][3];
    Map<String, FindingsScore> scores = new LinkedHashMap<>();
    for (String name : List.of("report, findings as decided by the model", "report, confidence ≥ 0.5 only",
        "oracle (ground-truth findings)")) {
      FindingsScore score = new FindingsScore();
      double agree = 0;
      int perfect = 0;
      int equal = 0;
      for (Result r : results) {
        var spec = name.startsWith("oracle") ? r.oracleSpec() : name.contains("0.5") ? r.reportSpecAtHalf()
            : r.reportSpec();
        int same = DentitionAgreement.presenceMatches(r.truth(), spec);
        agree += same / 32.0;
        perfect += same == 32 ? 1 : 0;
        equal += DentitionAgreement.findings(r.truth()).stream().map(f -> f.tooth() + f.code()).sorted().toList()
            .equals(DentitionAgreement.findings(spec).stream().map(f -> f.tooth() + f.code()).sorted().toList())
            ? 1 : 0;
        score.add(DentitionAgreement.findings(r.truth()), DentitionAgreement.findings(spec));
        if (name.startsWith("report, findings")) {
          long[][] c = DentitionAgreement.presenceConfusion(r.truth(), spec);
          for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
              confusion[i][j] += c[i][j];
            }
          }
        }
      }
      scores.put(name, score);
      System.out.printf(Locale.ROOT, "| %s | %.4f | %d / %d | %.3f | %d / %d |%n", name, agree / results.size(),
          perfect, results.size(), score.micro().f1(), equal, results.size());
    }
    System.out.println("\nPresence, truth (rows) × report spec (columns), positions over all cases:\n");
    System.out.println("| truth \\ report | tooth | implant | missing |");
    System.out.println("|---|---|---|---|");
    for (Presence p : Presence.values()) {
      long[] c = confusion[p.ordinal()];
      System.out.printf("| %s | %d | %d | %d |%n", p.name().toLowerCase(Locale.ROOT), c[0], c[1], c[2]);
    }
    System.out.println("\nPer condition, (tooth, condition) pairs of the spec against the true spec:\n");
    System.out.println("| condition | true pairs | model thresholds: P / R / F1 | confidence ≥ 0.5: P / R / F1 "
        + "| oracle F1 |");
    System.out.println("|---|---|---|---|---|");
    List<FindingsScore> s = new ArrayList<>(scores.values());
    for (String code : s.get(0).byCondition().keySet()) {
      ConfusionCounts a = s.get(0).byCondition().get(code);
      ConfusionCounts b = s.get(1).byCondition().get(code);
      System.out.printf(Locale.ROOT, "| %s | %d | %.3f / %.3f / %.3f | %.3f / %.3f / %.3f | %.3f |%n", code,
          a.support(), a.precision(), a.recall(), a.f1(), b.precision(), b.recall(), b.f1(),
          s.get(2).byCondition().get(code).f1());
    }
  }

  private static void printSeconds(List<Result> results) {
    System.out.println("\n| stage | median s per case | total s (all threads) |");
    System.out.println("|---|---|---|");
    for (String stage : List.of("radiograph", "report_and_specs", "meshes", "metrics")) {
      double[] v = results.stream().mapToDouble(r -> r.seconds().get(stage)).sorted().toArray();
      System.out.printf(Locale.ROOT, "| %s | %.2f | %.0f |%n", stage, median(v), Arrays.stream(v).sum());
    }
  }

  private static void writeJson(Path file, List<Result> results) throws java.io.IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Result r : results) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("case_id", r.caseId());
        row.put("case_seed", Long.toString(r.caseSeed()));
        row.put("presence_matches_report", DentitionAgreement.presenceMatches(r.truth(), r.reportSpec()));
        row.put("presence_matches_report_half", DentitionAgreement.presenceMatches(r.truth(), r.reportSpecAtHalf()));
        row.put("presence_matches_oracle", DentitionAgreement.presenceMatches(r.truth(), r.oracleSpec()));
        row.put("report_findings", r.reportFindings().size());
        row.put("gt_diagonal_mm", r.diagonalMm());
        for (Variant v : Variant.values()) {
          for (int j = 0; j < 2; j++) {
            var m = r.metrics().get(v)[j];
            String key = v.name().toLowerCase(Locale.ROOT) + "_" + PanoramicDentitionCase.JAWS[j];
            row.put(key + "_cd_mm", m.chamfer());
            row.put(key + "_thresholds_mm", m.thresholds());
            row.put(key + "_fscore", m.fscore());
          }
        }
        row.put("seconds", r.seconds());
        w.write(JSON_LINE.writeValueAsString(row));
        w.newLine();
      }
    }
  }

  private static double mean(double[] v) {
    return Arrays.stream(v).average().orElseThrow();
  }

  private static double median(double[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
  }

  /** {@code --key value} pairs. */
  private static Map<String, String> options(String[] args) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 == args.length) {
        throw new IllegalArgumentException("argument " + i + " '" + args[i] + "': expected --key value");
      }
      m.put(args[i].substring(2), args[++i]);
    }
    return m;
  }
}
