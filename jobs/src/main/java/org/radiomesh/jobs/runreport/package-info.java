/**
 * The run report ({@code radiomesh run-report DIR}): one static, self-contained HTML page about a pipeline run, with
 * per-stage counts, errors and throughput, metric plots as inline SVG, downscaled previews, report texts and a 3D
 * viewer (three.js, bundled at build time from the npm registry, embedded in the page). Entry point:
 * {@link org.radiomesh.jobs.runreport.RunReport}.
 */
package org.radiomesh.jobs.runreport;
