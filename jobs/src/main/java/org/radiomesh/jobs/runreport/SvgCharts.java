package org.radiomesh.jobs.runreport;

import java.util.Locale;
import java.util.Map;

/**
 * Small static charts as inline SVG for the run report: a histogram (bin edges and counts), a line chart (x, y with
 * markers) and horizontal bars (label → count). No script, no external resource; text is escaped. Each chart is a
 * fixed 520 × 240 user-unit viewBox that scales with the page. Cost O(points).
 *
 * <pre>{@code
 * String svg = SvgCharts.histogram("Chamfer", new double[] {0, 1, 2}, new long[] {3, 5});
 * }</pre>
 */
public final class SvgCharts {
  static final int WIDTH = 520;
  static final int HEIGHT = 240;
  private static final int LEFT = 56;
  private static final int RIGHT = 16;
  private static final int TOP = 24;
  private static final int BOTTOM = 44;

  private SvgCharts() {}

  /**
   * A histogram: {@code counts[i]} pairs whose value falls in [{@code edges[i]}, {@code edges[i + 1]}).
   *
   * @throws IllegalArgumentException when {@code edges.length != counts.length + 1} or there is no bin
   */
  public static String histogram(String xLabel, double[] edges, long[] counts) {
    if (counts.length == 0 || edges.length != counts.length + 1) {
      throw new IllegalArgumentException("a histogram needs n >= 1 counts and n + 1 edges, got " + counts.length
          + " counts and " + edges.length + " edges");
    }
    long max = 1;
    for (long c : counts) {
      max = Math.max(max, c);
    }
    StringBuilder s = open(xLabel, "pairs");
    double plotW = WIDTH - LEFT - RIGHT;
    double plotH = HEIGHT - TOP - BOTTOM;
    double bw = plotW / counts.length;
    for (int i = 0; i < counts.length; i++) {
      double h = plotH * counts[i] / max;
      s.append(String.format(Locale.ROOT,
          "<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"><title>[%s, %s): %d</title></rect>",
          LEFT + i * bw + 0.5, TOP + plotH - h, Math.max(0.5, bw - 1), h, number(edges[i]), number(edges[i + 1]),
          counts[i]));
    }
    yAxis(s, 0, max, true);
    for (int i = 0; i <= counts.length; i += Math.max(1, counts.length / 5)) {
      xTick(s, LEFT + i * bw, number(edges[i]));
    }
    if (counts.length % Math.max(1, counts.length / 5) != 0) {
      xTick(s, LEFT + plotW, number(edges[counts.length]));
    }
    return s.append("</svg>").toString();
  }

  /**
   * A line chart of {@code y} against {@code x} (same length, at least one point), y axis from 0 to
   * max(1, max y) when {@code unitY}, else from 0 to max y.
   */
  public static String line(String xLabel, String yLabel, double[] x, double[] y, boolean unitY) {
    if (x.length == 0 || x.length != y.length) {
      throw new IllegalArgumentException("a line chart needs as many x as y values, at least one: " + x.length
          + " and " + y.length);
    }
    double x0 = x[0];
    double x1 = x[0];
    double y1 = unitY ? 1 : 0;
    for (int i = 0; i < x.length; i++) {
      x0 = Math.min(x0, x[i]);
      x1 = Math.max(x1, x[i]);
      y1 = Math.max(y1, y[i]);
    }
    if (x1 == x0) {
      x1 = x0 + Math.max(1e-9, Math.abs(x0));
      x0 = x0 - Math.max(1e-9, Math.abs(x0));
    }
    y1 = y1 > 0 ? y1 : 1;
    StringBuilder s = open(xLabel, yLabel);
    double plotW = WIDTH - LEFT - RIGHT;
    double plotH = HEIGHT - TOP - BOTTOM;
    StringBuilder path = new StringBuilder();
    StringBuilder marks = new StringBuilder();
    for (int i = 0; i < x.length; i++) {
      double px = LEFT + plotW * (x[i] - x0) / (x1 - x0);
      double py = TOP + plotH - plotH * y[i] / y1;
      path.append(i == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", px, py));
      marks.append(String.format(Locale.ROOT,
          "<circle class=\"mark\" cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\"><title>%s: %s</title></circle>", px, py,
          number(x[i]), number(y[i])));
      xTick(s, px, number(x[i]));
    }
    s.append("<path class=\"line\" d=\"").append(path).append("\"/>").append(marks);
    yAxis(s, 0, y1, false);
    return s.append("</svg>").toString();
  }

  /** Horizontal bars, one per entry in map order, labelled with the key and the count. */
  public static String bars(Map<String, Long> counts) {
    if (counts.isEmpty()) {
      throw new IllegalArgumentException("bars need at least one entry");
    }
    long max = 1;
    for (long c : counts.values()) {
      max = Math.max(max, c);
    }
    int rowH = 22;
    int h = 8 + rowH * counts.size();
    int labelW = 200;
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
        "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\""
            + " role=\"img\">", WIDTH, h, WIDTH, h));
    int i = 0;
    for (Map.Entry<String, Long> e : counts.entrySet()) {
      double y = 4 + i * rowH;
      double w = (WIDTH - labelW - 60) * (double) e.getValue() / max;
      s.append(String.format(Locale.ROOT, "<text class=\"label\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>",
          labelW - 6, y + 15, HtmlText.escape(e.getKey())));
      s.append(String.format(Locale.ROOT,
          "<rect class=\"bar error\" x=\"%d\" y=\"%.1f\" width=\"%.1f\" height=\"%d\"/>", labelW, y + 2, w, rowH - 6));
      s.append(String.format(Locale.ROOT, "<text class=\"label\" x=\"%.1f\" y=\"%.1f\">%d</text>",
          labelW + w + 6, y + 15, e.getValue()));
      i++;
    }
    return s.append("</svg>").toString();
  }

  private static StringBuilder open(String xLabel, String yLabel) {
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
        "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\""
            + " role=\"img\">", WIDTH, HEIGHT, WIDTH, HEIGHT));
    s.append(String.format(Locale.ROOT, "<line class=\"axis\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>", LEFT,
        HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM));
    s.append(String.format(Locale.ROOT, "<line class=\"axis\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>", LEFT, TOP,
        LEFT, HEIGHT - BOTTOM));
    s.append(String.format(Locale.ROOT, "<text class=\"label\" x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>",
        LEFT + (WIDTH - LEFT - RIGHT) / 2, HEIGHT - 6, HtmlText.escape(xLabel)));
    s.append(String.format(Locale.ROOT,
        "<text class=\"label\" x=\"14\" y=\"%d\" text-anchor=\"middle\" transform=\"rotate(-90 14 %d)\">%s</text>",
        TOP + (HEIGHT - TOP - BOTTOM) / 2, TOP + (HEIGHT - TOP - BOTTOM) / 2, HtmlText.escape(yLabel)));
    return s;
  }

  private static void yAxis(StringBuilder s, double lo, double hi, boolean integers) {
    double plotH = HEIGHT - TOP - BOTTOM;
    for (int k = 0; k <= 4; k++) {
      double v = lo + (hi - lo) * k / 4;
      double y = TOP + plotH - plotH * k / 4;
      String text = integers ? String.valueOf(Math.round(v)) : number(v);
      s.append(String.format(Locale.ROOT,
          "<text class=\"tick\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>", LEFT - 4, y + 4, text));
    }
  }

  private static void xTick(StringBuilder s, double x, String text) {
    s.append(String.format(Locale.ROOT, "<text class=\"tick\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>",
        x, HEIGHT - BOTTOM + 14, text));
  }

  /** Four significant digits, plain notation between 1e-3 and 1e5, scientific outside. */
  static String number(double v) {
    if (v == 0 || Double.isNaN(v) || Double.isInfinite(v)) {
      return v == 0 ? "0" : String.valueOf(v);
    }
    double a = Math.abs(v);
    if (a >= 1e-3 && a < 1e5) {
      String t = new java.math.BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros()
          .toPlainString();
      return t;
    }
    return String.format(Locale.ROOT, "%.3e", v);
  }
}
