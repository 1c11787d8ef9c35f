package org.radiomesh.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.radiomesh.mesh.MeshMeasures;
import org.radiomesh.mesh.MeshStats;
import org.radiomesh.mesh.io.MeshFiles;
import org.radiomesh.mesh.io.MeshFormat;
import org.radiomesh.recon.CalibratedView;
import org.radiomesh.recon.CalibratedViewsFolder;
import org.radiomesh.recon.MultiviewReconstructor;
import org.radiomesh.recon.Reconstruction;
import org.radiomesh.recon.ReconstructionException;
import org.radiomesh.recon.ReconstructionOptions;
import org.radiomesh.render.Camera;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code radiomesh reconstruct VIEWS_DIR --out MESH}: one object from a folder of calibrated views (the {@link
 * CalibratedViewsFolder} layout, which {@code radiomesh model --keep-views} writes under {@code OUT/views/ID}) to a
 * watertight mesh in millimetres with {@link MultiviewReconstructor}; runs locally, no Spark. Inconsistent input
 * (calibration, image sizes, masks) exits with {@link ExitCodes#BAD_INPUT} and a message naming the file and what was
 * expected. Cost: the reconstructor's, O(resolution³ · views).
 */
@Command(name = "reconstruct", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Reconstruct one object from calibrated views to a watertight mesh in mm (OBJ, PLY or STL by the "
        + "extension of --out) and print its measures.",
        "VIEWS_DIR layout:",
        "  cameras.json     one entry per view: name, width, height, K [[fx,0,cx],[0,fy,cy],[0,0,1]], R (3x3 rotation)"
            + " and t (x_cam = R x_world + t; OpenCV axes: x right, y down, z forward; mm)",
        "  masks/NAME.png   silhouette of view NAME, required (inside where the first channel >= half range)",
        "  depth/NAME.png   optional, 16-bit grey, camera z = value x 0.01 mm, 0 = unknown",
        "  labels/NAME.png  optional, 16-bit grey, label + 1, 0 = background (labels go to the mesh vertices)",
        "  rgb/, normals/   ignored (previews)",
        "Every image must have the size its camera gives; every camera needs a mask; an image without a camera, a K "
            + "with skew or a principal point outside its image, or an R that is not a rotation is an error "
            + "(exit code 3).",
        "VIEWS_DIR may also be the output folder of 'radiomesh model --keep-views' when it holds views of one "
            + "record (OUT/views/ID), or OUT/views itself then."})
public final class ReconstructCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "VIEWS_DIR", description = "Folder of calibrated views (layout above).")
  Path views;

  @Option(names = "--out", required = true, paramLabel = "MESH", description = "Output mesh (.obj, .ply, .stl).")
  Path out;

  @Option(names = "--resolution", paramLabel = "R", defaultValue = "128",
      description = "Grid samples along the longest axis of the volume, 8 to 1024 (default: ${DEFAULT-VALUE}).")
  int resolution;

  @Option(names = "--faces", paramLabel = "N", defaultValue = "40000",
      description = "Decimate to at most N faces, 0 = no decimation (default: ${DEFAULT-VALUE}).")
  int faces;

  @Option(names = "--smoothing", paramLabel = "N", defaultValue = "8",
      description = "Taubin smoothing iterations (default: ${DEFAULT-VALUE}).")
  int smoothing;

  @Option(names = "--no-cleanup", description = "Raw marching-cubes surface: every component kept, no hole "
      + "filling, smoothing or decimation.")
  boolean noCleanup;

  @Option(names = "--no-depth", description = "Ignore depth maps (visual hull of the silhouettes only).")
  boolean noDepth;

  @Option(names = "--no-labels", description = "Do not transfer label maps to the mesh vertices.")
  boolean noLabels;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    MeshFormat format = MeshFormat.fromFileName(out.getFileName().toString()).orElseThrow(() ->
        new IllegalArgumentException("--out " + out + ": expected a .obj, .ply or .stl file name"));
    ReconstructionOptions.Builder b = ReconstructionOptions.builder().resolution(resolution).targetFaces(faces)
        .smoothingIterations(smoothing).useDepth(!noDepth).transferLabels(!noLabels);
    ReconstructionOptions options = noCleanup ? b.build().withoutCleanup() : b.build();
    Path dir = viewsFolder(views);
    List<CalibratedView> read;
    try {
      read = CalibratedViewsFolder.read(dir);
    } catch (ReconstructionException e) {
      throw new IOException(blame(dir, e) + e.getMessage(), e);
    }
    for (CalibratedView v : read) {
      checkPrincipalPoint(dir, v);
    }
    Reconstruction r;
    try {
      r = new MultiviewReconstructor(options).reconstruct(read);
    } catch (ReconstructionException e) {
      throw new IOException(blame(dir, e) + e.getMessage() + " [" + e.reason().code() + "]", e);
    }
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    MeshFiles.write(r.mesh(), out);
    MeshStats s = MeshMeasures.stats(r.mesh());
    var o = spec.commandLine().getOut();
    o.printf(Locale.ROOT, "reconstructed %d views of %s -> %s (%s)%n", read.size(), dir, out, format);
    o.printf(Locale.ROOT, "vertices %d, faces %d, area %.2f mm2, volume %.2f mm3, watertight %s, components %d%s%n",
        s.vertexCount(), s.faceCount(), s.surfaceArea(), s.signedVolume(), s.watertight(), s.componentCount(),
        r.mesh().hasLabels() ? ", labels " + distinctLabels(r.mesh().labels()) : "");
    int[] g = r.grid();
    o.printf(Locale.ROOT, "grid %dx%dx%d, voxel %.3f mm, raw faces %d, holes filled %d, %.2f s%n", g[0], g[1], g[2],
        r.voxelSize(), r.rawFaces(), r.holesFilled(), r.totalSeconds());
    o.flush();
    return ExitCodes.OK;
  }

  /**
   * {@code dir} when it holds {@code cameras.json}; else the one calibrated-views folder among its sub-folders (or
   * those of {@code dir/views}, the layout of {@code radiomesh model --keep-views}).
   */
  static Path viewsFolder(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IOException(dir + ": not a folder (expected a calibrated views folder with "
          + CalibratedViewsFolder.CAMERAS + " and masks/)");
    }
    if (Files.isRegularFile(dir.resolve(CalibratedViewsFolder.CAMERAS))) {
      return dir;
    }
    Path base = Files.isDirectory(dir.resolve("views")) ? dir.resolve("views") : dir;
    List<Path> found = new ArrayList<>();
    try (DirectoryStream<Path> subs = Files.newDirectoryStream(base, Files::isDirectory)) {
      for (Path p : subs) {
        if (Files.isRegularFile(p.resolve(CalibratedViewsFolder.CAMERAS))) {
          found.add(p);
        }
      }
    }
    if (found.size() == 1) {
      return found.get(0);
    }
    if (found.isEmpty()) {
      throw new IOException(dir.resolve(CalibratedViewsFolder.CAMERAS) + ": calibration file not found (a calibrated"
          + " views folder needs " + CalibratedViewsFolder.CAMERAS + " and masks/; see --help)");
    }
    found.sort(null);
    throw new IOException(dir + ": holds " + found.size() + " calibrated views folders " + names(found)
        + ", expected one; give one of them");
  }

  /** The principal point must lie inside the image: a K for another image size is the usual calibration slip. */
  private static void checkPrincipalPoint(Path dir, CalibratedView v) throws IOException {
    Camera c = v.camera();
    if (c.cx() < -0.5 || c.cx() > c.width() - 0.5 || c.cy() < -0.5 || c.cy() > c.height() - 0.5) {
      throw new IOException(dir.resolve(CalibratedViewsFolder.CAMERAS) + ": view '" + v.name()
          + "': principal point (cx, cy) = (" + c.cx() + ", " + c.cy() + ") lies outside its " + c.width() + "x"
          + c.height() + " image; expected K for the size of masks/" + v.name() + ".png");
    }
  }

  private static String blame(Path dir, ReconstructionException e) {
    return e.viewName() == null ? dir + ": " : dir.resolve("masks").resolve(e.viewName() + ".png") + ": ";
  }

  private static List<String> names(List<Path> paths) {
    return paths.stream().map(p -> p.getFileName().toString()).limit(10).toList();
  }

  private static String distinctLabels(int[] labels) {
    return java.util.Arrays.toString(java.util.Arrays.stream(labels).distinct().sorted().limit(40).toArray());
  }
}
