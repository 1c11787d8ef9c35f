package org.radiomesh.render;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferUShort;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * The maps of a {@link RenderedView} as images, and PNG files of them (ImageIO).
 *
 * <ul>
 *   <li>RGB: 8-bit sRGB-less RGB, value = round(255 · linear value).
 *   <li>Mask: 8-bit grey, 255 inside the silhouette, 0 outside.
 *   <li>Depth: 16-bit grey, value = round(z / unit) for camera depth z in mesh units, 0 = background; {@link
 *       #DEFAULT_DEPTH_UNIT} = 0.01 mm per step covers 0.01–655.35 mm. A depth beyond 65535 steps is an error, not
 *       clipped.
 *   <li>Normals: 8-bit RGB, value = round(255 · (n + 1) / 2) per component in the view's normal space; background
 *       black (a real normal never maps to (0, 0, 0)).
 *   <li>Labels: 8-bit RGB colour of each pixel's label from {@link LabelPalette}, background black.
 * </ul>
 *
 * <p>{@link #readMask} and {@link #readDepth} read such masks and depth maps back (for user-supplied calibrated
 * views). Cost O(pixels) per image.
 */
public final class ViewPng {
  /** Depth step of 16-bit depth PNGs, mm per grey level. */
  public static final double DEFAULT_DEPTH_UNIT = 0.01;

  private ViewPng() {}

  public static BufferedImage rgbImage(RenderedView v) {
    float[] rgb = require(v.rgb(), "RGB");
    BufferedImage img = new BufferedImage(v.width(), v.height(), BufferedImage.TYPE_INT_RGB);
    for (int i = 0, n = v.width() * v.height(); i < n; i++) {
      img.setRGB(i % v.width(), i / v.width(), (to8(rgb[3 * i]) << 16) | (to8(rgb[3 * i + 1]) << 8)
          | to8(rgb[3 * i + 2]));
    }
    return img;
  }

  public static BufferedImage maskImage(RenderedView v) {
    BufferedImage img = new BufferedImage(v.width(), v.height(), BufferedImage.TYPE_BYTE_GRAY);
    boolean[] m = v.mask();
    for (int i = 0; i < m.length; i++) {
      img.getRaster().setSample(i % v.width(), i / v.width(), 0, m[i] ? 255 : 0);
    }
    return img;
  }

  /**
   * 16-bit depth image, {@code unit} mesh units per grey level, 0 = background.
   *
   * @throws IllegalArgumentException when a depth needs more than 65535 steps of {@code unit}
   */
  public static BufferedImage depthImage(RenderedView v, double unit) {
    float[] d = require(v.depth(), "depth");
    if (!(unit > 0)) {
      throw new IllegalArgumentException("depth unit " + unit + ", expected > 0");
    }
    BufferedImage img = new BufferedImage(v.width(), v.height(), BufferedImage.TYPE_USHORT_GRAY);
    short[] data = ((DataBufferUShort) img.getRaster().getDataBuffer()).getData();
    for (int i = 0; i < d.length; i++) {
      if (v.mask()[i] && Float.isFinite(d[i])) {
        long q = Math.round(d[i] / unit);
        if (q > 65535) {
          throw new IllegalArgumentException("depth " + d[i] + " at pixel (" + i % v.width() + ", " + i / v.width()
              + ") exceeds 65535 steps of " + unit + "; use a larger depth unit");
        }
        data[i] = (short) Math.max(1, q);
      }
    }
    return img;
  }

  public static BufferedImage normalImage(RenderedView v) {
    float[] nm = require(v.normals(), "normal");
    BufferedImage img = new BufferedImage(v.width(), v.height(), BufferedImage.TYPE_INT_RGB);
    for (int i = 0, n = v.width() * v.height(); i < n; i++) {
      if (v.mask()[i]) {
        img.setRGB(i % v.width(), i / v.width(), (to8((nm[3 * i] + 1) / 2) << 16)
            | (to8((nm[3 * i + 1] + 1) / 2) << 8) | to8((nm[3 * i + 2] + 1) / 2));
      }
    }
    return img;
  }

  public static BufferedImage labelImage(RenderedView v) {
    int[] labels = require(v.labels(), "label");
    BufferedImage img = new BufferedImage(v.width(), v.height(), BufferedImage.TYPE_INT_RGB);
    for (int i = 0; i < labels.length; i++) {
      img.setRGB(i % v.width(), i / v.width(), LabelPalette.rgb(labels[i]));
    }
    return img;
  }

  /** The RGB maps of several views side by side, {@code columns} per row, in list order. */
  public static BufferedImage contactSheet(List<RenderedView> views, int columns) {
    if (views.isEmpty() || columns < 1) {
      throw new IllegalArgumentException("a contact sheet needs at least one view and one column");
    }
    int w = views.get(0).width();
    int h = views.get(0).height();
    int cols = Math.min(columns, views.size());
    int rows = (views.size() + cols - 1) / cols;
    BufferedImage sheet = new BufferedImage(w * cols, h * rows, BufferedImage.TYPE_INT_RGB);
    for (int k = 0; k < views.size(); k++) {
      RenderedView v = views.get(k);
      if (v.width() != w || v.height() != h) {
        throw new IllegalArgumentException("view " + k + " is " + v.width() + "x" + v.height() + ", expected " + w
            + "x" + h);
      }
      sheet.getGraphics().drawImage(rgbImage(v), (k % cols) * w, (k / cols) * h, null);
    }
    return sheet;
  }

  /** Writes an image as PNG, creating parent directories. */
  public static void write(BufferedImage image, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    if (!ImageIO.write(image, "png", file.toFile())) {
      throw new IOException("no PNG writer for image type " + image.getType() + " (" + file + ")");
    }
  }

  /**
   * Writes every map the view has as {@code DIR/STEM_rgb.png}, {@code _mask}, {@code _depth} (default unit),
   * {@code _normal} and {@code _label}.
   */
  public static void writeMaps(RenderedView v, Path dir, String stem) throws IOException {
    if (v.rgb() != null) {
      write(rgbImage(v), dir.resolve(stem + "_rgb.png"));
    }
    write(maskImage(v), dir.resolve(stem + "_mask.png"));
    if (v.depth() != null) {
      write(depthImage(v, DEFAULT_DEPTH_UNIT), dir.resolve(stem + "_depth.png"));
    }
    if (v.normals() != null) {
      write(normalImage(v), dir.resolve(stem + "_normal.png"));
    }
    if (v.labels() != null) {
      write(labelImage(v), dir.resolve(stem + "_label.png"));
    }
  }

  /**
   * Reads a silhouette PNG (any grey or colour PNG; a pixel is inside when its first channel is at least half of the
   * channel's range), checking its size against the camera.
   *
   * @throws IOException naming the file when it is not a readable image or its size differs from the camera's
   */
  public static boolean[] readMask(Path file, Camera camera) throws IOException {
    BufferedImage img = readSized(file, camera);
    int bits = img.getColorModel().getComponentSize(0);
    int half = 1 << (bits - 1);
    boolean[] mask = new boolean[camera.width() * camera.height()];
    for (int i = 0; i < mask.length; i++) {
      mask[i] = img.getRaster().getSample(i % camera.width(), i / camera.width(), 0) >= half;
    }
    return mask;
  }

  /**
   * Reads a 16-bit depth PNG written as {@link #depthImage}: depth = value · unit, 0 = no depth ({@code +∞}).
   *
   * @throws IOException naming the file when it is not a 16-bit grey PNG of the camera's size
   */
  public static float[] readDepth(Path file, Camera camera, double unit) throws IOException {
    BufferedImage img = readSized(file, camera);
    if (img.getType() != BufferedImage.TYPE_USHORT_GRAY) {
      throw new IOException(file + ": expected a 16-bit grey depth PNG, got image type " + img.getType() + " with "
          + img.getColorModel().getPixelSize() + " bits per pixel");
    }
    float[] depth = new float[camera.width() * camera.height()];
    for (int i = 0; i < depth.length; i++) {
      int v = img.getRaster().getSample(i % camera.width(), i / camera.width(), 0);
      depth[i] = v == 0 ? Float.POSITIVE_INFINITY : (float) (v * unit);
    }
    return depth;
  }

  private static BufferedImage readSized(Path file, Camera camera) throws IOException {
    BufferedImage img = ImageIO.read(file.toFile());
    if (img == null) {
      throw new IOException(file + ": not an image ImageIO can read (expected PNG)");
    }
    if (img.getWidth() != camera.width() || img.getHeight() != camera.height()) {
      throw new IOException(file + ": image is " + img.getWidth() + "x" + img.getHeight() + ", its camera expects "
          + camera.width() + "x" + camera.height());
    }
    return img;
  }

  private static <T> T require(T map, String name) {
    if (map == null) {
      throw new IllegalArgumentException("the view has no " + name + " map");
    }
    return map;
  }

  private static int to8(double c) {
    return (int) Math.round(Math.max(0, Math.min(1, c)) * 255);
  }
}
