package org.radiomesh.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.radiomesh.mesh.TriangleMesh;
import org.radiomesh.mesh.io.MeshFiles;
import org.radiomesh.render.Camera;
import org.radiomesh.render.CameraRing;
import org.radiomesh.render.CamerasJson;
import org.radiomesh.render.NamedCamera;
import org.radiomesh.render.Rasterizer;
import org.radiomesh.render.RenderOptions;
import org.radiomesh.render.RenderedView;
import org.radiomesh.render.Turntable;
import org.radiomesh.render.ViewPng;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code radiomesh render MESH --out PNG}: renders one mesh file (OBJ, PLY, STL) with the software rasterizer, from one
 * camera, a turntable, or the cameras of a cameras JSON; runs locally, no Spark.
 */
@Command(name = "render", mixinStandardHelpOptions = true,
    description = {"Render a mesh file (OBJ, PLY, STL) to PNG with radiomesh's software rasterizer.",
        "One view by default; --turntable N writes N frames (OUT_000.png ...) and a contact sheet at OUT;",
        "--cameras FILE renders the views of a cameras JSON (OUT_<name>.png and a sheet at OUT)."})
public final class RenderCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "MESH", description = "Mesh file (.obj, .ply, .stl).")
  Path mesh;

  @Option(names = "--out", required = true, paramLabel = "PNG", description = "Output PNG.")
  Path out;

  @Option(names = "--turntable", paramLabel = "N", defaultValue = "0",
      description = "Render N views evenly spaced in azimuth (0: one view).")
  int turntable;

  @Option(names = "--width", paramLabel = "W", defaultValue = "512",
      description = "Image width (default: ${DEFAULT-VALUE}).")
  int width;

  @Option(names = "--height", paramLabel = "H", defaultValue = "512",
      description = "Image height (default: ${DEFAULT-VALUE}).")
  int height;

  @Option(names = "--azimuth", paramLabel = "DEG", defaultValue = "0",
      description = "Azimuth in degrees, counter-clockwise about the up axis from the front "
          + "(default: ${DEFAULT-VALUE}); with --turntable, the first frame's.")
  double azimuth;

  @Option(names = "--elevation", paramLabel = "DEG", defaultValue = "20",
      description = "Elevation in degrees above the horizontal plane, in (-90, 90) (default: ${DEFAULT-VALUE}).")
  double elevation;

  @Option(names = "--fov", paramLabel = "DEG", defaultValue = "30",
      description = "Vertical field of view in degrees (default: ${DEFAULT-VALUE}).")
  double fov;

  @Option(names = "--up", paramLabel = "AXIS", defaultValue = "z",
      description = "World axis that points up in the image: x, y, z, -x, -y or -z (default: ${DEFAULT-VALUE}).")
  String up;

  @Option(names = "--supersampling", paramLabel = "S", defaultValue = "2",
      description = "Anti-aliasing: S x S samples per pixel, 1 to 8 (default: ${DEFAULT-VALUE}).")
  int supersampling;

  @Option(names = "--color", paramLabel = "MODE", defaultValue = "AUTO",
      description = "Surface colour: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  RenderOptions.ColorMode color;

  @Option(names = "--cameras", paramLabel = "FILE", description = "Render the views of this cameras JSON instead.")
  Path cameras;

  @Option(names = "--cameras-out", paramLabel = "FILE", description = "Write the cameras used as a cameras JSON.")
  Path camerasOut;

  @Option(names = "--maps", description = "Also write mask, 16-bit depth (0.01 mm steps), normal and label PNGs.")
  boolean maps;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (turntable < 0) {
      throw new IllegalArgumentException("--turntable " + turntable + ": expected 0 or more");
    }
    TriangleMesh m = MeshFiles.read(mesh);
    if (m.isPointCloud()) {
      throw new IllegalArgumentException(mesh + " has no faces: nothing to render");
    }
    Rasterizer rasterizer = new Rasterizer(RenderOptions.builder().supersampling(supersampling).colorMode(color)
        .build());
    List<NamedCamera> views = views(m);
    List<Camera> cams = views.stream().map(NamedCamera::camera).toList();
    List<RenderedView> rendered = rasterizer.render(m, cams);
    String stem = stem(out);
    Path dir = out.toAbsolutePath().getParent();
    if (rendered.size() == 1) {
      ViewPng.write(ViewPng.rgbImage(rendered.get(0)), out);
    } else if (cameras == null) {
      Turntable.write(rendered, dir, stem);
    } else {
      for (int k = 0; k < rendered.size(); k++) {
        ViewPng.write(ViewPng.rgbImage(rendered.get(k)), dir.resolve(stem + "_" + views.get(k).name() + ".png"));
      }
      ViewPng.write(ViewPng.contactSheet(rendered, 6), out);
    }
    if (maps) {
      for (int k = 0; k < rendered.size(); k++) {
        ViewPng.writeMaps(rendered.get(k), dir, rendered.size() == 1 ? stem : stem + "_" + views.get(k).name());
      }
    }
    if (camerasOut != null) {
      CamerasJson.write(views, camerasOut);
    }
    var o = spec.commandLine().getOut();
    o.println("rendered " + rendered.size() + " view(s) of " + mesh + " (" + m.vertexCount() + " vertices, "
        + m.faceCount() + " faces) to " + out);
    o.flush();
    return ExitCodes.OK;
  }

  private List<NamedCamera> views(TriangleMesh m) throws java.io.IOException {
    if (cameras != null) {
      return CamerasJson.read(cameras);
    }
    double[] u = axis(up);
    double[] front = Math.abs(u[1]) > 0.5 ? new double[] {0, 0, 1} : new double[] {0, -1, 0};
    CameraRing ring = CameraRing.builder().azimuths(Math.max(1, turntable)).azimuthOffset(azimuth)
        .elevations(elevation).size(width, height).fovYDegrees(fov).up(u[0], u[1], u[2])
        .front(front[0], front[1], front[2]).build();
    List<Camera> cams = ring.around(m);
    if (turntable == 0) {
      return List.of(new NamedCamera("view", cams.get(0)));
    }
    return CamerasJson.named(cams);
  }

  private static double[] axis(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "x", "+x" -> new double[] {1, 0, 0};
      case "y", "+y" -> new double[] {0, 1, 0};
      case "z", "+z" -> new double[] {0, 0, 1};
      case "-x" -> new double[] {-1, 0, 0};
      case "-y" -> new double[] {0, -1, 0};
      case "-z" -> new double[] {0, 0, -1};
      default -> throw new IllegalArgumentException("--up " + name + ": expected x, y, z, -x, -y or -z");
    };
  }

  private static String stem(Path png) {
    String name = png.getFileName().toString();
    return name.toLowerCase(Locale.ROOT).endsWith(".png") ? name.substring(0, name.length() - 4) : name;
  }
}
