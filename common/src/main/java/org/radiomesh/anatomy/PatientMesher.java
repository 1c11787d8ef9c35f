package org.radiomesh.anatomy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.radiomesh.mesh.TriangleMesh;
import org.radiomesh.surface.FieldSampler;
import org.radiomesh.surface.ImplicitField;
import org.radiomesh.surface.MarchingCubes;
import org.radiomesh.surface.ScalarGrid;
import org.radiomesh.surface.TaubinSmoothing;

/**
 * Meshes of a whole {@link VirtualPatient}, in patient coordinates (mm): one watertight mesh per tooth or implant, per
 * implant part, per jaw bone (maxilla or mandible with its tooth sockets and periapical lesions carved out), per
 * material (any {@link Material}, from the material field), and the full-arch mesh of a jaw (teeth and gingiva, clipped
 * 6 mm apically of the crest, as an intraoral scan sees it) with per-vertex FDI labels and instance ids for Teeth3DS.
 *
 * <p>All meshes come from {@link MarchingCubes} with closed borders, so they are closed, edge-manifold and oriented
 * outwards. Voxel sizes: {@link Options}. Not thread-safe per call (each call is single-threaded; separate calls may
 * run in parallel). Cost: dominated by field evaluations, O(extent³ / (64 voxel³) + area / voxel²) with the
 * narrow-band sampler; a full patient (32 teeth at 0.25 mm, two jaws at 0.5 mm, two arches at 0.3 mm) takes a few
 * seconds on one core.
 */
public final class PatientMesher {

  /**
   * Voxel sizes (mm): teeth and implant parts (default 0.25), bone (0.5), arch (0.3), material meshes (0.3).
   */
  public record Options(double toothVoxel, double boneVoxel, double archVoxel, double materialVoxel) {
    public Options {
      if (!(toothVoxel > 0 && boneVoxel > 0 && archVoxel > 0 && materialVoxel > 0)) {
        throw new IllegalArgumentException("voxel sizes must be positive: " + toothVoxel + ", " + boneVoxel + ", "
            + archVoxel + ", " + materialVoxel);
      }
    }

    public static Options defaults() {
      return new Options(0.25, 0.5, 0.3, 0.3);
    }
  }

  /** A jaw's full-arch mesh (vertex labels = FDI numbers, 0 = gingiva) and its Teeth3DS label document. */
  public record ArchMesh(TriangleMesh mesh, Teeth3dsLabels labels) {}

  private final Options options;

  public PatientMesher(Options options) {
    this.options = options;
  }

  public static PatientMesher defaults() {
    return new PatientMesher(Options.defaults());
  }

  /** The outer surface of every modelled tooth or implant, by FDI number in FDI order. */
  public Map<Integer, TriangleMesh> teeth(VirtualPatient patient) {
    ToothMesher mesher = new ToothMesher(options.toothVoxel());
    Map<Integer, TriangleMesh> out = new LinkedHashMap<>();
    sortedTeeth(patient.teeth()).forEach(t -> out.put(t.tooth().fdi(), mesher.mesh(t)));
    return out;
  }

  /** The fixture, abutment and crown of an implant, by name ("fixture", "abutment", "crown"). */
  public Map<String, TriangleMesh> implantParts(PlacedTooth implant) {
    ToothMesher mesher = new ToothMesher(options.toothVoxel());
    Map<String, TriangleMesh> out = new LinkedHashMap<>();
    out.put("fixture", mesher.mesh(implant, ToothMesher.Part.IMPLANT_FIXTURE));
    out.put("abutment", mesher.mesh(implant, ToothMesher.Part.IMPLANT_ABUTMENT));
    out.put("crown", mesher.mesh(implant, ToothMesher.Part.IMPLANT_CROWN));
    return out;
  }

  /** The maxilla ({@code upper}) or the mandible, minus tooth sockets and periapical lesions. */
  public TriangleMesh bone(VirtualPatient patient, boolean upper) {
    double[] lesions = patient.periapicalLesions();
    List<PlacedTooth> jaw = jawTeeth(patient, upper);
    ImplicitField f = (x, y, z) -> {
      double d = -patient.boneDistance(upper, x, y, z);
      if (d < -2) {
        return d;
      }
      for (PlacedTooth t : jaw) {
        if (t.inBounds(x, y, z)) {
          d = Math.min(d, t.outer(x, y, z));
        }
      }
      for (int i = 0; i < lesions.length; i += 4) {
        double dx = x - lesions[i];
        double dy = y - lesions[i + 1];
        double dz = z - lesions[i + 2];
        d = Math.min(d, Math.sqrt(dx * dx + dy * dy + dz * dz) - lesions[i + 3]);
      }
      return d;
    };
    return surface(f, patient.boneBounds(upper), options.boneVoxel());
  }

  /**
   * The full-arch mesh of a jaw: the union of its teeth (implant crowns for implants) and gingiva, clipped 6 mm
   * apically of the highest crest point; vertex labels are the FDI number of the tooth whose surface the vertex lies on
   * (the tooth closer than the gingiva), else 0; instance ids number the jaw's teeth 1..k in FDI order.
   */
  public ArchMesh arch(VirtualPatient patient, boolean upper, String idPatient) {
    List<PlacedTooth> jaw = jawTeeth(patient, upper);
    double[] b = teethBounds(jaw, patient.boneBounds(upper));
    double clip = upper ? crestExtreme(patient, true) + 6 : crestExtreme(patient, false) - 6;
    double[] box = upper ? new double[] {b[0], b[1], -1, b[3], b[4], clip + 1}
        : new double[] {b[0], b[1], clip - 1, b[3], b[4], 1};
    ImplicitField f = (x, y, z) -> {
      double d = Math.min(-patient.gingivaDistance(upper, x, y, z), 10);
      d = Math.max(d, -teethDistance(jaw, x, y, z)[0]);
      return Math.min(d, upper ? clip - z : z - clip);
    };
    TriangleMesh mesh = surface(f, box, options.archVoxel());
    float[] p = mesh.xyz();
    int n = mesh.vertexCount();
    int[] labels = new int[n];
    int[] instances = new int[n];
    for (int v = 0; v < n; v++) {
      double x = p[3 * v];
      double y = p[3 * v + 1];
      double z = p[3 * v + 2];
      double[] nearest = teethDistance(jaw, x, y, z);
      if (nearest[1] >= 0 && nearest[0] <= patient.gingivaDistance(upper, x, y, z)) {
        labels[v] = jaw.get((int) nearest[1]).tooth().fdi();
        instances[v] = (int) nearest[1] + 1;
      }
    }
    TriangleMesh labelled = mesh.toBuilder().labels(labels).build();
    return new ArchMesh(labelled, new Teeth3dsLabels(idPatient, upper ? "upper" : "lower", labels, instances));
  }

  /**
   * The solid of one material (for example the gutta-percha of root fillings or the metal of crowns) in a box, from the
   * material field sampled at the material voxel size, smoothed by 10 Taubin iterations; empty when the box holds none.
   */
  public TriangleMesh material(VirtualPatient patient, Material material, double[] box) {
    ImplicitField f = (x, y, z) -> patient.materialAt(x, y, z) == material ? 1 : -1;
    ScalarGrid g = new FieldSampler(1, 1).sample(f, box, options.materialVoxel());
    TriangleMesh m = MarchingCubes.surface(g, 0);
    return m.faceCount() == 0 ? m : TaubinSmoothing.smooth(m, TaubinSmoothing.Options.defaults());
  }

  /** {distance, index in jaw} of the nearest tooth label part; index −1 when no tooth is near. */
  private static double[] teethDistance(List<PlacedTooth> jaw, double x, double y, double z) {
    double best = 10;
    int which = -1;
    double[] q = new double[3];
    for (int i = 0; i < jaw.size(); i++) {
      PlacedTooth t = jaw.get(i);
      if (!t.inBounds(x, y, z)) {
        continue;
      }
      t.frame().toLocal(x, y, z, q);
      double d = t.labelDistanceLocal(q[0], q[1], q[2]);
      if (d < best) {
        best = d;
        which = i;
      }
    }
    return new double[] {best, which};
  }

  /** The teeth's xy bounds grown by 10 mm (gingiva and the ridge behind the last teeth), or {@code fallback}. */
  private static double[] teethBounds(List<PlacedTooth> jaw, double[] fallback) {
    if (jaw.isEmpty()) {
      return fallback;
    }
    double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, 0, -Double.MAX_VALUE, -Double.MAX_VALUE, 0};
    for (PlacedTooth t : jaw) {
      double[] tb = t.bounds();
      b[0] = Math.min(b[0], tb[0] - 10);
      b[1] = Math.min(b[1], tb[1] - 10);
      b[3] = Math.max(b[3], tb[3] + 10);
      b[4] = Math.max(b[4], tb[4] + 10);
    }
    return b;
  }

  private static double crestExtreme(VirtualPatient patient, boolean upper) {
    double best = upper ? -Double.MAX_VALUE : Double.MAX_VALUE;
    for (PlacedTooth t : patient.teeth()) {
      if (t.tooth().isUpper() == upper && t.conditions().parameters().impactedAngle() == null) {
        double crest = t.frame().oz() + (upper ? 1.5 : -1.5);
        best = upper ? Math.max(best, crest) : Math.min(best, crest);
      }
    }
    return best == Double.MAX_VALUE || best == -Double.MAX_VALUE ? (upper ? 12 : -12) : best;
  }

  private static List<PlacedTooth> jawTeeth(VirtualPatient patient, boolean upper) {
    List<PlacedTooth> jaw = new ArrayList<>();
    for (PlacedTooth t : sortedTeeth(patient.teeth())) {
      if (t.tooth().isUpper() == upper) {
        jaw.add(t);
      }
    }
    return jaw;
  }

  private static List<PlacedTooth> sortedTeeth(List<PlacedTooth> teeth) {
    List<PlacedTooth> s = new ArrayList<>(teeth);
    s.sort(Comparator.comparingInt(t -> t.tooth().fdi()));
    return s;
  }

  private static TriangleMesh surface(ImplicitField f, double[] box, double voxel) {
    return MarchingCubes.surface(FieldSampler.defaults().sample(f, box, voxel), 0);
  }
}
