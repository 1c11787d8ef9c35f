package org.radiomesh.benchmarks;

import java.util.Arrays;
import java.util.Map;
import org.radiomesh.anatomy.CaseDraw;
import org.radiomesh.anatomy.PatientMesher;
import org.radiomesh.anatomy.VirtualPatient;
import org.radiomesh.mesh.TriangleMesh;

/**
 * Times the virtual-patient stages single-threaded on cases 0..n−1 (after {@code warmups} warm-up cases): drawing and
 * building the patient, meshing every tooth (0.25 mm), both jaw bones (0.5 mm) and both full arches (0.3 mm), and
 * sampling the material field on a 0.5 mm grid over the patient's bounds. Prints the median of each stage in
 * milliseconds (and nanoseconds per material sample).
 *
 * <p>Usage: {@code VirtualPatientTiming [cases=8] [warmups=2]}.
 */
public final class VirtualPatientTiming {
  private VirtualPatientTiming() {}

  public static void main(String[] args) {
    int cases = args.length > 0 ? Integer.parseInt(args[0]) : 8;
    int warmups = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    PatientMesher mesher = PatientMesher.defaults();
    double[][] t = new double[5][cases];
    long faces = 0;
    for (int i = -warmups; i < cases; i++) {
      long seed = i < 0 ? 1000 - i : i; // warm-up cases use their own seeds
      long t0 = System.nanoTime();
      VirtualPatient p = VirtualPatient.build(CaseDraw.draw(seed), seed);
      long t1 = System.nanoTime();
      Map<Integer, TriangleMesh> teeth = mesher.teeth(p);
      long t2 = System.nanoTime();
      TriangleMesh upper = mesher.bone(p, true);
      TriangleMesh lower = mesher.bone(p, false);
      long t3 = System.nanoTime();
      PatientMesher.ArchMesh a = mesher.arch(p, true, "c");
      PatientMesher.ArchMesh b = mesher.arch(p, false, "c");
      long t4 = System.nanoTime();
      double[] box = p.bounds();
      long n = 0;
      int sink = 0;
      for (double z = box[2]; z < box[5]; z += 0.5) {
        for (double y = box[1]; y < box[4]; y += 0.5) {
          for (double x = box[0]; x < box[3]; x += 0.5) {
            sink += p.materialAt(x, y, z).code();
            n++;
          }
        }
      }
      long t5 = System.nanoTime();
      if (i >= 0) {
        t[0][i] = (t1 - t0) / 1e6;
        t[1][i] = (t2 - t1) / 1e6;
        t[2][i] = (t3 - t2) / 1e6;
        t[3][i] = (t4 - t3) / 1e6;
        t[4][i] = (t5 - t4) / (double) n;
        faces += teeth.values().stream().mapToLong(TriangleMesh::faceCount).sum() + upper.faceCount()
            + lower.faceCount() + a.mesh().faceCount() + b.mesh().faceCount() + (sink & 1);
      }
    }
    System.out.printf("build %.0f ms, teeth %.0f ms, bones %.0f ms, arches %.0f ms, material field %.0f ns/sample;"
        + " %d faces per case on average%n", median(t[0]), median(t[1]), median(t[2]), median(t[3]), median(t[4]),
        faces / cases);
  }

  private static double median(double[] a) {
    double[] s = a.clone();
    Arrays.sort(s);
    return s[s.length / 2];
  }
}
