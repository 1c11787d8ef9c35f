package org.radiomesh.spatial;

/**
 * The answer to one nearest-neighbour query: the reference element's index in the reference's input order and the
 * squared Euclidean distance to it (double precision).
 */
public record Neighbour(int index, double distanceSquared) {

  /** The unsquared Euclidean distance. */
  public double distance() {
    return Math.sqrt(distanceSquared);
  }
}
