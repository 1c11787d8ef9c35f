package org.radiomesh.jobs.runreport;

import java.util.List;

/**
 * The run report's overview: one table row per stage (status, rows in, out, errors, skipped, seconds, rows per
 * second) and, per stage with errors, the error rows by reason code as bars. Unknown figures show as an en dash.
 * Cells carry {@code data-stage} and {@code data-key} attributes so that tools can read the numbers from the page.
 */
final class Overview {
  private Overview() {}

  static String stagesTable(List<StageFacts> facts) {
    StringBuilder s = new StringBuilder("<table id=\"stages\"><tr><th>stage</th><th>status</th><th>in</th>"
        + "<th>out</th><th>errors</th><th>skipped</th><th>seconds</th><th>rows/s</th></tr>");
    for (StageFacts f : facts) {
      String css = List.of("ok", "ran", "unchanged").contains(f.status()) ? "status-ok"
          : f.status().equals(StageFacts.NOT_RUN) ? "status-missing" : "status-bad";
      s.append("<tr data-stage=\"").append(HtmlText.escape(f.stage())).append("\"><td>")
          .append(HtmlText.escape(f.stage())).append("</td><td class=\"").append(css).append("\">")
          .append(HtmlText.escape(f.status())).append("</td>")
          .append(cell("in", HtmlText.count(f.in()))).append(cell("out", HtmlText.count(f.out())))
          .append(cell("errors", HtmlText.count(f.errors()))).append(cell("skipped", HtmlText.count(f.skipped())))
          .append(cell("seconds", HtmlText.number(f.seconds())))
          .append(cell("per_second", HtmlText.number(f.perSecond()))).append("</tr>");
    }
    return s.append("</table>").toString();
  }

  private static String cell(String key, String value) {
    return "<td class=\"num\" data-key=\"" + key + "\">" + value + "</td>";
  }

  static String errorsByReason(List<StageFacts> facts) {
    StringBuilder s = new StringBuilder();
    for (StageFacts f : facts) {
      if (!f.errorsByReason().isEmpty()) {
        s.append("<h3>Errors by reason: ").append(HtmlText.escape(f.stage())).append("</h3>")
            .append(SvgCharts.bars(f.errorsByReason()));
      }
    }
    return s.toString();
  }
}
