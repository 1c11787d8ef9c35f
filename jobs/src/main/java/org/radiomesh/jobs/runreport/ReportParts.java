package org.radiomesh.jobs.runreport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * What the sections of one run report share while it is built: the run folder, the options, the meshes picked for
 * the 3D viewer (first come, up to the option's count) and the problems met (a table that could not be read, a preview
 * that could not be decoded), which are shown on the page and returned to the caller, and logged at WARN.
 */
final class ReportParts {
  private static final Logger LOG = LogManager.getLogger(ReportParts.class);
  final RunFolder run;
  final RunReportOptions options;
  final List<ViewerMesh> viewer = new ArrayList<>();
  final List<String> problems = new ArrayList<>();

  ReportParts(RunFolder run, RunReportOptions options) {
    this.run = run;
    this.options = options;
  }

  boolean viewerFull() {
    return viewer.size() >= options.viewerMeshes();
  }

  /** Records a problem and returns its HTML box for the section where it happened. */
  String problem(String where, Exception e) {
    String text = where + ": " + e.getClass().getSimpleName() + ": " + e.getMessage();
    problems.add(text);
    LOG.warn("run report: {}", text);
    return "<div class=\"problem\">" + HtmlText.escape(text) + "</div>";
  }

  /** A small two-column table of label → value (values already HTML). */
  static String keyValues(List<String[]> rows) {
    StringBuilder s = new StringBuilder("<table class=\"kv\">");
    for (String[] r : rows) {
      s.append("<tr><th>").append(HtmlText.escape(r[0])).append("</th><td class=\"num\" data-key=\"")
          .append(HtmlText.escape(r[0])).append("\">").append(r[1]).append("</td></tr>");
    }
    return s.append("</table>").toString();
  }

  static String fixed(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }
}
