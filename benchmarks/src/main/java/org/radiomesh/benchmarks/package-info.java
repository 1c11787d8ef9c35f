/**
 * JMH benchmarks ({@code *Benchmark}) and side-by-side drivers against peer tools ({@link
 * org.radiomesh.benchmarks.ChamferSideBySide}, {@link org.radiomesh.benchmarks.MarchingCubesSideBySide}), on fixed
 * seeds. See {@code benchmarks/README.md}.
 */
package org.radiomesh.benchmarks;
