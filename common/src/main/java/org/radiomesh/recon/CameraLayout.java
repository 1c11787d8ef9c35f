package org.radiomesh.recon;

import java.util.List;
import org.radiomesh.render.CameraRing;
import org.radiomesh.render.CamerasJson;
import org.radiomesh.render.NamedCamera;

/**
 * Where a multiview generator puts its cameras: a {@link Ring} around the subject's bounds (named {@code view_000},
 * {@code view_001}, ... in the ring's elevation-major order), or {@link Fixed} user-given calibrated cameras (for
 * example read with {@link CamerasJson#read}).
 */
public sealed interface CameraLayout {
  /** The named cameras for a subject with the given bounds {minX, ..., maxZ} (mm). */
  List<NamedCamera> cameras(double[] bounds);

  /** The default ring: 6 azimuths × elevations ±20°, 256 × 256 px ({@link CameraRing#defaults()}). */
  static CameraLayout defaults() {
    return new Ring(CameraRing.defaults());
  }

  /** Cameras on a ring around the subject. */
  record Ring(CameraRing ring) implements CameraLayout {
    public Ring {
      if (ring == null) {
        throw new IllegalArgumentException("a ring layout needs a CameraRing");
      }
    }

    @Override
    public List<NamedCamera> cameras(double[] bounds) {
      return CamerasJson.named(ring.around(bounds));
    }
  }

  /** Fixed cameras, whatever the subject's bounds. */
  record Fixed(List<NamedCamera> views) implements CameraLayout {
    public Fixed {
      if (views == null || views.isEmpty()) {
        throw new IllegalArgumentException("a fixed layout needs at least one camera");
      }
      views = List.copyOf(views);
    }

    @Override
    public List<NamedCamera> cameras(double[] bounds) {
      return views;
    }
  }
}
