package org.radiomesh.jobs.runreport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Assembles the run report's single HTML file: a head with the style sheet and an error collector (uncaught errors,
 * rejected promises and {@code console.error} calls are written into {@code #page-errors}, so a headless browser's
 * DOM dump shows them), the sections in order, and, when there are meshes, the 3D viewer: three.js (embedded as text
 * and imported from a {@code blob:} URL, so nothing is fetched at view time), the meshes as JSON and the viewer
 * module. three.js's MIT licence is printed at the foot of the page. Cost O(page size).
 */
final class ReportPage {
  static final String RESOURCES = "/org/radiomesh/jobs/runreport/";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ERROR_COLLECTOR = """
      (function () {
        var seen = [];
        function record(kind, text) {
          seen.push(kind + ': ' + text);
          var box = document.getElementById('page-errors');
          if (box) { box.textContent = seen.join('\\n'); box.hidden = false; }
        }
        window.addEventListener('error', function (e) { record('error', e.message); });
        window.addEventListener('unhandledrejection', function (e) { record('rejection', String(e.reason)); });
        var original = console.error;
        console.error = function () {
          record('console.error', Array.prototype.map.call(arguments, String).join(' '));
          original.apply(console, arguments);
        };
        document.addEventListener('DOMContentLoaded', function () {
          if (seen.length) { record('earlier', seen.length + ' error(s)'); }
        });
      })();
      """;
  private final String title;
  private final String subtitle;
  private final List<String> sections = new ArrayList<>();

  ReportPage(String title, String subtitle) {
    this.title = title;
    this.subtitle = subtitle;
  }

  /** Adds a section; {@code body} is HTML. */
  ReportPage section(String id, String heading, String body) {
    sections.add("<section id=\"" + HtmlText.escape(id) + "\"><h2>" + HtmlText.escape(heading) + "</h2>" + body
        + "</section>");
    return this;
  }

  /** The whole page; {@code meshes} empty means no viewer and no three.js. */
  String html(List<ViewerMesh> meshes) {
    StringBuilder s = new StringBuilder(1 << 20);
    s.append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>").append(HtmlText.escape(title)).append("</title>\n<script>")
        .append(ERROR_COLLECTOR).append("</script>\n<style>\n").append(resource("report.css"))
        .append("</style></head>\n<body><header><h1>").append(HtmlText.escape(title)).append("</h1><p>")
        .append(HtmlText.escape(subtitle)).append("</p></header>\n<main>")
        .append("<pre id=\"page-errors\" class=\"problem\" hidden></pre>\n");
    if (!meshes.isEmpty()) {
      sections.add(0 < sections.size() ? 1 : 0, "<section id=\"viewer-section\"><h2>3D viewer</h2><p class=\"note\">"
          + "Drag to rotate, wheel to zoom, double-click to reset. Meshes above the face budget are simplified by "
          + "vertex clustering (face counts below).</p><div id=\"viewer\"></div><p id=\"viewer-status\" "
          + "data-state=\"loading\">loading three.js \u2026</p>" + meshTable(meshes) + "</section>");
    }
    sections.forEach(x -> s.append(x).append('\n'));
    s.append("</main>\n");
    if (!meshes.isEmpty()) {
      s.append("<script id=\"three-js\" type=\"text/plain\">")
          .append(HtmlText.scriptSource(resource("three/three.module.min.js"))).append("</script>\n")
          .append("<script id=\"viewer-data\" type=\"application/json\">")
          .append(HtmlText.jsonInScript(meshJson(meshes))).append("</script>\n<script type=\"module\">\n")
          .append(HtmlText.scriptSource(resource("viewer.js"))).append("</script>\n");
      s.append("<footer><main><details><summary>3D viewer: three.js r")
          .append(HtmlText.escape(threeRevision())).append(", MIT licence</summary><pre class=\"report\">")
          .append(HtmlText.escape(resource("three/LICENSE"))).append("</pre></details></main></footer>\n");
    }
    return s.append("</body></html>\n").toString();
  }

  private static String meshTable(List<ViewerMesh> meshes) {
    StringBuilder s = new StringBuilder("<table><tr><th>mesh</th><th>vertices shown</th><th>faces shown</th>"
        + "<th>faces in the mesh</th></tr>");
    for (ViewerMesh m : meshes) {
      s.append("<tr><td>").append(HtmlText.escape(m.label())).append("</td><td class=\"num\">")
          .append(HtmlText.count((long) m.xyz().length / 3)).append("</td><td class=\"num\">")
          .append(HtmlText.count((long) m.faces().length / 3)).append("</td><td class=\"num\">")
          .append(HtmlText.count((long) m.sourceFaces())).append("</td></tr>");
    }
    return s.append("</table>").toString();
  }

  private static String meshJson(List<ViewerMesh> meshes) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (ViewerMesh m : meshes) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("id", m.id());
      o.put("label", m.label());
      o.put("positions", m.positionsBase64());
      o.put("indices", m.indicesBase64());
      out.add(o);
    }
    try {
      return JSON.writeValueAsString(out);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("viewer meshes are not serialisable", e);
    }
  }

  /** three.js's revision, from the {@code REVISION} constant at the start of the bundled build. */
  static String threeRevision() {
    String src = resource("three/three.module.min.js");
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("const \\w+=\"(\\d+)\"").matcher(src);
    return m.find() ? m.group(1) : "unknown";
  }

  /**
   * A text resource of this package.
   *
   * @throws IllegalStateException when it is missing: three.js is put there by the jobs module's build (antrun)
   */
  static String resource(String name) {
    try (InputStream in = ReportPage.class.getResourceAsStream(RESOURCES + name)) {
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCES + name + " is missing from the classpath (three.js "
            + "is unpacked into target/classes by the jobs module's build: mvn -pl jobs -am package)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("reading resource " + RESOURCES + name, e);
    }
  }
}
