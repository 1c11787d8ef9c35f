package org.radiomesh.jobs.runreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radiomesh.jobs.LocalSpark;

/**
 * Opens the run report in headless Chromium (the Debian package {@code chromium}, which bin/setup installs; the test
 * is skipped only when no Chromium is on the PATH): no script error or {@code console.error} reaches the page's error
 * box, the key numbers are in the rendered DOM, the viewer reports ready, and a screenshot of the first viewer canvas
 * is a drawing (many distinct colours, a large share of pixels off the background), not a blank canvas. WebGL runs on
 * SwiftShader (software), so no GPU is needed.
 */
class RunReportBrowserTest {
  private static final int WIDTH = 1280;
  private static final int HEIGHT = 2400;

  @TempDir
  Path tmp;

  static String chromium() {
    String path = System.getenv("PATH") == null ? "" : System.getenv("PATH");
    for (String name : List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")) {
      for (String dir : path.split(File.pathSeparator)) {
        if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
          return Path.of(dir, name).toString();
        }
      }
    }
    return null;
  }

  private String run(String chromium, String page, String... extra) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(chromium, "--headless=new", "--no-sandbox", "--disable-gpu-sandbox",
        "--use-angle=swiftshader", "--enable-unsafe-swiftshader", "--no-first-run", "--disable-extensions",
        "--hide-scrollbars", "--user-data-dir=" + Files.createTempDirectory(tmp, "profile"),
        "--virtual-time-budget=15000", "--window-size=" + WIDTH + "," + HEIGHT));
    cmd.addAll(List.of(extra));
    cmd.add(page);
    Path out = Files.createTempFile(tmp, "stdout", ".txt");
    Path err = Files.createTempFile(tmp, "stderr", ".txt");
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish in 120 s: " + Files.readString(err));
    }
    assertThat(p.exitValue()).as("chromium exit code; stderr: %s", Files.readString(err)).isZero();
    return Files.readString(out);
  }

  @Test
  void thePageRendersWithoutErrorsAndTheViewerDrawsTheMeshes() throws Exception {
    String chromium = chromium();
    assumeTrue(chromium != null, "no chromium on the PATH (bin/setup installs the Debian package chromium)");
    Path runDir = RunFixtures.full();
    RunReport.write(LocalSpark.session(), runDir.toString());
    String page = runDir.resolve(RunReport.FILE).toUri().toString();

    String dom = run(chromium, page, "--dump-dom");
    Matcher errors = Pattern.compile("<pre id=\"page-errors\"[^>]*>([^<]*)</pre>").matcher(dom);
    assertThat(errors.find()).as("error box in the DOM").isTrue();
    assertThat(errors.group(1)).as("errors collected in the page").isEmpty();
    assertThat(dom).contains("data-state=\"ready\"").contains("ready: 3 mesh(es), three.js r170");
    double meanF = LocalSpark.session().read().parquet(runDir.resolve("evaluate/metrics").toString())
        .selectExpr("avg(element_at(f_score, 2))").first().getDouble(0);
    assertThat(dom).contains("data-key=\"mean F-score@0.1\">" + String.format(Locale.ROOT, "%.4f", meanF))
        .contains("<tr data-stage=\"evaluate\"><td>evaluate</td><td class=\"status-ok\">ok</td>"
            + "<td class=\"num\" data-key=\"in\">4</td><td class=\"num\" data-key=\"out\">3</td>");
    Matcher rect = Pattern.compile("<canvas[^>]* data-rect=\"(\\d+),(\\d+),(\\d+),(\\d+)\"").matcher(dom);
    assertThat(rect.find()).as("the viewer drew a canvas and recorded where").isTrue();
    int x0 = Integer.parseInt(rect.group(1));
    int y0 = Integer.parseInt(rect.group(2));
    int w = Integer.parseInt(rect.group(3));
    int h = Integer.parseInt(rect.group(4));
    assertThat(y0 + h).as("canvas inside the screenshot").isLessThanOrEqualTo(HEIGHT);

    Path png = tmp.resolve("shot.png");
    run(chromium, page, "--screenshot=" + png);
    BufferedImage shot = ImageIO.read(png.toFile());
    assertThat(shot.getWidth()).isEqualTo(WIDTH);
    int background = shot.getRGB(x0 + 3, y0 + 3) & 0xffffff;
    Set<Integer> colours = new HashSet<>();
    long off = 0;
    for (int y = y0 + 2; y < y0 + h - 2; y++) {
      for (int x = x0 + 2; x < x0 + w - 2; x++) {
        int c = shot.getRGB(x, y) & 0xffffff;
        colours.add(c);
        off += c != background ? 1 : 0;
      }
    }
    for (int shift = 0; shift <= 16; shift += 8) {
      assertThat((background >> shift) & 0xff).as("viewer background, the clear colour #f4f6f8")
          .isCloseTo((0xf4f6f8 >> shift) & 0xff, org.assertj.core.data.Offset.offset(2));
    }
    assertThat(colours.size()).as("distinct colours in the viewer").isGreaterThan(200);
    assertThat(off).as("pixels off the background").isGreaterThan((long) (0.1 * (w - 4) * (h - 4)));
  }
}
