package org.radiomesh.surface;

/**
 * A scalar field defined everywhere in space, in world units (millimetres in radiomesh), positive inside the solid it
 * describes: for example a negated signed distance. Implementations used with {@link FieldSampler}'s narrow-band
 * sampling should be (approximately) 1-Lipschitz: |f(p) − f(q)| ≤ |p − q|.
 */
@FunctionalInterface
public interface ImplicitField {
  /** The value at (x, y, z). */
  double value(double x, double y, double z);
}
