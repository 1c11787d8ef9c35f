/**
 * Mesh comparison metrics as the reconstruction literature computes them (Chamfer distance, F-score, Hausdorff
 * distances, distance percentiles, normal consistency), with every convention explicit in
 * {@link org.radiomesh.metrics.MetricOptions} and recorded in a {@link org.radiomesh.metrics.MetricCard}.
 *
 * <p>Entry point: {@link org.radiomesh.metrics.MeshMetrics#compare}. For one pair split over several Spark tasks:
 * {@code prepare}, {@code index}, {@code direction} per block range, {@link org.radiomesh.metrics.DirectionStats#merge},
 * {@code combine}; the result is bit-for-bit that of {@code compare}.
 */
package org.radiomesh.metrics;
