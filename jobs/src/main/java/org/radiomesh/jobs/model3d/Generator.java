package org.radiomesh.jobs.model3d;

import java.util.Locale;

/**
 * How {@link ModelJob} makes a record's mesh from its dentition spec.
 *
 * <ul>
 *   <li>{@link #DIRECT}: the spec's implicit anatomy meshed exactly (marching cubes of the parametric model): one
 *       tooth in its local frame for a single-tooth spec, else the full arches of the jaws that have teeth, in
 *       patient coordinates, with FDI vertex labels (0 = gingiva).</li>
 *   <li>{@link #ANATOMY}: the direct mesh rendered from K calibrated views (RGB, mask, depth, labels) and
 *       reconstructed from them: the reconstruction path with exact views, its accuracy bound.</li>
 *   <li>{@link #DIFFUSION}: K views sampled by a multiview-diffusion model from the record's text, around the direct
 *       mesh's bounds, and reconstructed from their silhouettes.</li>
 * </ul>
 */
public enum Generator {
  DIRECT, ANATOMY, DIFFUSION;

  /** The lower-case name used on the command line and in tables. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The generator of a command-line name (case-insensitive). */
  public static Generator of(String name) {
    for (Generator g : values()) {
      if (g.code().equalsIgnoreCase(name.trim())) {
        return g;
      }
    }
    throw new IllegalArgumentException("--generator " + name + ": expected direct, anatomy or diffusion");
  }
}
