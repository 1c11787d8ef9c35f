/**
 * The report job ({@code radiomesh report}): catalog or folder rows in, a structured report per image written by the
 * findings model or a vision-language model on the executors ({@link org.radiomesh.jobs.report.ReportJob}), with
 * errors, a summary, JSON lines and DICOM SR per study; and the reading side used by {@code radiomesh report-eval}.
 */
package org.radiomesh.jobs.report;
