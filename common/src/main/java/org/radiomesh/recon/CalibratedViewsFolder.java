package org.radiomesh.recon;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferUShort;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.radiomesh.render.Camera;
import org.radiomesh.render.CamerasJson;
import org.radiomesh.render.NamedCamera;
import org.radiomesh.render.RenderedView;
import org.radiomesh.render.ViewPng;

/**
 * A folder of user-supplied (or generated) calibrated views, the input of {@code radiomesh reconstruct}:
 *
 * <pre>
 * DIR/cameras.json         calibration, {@link CamerasJson} format (OpenCV conventions, mm), one entry per view NAME
 * DIR/masks/NAME.png       silhouette, required ({@link ViewPng#readMask}: inside where the first channel ≥ half range)
 * DIR/depth/NAME.png       optional, 16-bit grey, camera z = value × 0.01 mm ({@link ViewPng#DEFAULT_DEPTH_UNIT}), 0 = none
 * DIR/labels/NAME.png      optional, 16-bit grey, value = label + 1, 0 = background
 * DIR/rgb/NAME.png, DIR/normals/NAME.png   written for previews, never read
 * </pre>
 *
 * <p>Reading is strict: every image's size must match its camera, every camera needs a mask, and a PNG in
 * {@code masks/}, {@code depth/} or {@code labels/} whose name has no camera is an error (a misspelt name would
 * otherwise be silently dropped). Messages name the file. Cost O(total pixels).
 */
public final class CalibratedViewsFolder {
  /** The calibration file's name. */
  public static final String CAMERAS = "cameras.json";

  private CalibratedViewsFolder() {}

  /**
   * Reads the views of a folder, in the order of {@code cameras.json}.
   *
   * @throws IOException naming the file: missing or malformed calibration, a missing mask, an image of the wrong size
   *     or type, or an image without a camera
   * @throws ReconstructionException naming the view: an empty mask, or a depth outside its mask
   */
  public static List<CalibratedView> read(Path dir) throws IOException, ReconstructionException {
    Path camerasFile = dir.resolve(CAMERAS);
    if (!Files.isRegularFile(camerasFile)) {
      throw new IOException(camerasFile + ": calibration file not found (a calibrated views folder needs " + CAMERAS
          + " and masks/)");
    }
    List<NamedCamera> cameras = CamerasJson.read(camerasFile);
    Set<String> names = new HashSet<>();
    for (NamedCamera c : cameras) {
      names.add(c.name());
    }
    for (String sub : List.of("masks", "depth", "labels")) {
      checkNames(dir.resolve(sub), names);
    }
    List<CalibratedView> out = new ArrayList<>(cameras.size());
    for (NamedCamera nc : cameras) {
      Camera cam = nc.camera();
      Path maskFile = dir.resolve("masks").resolve(nc.name() + ".png");
      if (!Files.isRegularFile(maskFile)) {
        throw new IOException(maskFile + ": mask of view '" + nc.name() + "' not found");
      }
      boolean[] mask = ViewPng.readMask(maskFile, cam);
      Path depthFile = dir.resolve("depth").resolve(nc.name() + ".png");
      float[] depth = Files.isRegularFile(depthFile)
          ? ViewPng.readDepth(depthFile, cam, ViewPng.DEFAULT_DEPTH_UNIT) : null;
      Path labelFile = dir.resolve("labels").resolve(nc.name() + ".png");
      int[] labels = Files.isRegularFile(labelFile) ? readLabels(labelFile, cam) : null;
      out.add(CalibratedView.of(nc.name(), cam, mask, depth, labels));
    }
    return out;
  }

  /**
   * Writes a view set as a folder {@link #read} reads back: cameras, masks, depth, labels (where present), and RGB
   * and normal previews. Creates the folder.
   *
   * @throws IOException when a file cannot be written or a depth exceeds the 16-bit range (655.35 mm)
   */
  public static void write(MultiviewSet set, Path dir) throws IOException {
    Files.createDirectories(dir);
    CamerasJson.write(set.cameras(), dir.resolve(CAMERAS));
    for (int i = 0; i < set.size(); i++) {
      String name = set.names().get(i);
      RenderedView v = set.views().get(i);
      ViewPng.write(ViewPng.maskImage(v), dir.resolve("masks").resolve(name + ".png"));
      if (v.depth() != null) {
        ViewPng.write(ViewPng.depthImage(v, ViewPng.DEFAULT_DEPTH_UNIT), dir.resolve("depth").resolve(name + ".png"));
      }
      if (v.labels() != null) {
        ViewPng.write(labelImage(v), dir.resolve("labels").resolve(name + ".png"));
      }
      if (v.rgb() != null) {
        ViewPng.write(ViewPng.rgbImage(v), dir.resolve("rgb").resolve(name + ".png"));
      }
      if (v.normals() != null) {
        ViewPng.write(ViewPng.normalImage(v), dir.resolve("normals").resolve(name + ".png"));
      }
    }
  }

  /** 16-bit grey label image: label + 1, 0 for background (label &lt; 0). */
  static BufferedImage labelImage(RenderedView v) {
    BufferedImage img = new BufferedImage(v.width(), v.height(), BufferedImage.TYPE_USHORT_GRAY);
    short[] data = ((DataBufferUShort) img.getRaster().getDataBuffer()).getData();
    int[] labels = v.labels();
    for (int i = 0; i < labels.length; i++) {
      int l = labels[i];
      if (l > 65534) {
        throw new IllegalArgumentException("label " + l + " at pixel " + i + " does not fit a 16-bit label image");
      }
      data[i] = (short) (l < 0 ? 0 : l + 1);
    }
    return img;
  }

  private static int[] readLabels(Path file, Camera cam) throws IOException {
    BufferedImage img = ImageIO.read(file.toFile());
    if (img == null) {
      throw new IOException(file + ": not an image ImageIO can read (expected PNG)");
    }
    if (img.getWidth() != cam.width() || img.getHeight() != cam.height()) {
      throw new IOException(file + ": image is " + img.getWidth() + "x" + img.getHeight() + ", its camera expects "
          + cam.width() + "x" + cam.height());
    }
    if (img.getType() != BufferedImage.TYPE_USHORT_GRAY) {
      throw new IOException(file + ": expected a 16-bit grey label PNG (label + 1, 0 = background), got image type "
          + img.getType());
    }
    int[] labels = new int[cam.width() * cam.height()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = img.getRaster().getSample(i % cam.width(), i / cam.width(), 0) - 1;
    }
    return labels;
  }

  private static void checkNames(Path sub, Set<String> names) throws IOException {
    if (!Files.isDirectory(sub)) {
      return;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(sub, "*.png")) {
      for (Path f : files) {
        String name = f.getFileName().toString();
        String stem = name.substring(0, name.length() - 4);
        if (!names.contains(stem)) {
          throw new IOException(f + ": no view named '" + stem + "' in " + CAMERAS);
        }
      }
    }
  }
}
