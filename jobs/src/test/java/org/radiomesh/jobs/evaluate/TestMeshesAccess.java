package org.radiomesh.jobs.evaluate;

import org.radiomesh.mesh.TriangleMesh;

/** Opens the evaluate tests' mesh fixtures ({@link TestMeshes}) to tests of other packages. */
public final class TestMeshesAccess {
  private TestMeshesAccess() {}

  /** An axis-aligned box with corner (x0, y0, z0) and sides (sx, sy, sz). */
  public static TriangleMesh box(float x0, float y0, float z0, float sx, float sy, float sz) {
    return TestMeshes.box(x0, y0, z0, sx, sy, sz);
  }
}
