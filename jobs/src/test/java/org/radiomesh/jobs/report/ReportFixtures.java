package org.radiomesh.jobs.report;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.radiomesh.imaging.DicomImageSpec;
import org.radiomesh.imaging.DicomImageWriter;
import org.radiomesh.model.findings.FindingsLabels;
import org.radiomesh.model.findings.training.Augmentation;
import org.radiomesh.model.findings.training.FindingsModelWriter;
import org.radiomesh.model.findings.training.FindingsTrainer;
import org.radiomesh.model.findings.training.TrainingCase;
import org.radiomesh.model.findings.training.TrainingOptions;

/**
 * Fixtures of the report job tests, all generated: a toy findings model (the real network at 32 × 64, one epoch on
 * random images: weights that run, not weights that know anything), a folder of images (a 16-bit PNG, two PX DICOM of
 * one study, a CT DICOM, a file that is not an image) and a catalog over them with a missing file, a repeated path and
 * an empty path.
 */
public final class ReportFixtures {
  public static final String STUDY = "2.25.1001";
  public static final String SOP_B = "2.25.1003";
  public static final String SOP_C = "2.25.1004";
  public static final String DX_CLASS = "1.2.840.10008.5.1.4.1.1.1.1";

  private ReportFixtures() {}

  /** Writes a toy findings model directory to {@code dir}. */
  public static Path model(Path dir) throws Exception {
    Random random = new Random(5);
    List<TrainingCase> cases = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      float[] x = new float[32 * 64];
      for (int j = 0; j < x.length; j++) {
        x[j] = (float) random.nextGaussian();
      }
      float[] y = new float[FindingsLabels.OUTPUTS];
      y[FindingsLabels.index(16, "crown")] = 1;
      cases.add(new TrainingCase("toy" + i, x, y));
    }
    TrainingOptions o = TrainingOptions.builder().optEpochs(1).optBatchSize(2).optInputSize(64, 32)
        .optValFraction(0.25).optAugmentation(Augmentation.none()).optDevice("cpu").build();
    FindingsTrainer.TrainingResult r = FindingsTrainer.train(cases, o, dir.resolveSibling(dir.getFileName()
        + "-checkpoints"), line -> { });
    FindingsModelWriter.write(dir, "toy-findings", "0.1", r.checkpoint(), r.thresholds(), 64, 32);
    return dir;
  }

  /** Writes a.png, b.dcm, c.dcm (PX, study {@link #STUDY}), ct.dcm and bad.dcm into {@code dir}. */
  public static void images(Path dir) throws Exception {
    Files.createDirectories(dir);
    BufferedImage png = new BufferedImage(96, 48, BufferedImage.TYPE_USHORT_GRAY);
    for (int y = 0; y < 48; y++) {
      for (int x = 0; x < 96; x++) {
        png.getRaster().setSample(x, y, 0, 300 * ((x / 6 + y / 12) % 7));
      }
    }
    ImageIO.write(png, "png", dir.resolve("a.png").toFile());
    Files.write(dir.resolve("b.dcm"), dicom("PX", DX_CLASS, SOP_B, 1));
    Files.write(dir.resolve("c.dcm"), dicom("PX", DX_CLASS, SOP_C, 2));
    Files.write(dir.resolve("ct.dcm"), dicom("CT", "1.2.840.10008.5.1.4.1.1.2", "2.25.1005", 3));
    Files.writeString(dir.resolve("bad.dcm"), "this is not an image at all, only text");
  }

  private static byte[] dicom(String modality, String sopClass, String sop, int seed) throws Exception {
    int rows = 40;
    int cols = 80;
    int[] words = new int[rows * cols];
    Random random = new Random(seed);
    for (int i = 0; i < words.length; i++) {
      words[i] = random.nextInt(4096);
    }
    return DicomImageWriter.write(DicomImageSpec.builder().size(rows, cols, 1).bits(16, 12, 11, false)
        .stored(words).modality(modality, sopClass).uids(STUDY, "2.25.1002", sop).build());
  }

  /** A catalog over {@code images}: 5 files, a missing file, a repeated path and an empty path (8 rows). */
  public static void catalog(SparkSession spark, Path images, String out) {
    StructType schema = new StructType().add("image_id", DataTypes.StringType).add("path", DataTypes.StringType)
        .add("format", DataTypes.StringType).add("modality", DataTypes.StringType)
        .add("patient_id", DataTypes.StringType).add("study_instance_uid", DataTypes.StringType)
        .add("series_instance_uid", DataTypes.StringType).add("sop_class_uid", DataTypes.StringType)
        .add("sop_instance_uid", DataTypes.StringType);
    String d = images.toUri().toString();
    List<Row> rows = List.of(
        RowFactory.create("png-a", d + "a.png", "PNG", "XR-IMAGE", null, null, null, null, null),
        RowFactory.create(SOP_B, d + "b.dcm", "DICOM", "PX", "PAT-1", STUDY, "2.25.1002", DX_CLASS, SOP_B),
        RowFactory.create(SOP_C, d + "c.dcm", "DICOM", "PX", "PAT-1", STUDY, "2.25.1002", DX_CLASS, SOP_C),
        RowFactory.create("2.25.1005", d + "ct.dcm", "DICOM", "CT", "PAT-1", STUDY, "2.25.1006", null, "2.25.1005"),
        RowFactory.create("bad", d + "bad.dcm", "DICOM", "PX", null, null, null, null, null),
        RowFactory.create("gone", d + "missing.png", "PNG", "XR-IMAGE", null, null, null, null, null),
        RowFactory.create(SOP_B, d + "b.dcm", "DICOM", "PX", "PAT-1", STUDY, "2.25.1002", DX_CLASS, SOP_B),
        RowFactory.create("nopath", null, "PNG", "XR-IMAGE", null, null, null, null, null));
    spark.createDataFrame(rows, schema).coalesce(1).write().mode("overwrite").parquet(out);
  }
}
