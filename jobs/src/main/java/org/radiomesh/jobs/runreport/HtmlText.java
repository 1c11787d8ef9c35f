package org.radiomesh.jobs.runreport;

import java.util.Locale;

/**
 * Text for the run report's HTML: escaping of element content and attribute values, and JSON or script text made
 * safe to sit inside a {@code <script>} element (no {@code </script} or {@code <!--} can end or bend it). Cost O(n).
 */
public final class HtmlText {
  private HtmlText() {}

  /** {@code text} as HTML content or a double-quoted attribute value; null becomes the empty string. */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder s = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> s.append("&lt;");
        case '>' -> s.append("&gt;");
        case '&' -> s.append("&amp;");
        case '"' -> s.append("&quot;");
        case '\'' -> s.append("&#39;");
        default -> s.append(c);
      }
    }
    return s.toString();
  }

  /**
   * JavaScript source for the inside of a {@code <script>} element: {@code </} becomes {@code <\/}, {@code <!--}
   * becomes {@code <\u0021--} and {@code <script} (any case) gets its {@code s} as a unicode escape, so the HTML parser
   * neither ends the element nor enters its escaped states. Each replacement reads the same in JavaScript strings,
   * template literals, regular expressions, comments and identifiers.
   */
  public static String scriptSource(String js) {
    StringBuilder s = new StringBuilder(js.length() + 64);
    for (int i = 0; i < js.length(); i++) {
      char c = js.charAt(i);
      s.append(c);
      if (c != '<' || i + 1 >= js.length()) {
        continue;
      }
      char next = js.charAt(i + 1);
      if (next == '/') {
        s.append('\\');
      } else if (js.startsWith("!--", i + 1)) {
        s.append("\\u0021");
        i++;
      } else if (js.regionMatches(true, i + 1, "script", 0, 6)) {
        s.append(next == 's' ? "\\u0073" : "\\u0053");
        i++;
      }
    }
    return s.toString();
  }

  /** JSON text for the inside of a {@code <script type="application/json">}: {@code <}, {@code >}, {@code &} as
   * unicode escapes (in JSON they only occur inside strings, where the escape means the same character). */
  public static String jsonInScript(String json) {
    return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
  }

  /** A count with thousands separators, or an en dash for null. */
  static String count(Long v) {
    return v == null ? "\u2013" : String.format(Locale.ROOT, "%,d", v);
  }

  /** A number with four significant digits, or an en dash for null. */
  static String number(Double v) {
    return v == null ? "\u2013" : SvgCharts.number(v);
  }
}
