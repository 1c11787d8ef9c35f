/**
 * Scoring generated reports against ground truth: findings precision, recall and F1 per condition and per tooth
 * position, micro and macro ({@link org.radiomesh.report.eval.FindingsScore}), and the text metrics BLEU-4
 * ({@link org.radiomesh.report.eval.Bleu}) and ROUGE-L ({@link org.radiomesh.report.eval.RougeL}) over the
 * FINDINGS and IMPRESSION sections; the synthetic ground truth is read by
 * {@link org.radiomesh.report.eval.GroundTruthFindings}.
 */
package org.radiomesh.report.eval;
