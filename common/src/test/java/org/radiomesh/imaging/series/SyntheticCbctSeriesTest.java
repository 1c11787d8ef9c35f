package org.radiomesh.imaging.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radiomesh.anatomy.Material;
import org.radiomesh.anatomy.MaterialField;
import org.radiomesh.dicom.CbctDicomSeriesWriter;
import org.radiomesh.dicom.SyntheticStudy;
import org.radiomesh.imaging.DecodeOptions;
import org.radiomesh.imaging.ImageDecoder;
import org.radiomesh.mesh.BoundingBox;
import org.radiomesh.mesh.MeshMeasures;
import org.radiomesh.mesh.TriangleMesh;
import org.radiomesh.radiograph.CbctOptions;
import org.radiomesh.radiograph.CbctSimulator;
import org.radiomesh.radiograph.CbctVolume;

/**
 * The synthetic generator's CBCT DICOM series ({@link CbctDicomSeriesWriter}) read back by the pixel decoder and series
 * assembly: every voxel's HU and the grid geometry survive, and the enamel iso-surface lies where the enamel is.
 */
class SyntheticCbctSeriesTest {
  /** An enamel cube in bone, in air: 12 mm enamel cube centred at (4, 6, −2). */
  private static final MaterialField FIELD = new MaterialField() {
    public Material materialAt(double x, double y, double z) {
      if (Math.abs(x) > 15 || Math.abs(y) > 15 || Math.abs(z) > 10) {
        return Material.AIR;
      }
      if (Math.abs(x - 4) < 6 && Math.abs(y - 6) < 6 && Math.abs(z + 2) < 6) {
        return Material.ENAMEL;
      }
      return Material.BONE;
    }

    public int toothAt(double x, double y, double z) {
      return 0;
    }

    public double[] bounds() {
      return new double[] {-15, -15, -10, 15, 15, 10};
    }
  };

  @Test
  void cbctSeriesRoundTripsAndItsEnamelSurfaceIsTheCube(@TempDir Path dir) throws Exception {
    CbctVolume ct = CbctSimulator.simulate(FIELD, CbctOptions.builder().optVoxelMm(1.0).optSupersampling(1)
        .optSeed(5).build());
    List<Path> files = new ArrayList<>(CbctDicomSeriesWriter.write(ct, new SyntheticStudy("000777", 9), dir));
    Collections.shuffle(files, new Random(1));
    List<Slice> slices = new ArrayList<>();
    for (Path f : files) {
      slices.add(Slice.of(ImageDecoder.decode(Files.readAllBytes(f), f.getFileName().toString(),
          DecodeOptions.builder().keepModalityValues(true).build())));
    }

    SeriesAssembly a = SeriesAssembler.assemble(slices);

    Volume v = a.volume();
    assertThat(a.report().uniform()).isTrue();
    assertThat(new int[] {v.nx(), v.ny(), v.nz()}).containsExactly(ct.nx(), ct.ny(), ct.nz());
    assertThat(v.spacing()).containsExactly(new double[] {1, 1, 1}, within(1e-9));
    double[] o = ct.origin();
    assertThat(v.origin()).containsExactly(new double[] {o[0] + 0.5, o[1] + 0.5, o[2] + 0.5}, within(1e-6));
    for (int k = 0; k < ct.nz(); k++) {
      for (int j = 0; j < ct.ny(); j++) {
        for (int i = 0; i < ct.nx(); i++) {
          assertThat(v.value(i, j, k)).isEqualTo((float) ct.hu(i, j, k));
        }
      }
    }
    TriangleMesh enamel = VolumeSurface.extract(v, 2000);
    BoundingBox box = MeshMeasures.bounds(enamel);
    assertThat(MeshMeasures.isWatertight(enamel)).isTrue();
    assertThat(new double[] {box.minX(), box.minY(), box.minZ(), box.maxX(), box.maxY(), box.maxZ()})
        .containsExactly(new double[] {-2, 0, -8, 10, 12, 4}, within(1.0));
    assertThat(MeshMeasures.signedVolume(enamel)).isCloseTo(12 * 12 * 12, within(0.2 * 12 * 12 * 12));
  }
}
