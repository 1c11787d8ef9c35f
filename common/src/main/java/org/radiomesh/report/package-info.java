/**
 * Structured dental reports: per-image findings (tooth or region, a condition code of the shared vocabulary, caries
 * depth, confidence, optional box), the impression and the text rendered from them in one format shared with the
 * synthetic ground truth ({@link org.radiomesh.report.ReportText}, {@link org.radiomesh.report.FindingPhrases}), JSON
 * ({@link org.radiomesh.report.ReportJson}) and DICOM Basic Text SR ({@link org.radiomesh.report.BasicTextSr}, read
 * back by {@link org.radiomesh.report.BasicTextSrReader}). Text and findings metrics live in
 * {@code org.radiomesh.report.eval}. No Spark, no Hadoop.
 */
package org.radiomesh.report;
