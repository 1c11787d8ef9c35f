package org.radiomesh.imaging.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.radiomesh.imaging.DecodeOptions;
import org.radiomesh.imaging.ImageDecoder;
import org.radiomesh.mesh.MeshMeasures;
import org.radiomesh.mesh.TriangleMesh;

/** Sphere phantom → DICOM → volume → iso-surface: area, volume and position in patient coordinates. */
class VolumeSurfaceTest {

  @Test
  void sphereSurfaceHasTheAnalyticAreaAndVolumeAtItsPatientPosition() throws Exception {
    double r = 9;
    double[] center = {12, -30, 215};
    double[] origin = {center[0] - 14, center[1] - 15, center[2] - 13};
    PhantomSeries phantom = PhantomSeries.builder().field(PhantomSeries.sphere(center, r, 1000, -1000, 1.5))
        .size(40, 36, 30).spacing(0.8, 0.75, 0.9).geometry(origin, new double[] {1, 0, 0, 0, 1, 0}).build();
    List<Slice> slices = new ArrayList<>();
    for (int k = 0; k < phantom.slices(); k++) {
      slices.add(Slice.of(ImageDecoder.decode(phantom.instance(k), "s" + k,
          DecodeOptions.builder().keepModalityValues(true).build())));
    }

    TriangleMesh mesh = VolumeSurface.extract(SeriesAssembler.assemble(slices).volume(), 0);

    assertThat(MeshMeasures.surfaceArea(mesh)).isCloseTo(4 * Math.PI * r * r, within(0.02 * 4 * Math.PI * r * r));
    assertThat(MeshMeasures.signedVolume(mesh)).isCloseTo(4 / 3.0 * Math.PI * r * r * r,
        within(0.02 * 4 / 3.0 * Math.PI * r * r * r));
    assertThat(MeshMeasures.isWatertight(mesh)).isTrue();
    float[] xyz = mesh.xyz();
    for (int i = 0; i < xyz.length; i += 3) {
      double d = Math.sqrt(Math.pow(xyz[i] - center[0], 2) + Math.pow(xyz[i + 1] - center[1], 2)
          + Math.pow(xyz[i + 2] - center[2], 2));
      assertThat(d).isCloseTo(r, within(0.3));
    }
  }
}
