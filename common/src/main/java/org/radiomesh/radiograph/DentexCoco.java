package org.radiomesh.radiograph;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.radiomesh.anatomy.Condition;
import org.radiomesh.anatomy.DentitionSpec;
import org.radiomesh.anatomy.ToothNumber;
import org.radiomesh.anatomy.ToothSpec;

/**
 * Tooth boxes on panoramic radiographs as COCO JSON in the layout of the DENTEX challenge (REFERENCE §5): hierarchical
 * categories {@code categories_1} (quadrant), {@code categories_2} (tooth position 1–8) and, in the disease layout,
 * {@code categories_3} (diagnosis), each annotation carrying {@code category_id_1}, {@code category_id_2} and
 * {@code category_id_3}.
 *
 * <p>Conventions as in DENTEX: ids are 0-based, quadrant id = FDI quadrant − 1, tooth id = FDI position − 1; diagnosis
 * ids 0 Impacted, 1 Caries, 2 Periapical Lesion, 3 Deep Caries. {@code bbox} is [x, y, width, height] in pixels from
 * the top left, rounded to 0.01, {@code area} = width·height, {@code segmentation} is the box as one polygon,
 * {@code iscrowd} 0. Image and annotation ids count from 1 in input order (teeth by FDI number). Layouts:
 * {@link Layout#QUADRANT_ENUMERATION} annotates every tooth that has a box; {@link Layout#QUADRANT_ENUMERATION_DISEASE}
 * annotates only teeth with a DENTEX diagnosis, once per diagnosis. A tooth listed as missing is never annotated. The
 * {@code info} block marks the data synthetic. Output is deterministic (no dates). O(teeth) per image.
 *
 * <pre>{@code
 * DentexCoco.write(List.of(new DentexCoco.Image("case-1.png", pano.width(), pano.height(), pano.toothBoxes(), spec)),
 *     DentexCoco.Layout.QUADRANT_ENUMERATION_DISEASE, Path.of("train.json"));
 * }</pre>
 */
public final class DentexCoco {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private DentexCoco() {}

  /** Which DENTEX annotation file to produce. */
  public enum Layout { QUADRANT_ENUMERATION, QUADRANT_ENUMERATION_DISEASE }

  /** DENTEX diagnosis categories, with their ids and names. */
  public enum Diagnosis {
    IMPACTED(0, "Impacted"),
    CARIES(1, "Caries"),
    PERIAPICAL_LESION(2, "Periapical Lesion"),
    DEEP_CARIES(3, "Deep Caries");

    private final int id;
    private final String label;

    Diagnosis(int id, String label) {
      this.id = id;
      this.label = label;
    }

    public int id() {
      return id;
    }

    public String label() {
      return label;
    }

    /**
     * The DENTEX diagnosis of a condition, or null when DENTEX has none (restorations, crowns, ...). Caries reaching
     * the enamel or the outer dentin is "Caries"; inner dentin or pulp exposure is "Deep Caries".
     */
    public static Diagnosis of(Condition condition) {
      if (condition instanceof Condition.Caries c) {
        return c.depth() == Condition.CariesDepth.INNER_DENTIN || c.depth() == Condition.CariesDepth.PULP_EXPOSURE
            ? DEEP_CARIES : CARIES;
      } else if (condition instanceof Condition.PeriapicalLesion) {
        return PERIAPICAL_LESION;
      } else if (condition instanceof Condition.Impacted) {
        return IMPACTED;
      }
      return null;
    }
  }

  /**
   * One radiograph: its file name and size in pixels, its tooth boxes by FDI number (for example
   * {@link PanoramicRadiograph#toothBoxes()}) and the findings of its teeth.
   */
  public record Image(String fileName, int width, int height, SortedMap<Integer, PixelBox> toothBoxes,
      DentitionSpec findings) {
    public Image {
      if (fileName == null || fileName.isBlank() || width < 1 || height < 1) {
        throw new IllegalArgumentException("COCO image '" + fileName + "' " + width + "×" + height
            + ", expected a file name and a positive size");
      }
      toothBoxes = new java.util.TreeMap<>(toothBoxes);
    }
  }

  /** The COCO document for {@code images} in {@code layout}. */
  public static ObjectNode build(List<Image> images, Layout layout) {
    ObjectNode root = MAPPER.createObjectNode();
    ObjectNode info = root.putObject("info");
    info.put("description", "radiomesh synthetic panoramic radiographs, DENTEX-style annotations");
    info.put("contributor", "radiomesh");
    info.put("synthetic", true);
    ArrayNode imageNodes = root.putArray("images");
    ArrayNode annotations = root.putArray("annotations");
    int annotationId = 1;
    for (int i = 0; i < images.size(); i++) {
      Image image = images.get(i);
      int imageId = i + 1;
      ObjectNode node = imageNodes.addObject();
      node.put("id", imageId);
      node.put("file_name", image.fileName());
      node.put("width", image.width());
      node.put("height", image.height());
      for (Map.Entry<Integer, PixelBox> e : image.toothBoxes().entrySet()) {
        ToothNumber tooth = ToothNumber.fdi(e.getKey());
        ToothSpec spec = image.findings().tooth(tooth.fdi()).orElse(null);
        if (spec != null && spec.has(Condition.Missing.class)) {
          continue;
        }
        List<Diagnosis> labels = new ArrayList<>();
        if (layout == Layout.QUADRANT_ENUMERATION) {
          labels.add(null);
        } else if (spec != null) {
          spec.conditions().stream().map(Diagnosis::of).filter(java.util.Objects::nonNull).distinct().sorted()
              .forEach(labels::add);
        }
        for (Diagnosis d : labels) {
          annotations.add(annotation(annotationId++, imageId, tooth, e.getValue(), d));
        }
      }
    }
    categories(root.putArray("categories_1"), 4);
    categories(root.putArray("categories_2"), 8);
    if (layout == Layout.QUADRANT_ENUMERATION_DISEASE) {
      ArrayNode diseases = root.putArray("categories_3");
      for (Diagnosis d : Diagnosis.values()) {
        diseases.addObject().put("id", d.id()).put("name", d.label()).put("supercategory", d.label());
      }
    }
    return root;
  }

  /**
   * Writes {@link #build} to {@code file}, through a temporary sibling moved into place.
   *
   * @throws IOException if the file cannot be written; the message names it
   */
  public static void write(List<Image> images, Layout layout, Path file) throws IOException {
    Path absolute = file.toAbsolutePath();
    Path temporary = absolute.resolveSibling(absolute.getFileName() + ".part");
    try {
      MAPPER.writeValue(temporary.toFile(), build(images, layout));
      Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      Files.deleteIfExists(temporary);
      throw new IOException("cannot write COCO annotations " + file + ": " + e.getMessage(), e);
    }
  }

  private static ObjectNode annotation(int id, int imageId, ToothNumber tooth, PixelBox box, Diagnosis diagnosis) {
    ObjectNode a = MAPPER.createObjectNode();
    double x = round(box.x());
    double y = round(box.y());
    double w = round(box.width());
    double h = round(box.height());
    a.put("id", id);
    a.put("image_id", imageId);
    a.put("iscrowd", 0);
    ArrayNode bbox = a.putArray("bbox");
    bbox.add(x).add(y).add(w).add(h);
    a.put("area", round(w * h));
    ArrayNode polygon = a.putArray("segmentation").addArray();
    polygon.add(x).add(y).add(round(x + w)).add(y).add(round(x + w)).add(round(y + h)).add(x).add(round(y + h));
    a.put("category_id_1", tooth.quadrant() - 1);
    a.put("category_id_2", tooth.position() - 1);
    if (diagnosis != null) {
      a.put("category_id_3", diagnosis.id());
    }
    return a;
  }

  private static void categories(ArrayNode array, int count) {
    for (int i = 0; i < count; i++) {
      String name = Integer.toString(i + 1);
      array.addObject().put("id", i).put("name", name).put("supercategory", name);
    }
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
