package org.radiomesh.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.radiomesh.jobs.SparkRuntime;
import org.radiomesh.jobs.report.ReportEval;
import org.radiomesh.report.eval.ConfusionCounts;
import org.radiomesh.report.eval.FindingsScore;
import org.radiomesh.report.eval.ReportEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code radiomesh report-eval}: findings and text metrics of generated reports against synthetic ground truth. */
@Command(name = "report-eval", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Score the reports of `radiomesh report` against the ground truth of `radiomesh synth`: precision, "
        + "recall and F1 per condition and per tooth position (micro and macro), BLEU-4 and ROUGE-L of the FINDINGS "
        + "and IMPRESSION text against report.txt.",
        "Reports are matched to cases by the case-NNNNNN folder in their path."})
public final class ReportEvalCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Option(names = "--reports", required = true, paramLabel = "DIR", description = "Report job output folder.")
  String reports;

  @Option(names = "--truth", required = true, paramLabel = "DIR", description = "radiomesh synth output folder.")
  String truth;

  @Option(names = "--model-hash", paramLabel = "PREFIX", description = "Score the model whose content hash starts "
      + "with this (needed when reports/ holds several models).")
  String modelHash;

  @Option(names = "--out", paramLabel = "FILE", description = "Also write every figure as JSON to this file.")
  Path out;

  @Mixin
  SparkOptions spark = new SparkOptions();

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    SparkSession session = SparkRuntime.session("report-eval", spark);
    ReportEval.Result r = ReportEval.run(session, reports, truth, modelHash);
    PrintWriter w = spec.commandLine().getOut();
    FindingsScore f = r.evaluation().findings();
    w.printf("report-eval: model %s, %d reports, %d cases, %d matched, %d reports without case, %d cases without "
        + "report%n", r.modelHash().substring(0, 12), r.reports(), r.cases(), r.matched(), r.reportsWithoutCase(),
        r.casesWithoutReport());
    w.printf("%-18s %9s %9s %9s %8s%n", "condition", "precision", "recall", "F1", "support");
    for (Map.Entry<String, ConfusionCounts> e : f.byCondition().entrySet()) {
      line(w, e.getKey(), e.getValue());
    }
    line(w, "micro", f.micro());
    w.printf("macro F1: structural (missing, implant, crown, root canal, restoration) %s, lesions (caries, "
        + "periapical lesion, bone loss) %s, predicted conditions %s%n",
        fmt(f.macroF1(ReportEvaluation.STRUCTURAL)), fmt(f.macroF1(ReportEvaluation.LESIONS)),
        fmt(f.macroF1(ReportEvaluation.PREDICTED)));
    w.printf("text: BLEU-4 %s, ROUGE-L %s%n", fmt(r.evaluation().bleu().score()), fmt(r.evaluation().rouge().score()));
    if (out != null) {
      Files.writeString(out, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(r.toMap()) + "\n",
          StandardCharsets.UTF_8);
      w.println("report-eval: figures -> " + out);
    }
    w.flush();
    return ExitCodes.OK;
  }

  private static void line(PrintWriter w, String name, ConfusionCounts c) {
    w.printf("%-18s %9s %9s %9s %8d%n", name, fmt(c.precision()), fmt(c.recall()), fmt(c.f1()), c.support());
  }

  private static String fmt(double v) {
    return String.format("%.3f", v);
  }
}
