package org.radiomesh.anatomy;

/**
 * One cusp of a crown in the tooth's local frame (mm): a smooth dome centred at (u, v) of the given radius whose tip
 * rises {@code height} above the occlusal table. Local frame: u mesial, v buccal (facial), w occlusal, origin at the
 * centre of the cemento-enamel junction.
 *
 * @param name anatomical name, for example "mesiobuccal"
 */
public record Cusp(String name, double u, double v, double radius, double height) {}
