/**
 * The built-in dental findings model: a compact convolutional network defined in Java with DJL
 * ({@link org.radiomesh.model.findings.FindingsNetwork}) that reads a downsampled panoramic radiograph
 * ({@link org.radiomesh.model.findings.FindingsInput}) and predicts, for each of the 32 FDI positions, the conditions
 * of {@link org.radiomesh.model.findings.FindingsLabels} (multi-label, sigmoid outputs), turned into report findings by
 * per-condition thresholds ({@link org.radiomesh.model.findings.ToothFindingsDecoder}).
 *
 * <p>Model directory (kind {@code findings}, {@code architecture} {@code radiomesh-findings-cnn-v1}):
 * <pre>
 * radiomesh-model.json   kind, architecture, input (width, height, channels 1, normalization per_image), labels,
 *                        licence, modelCard, files {parameters, thresholds}
 * findings.params        DJL parameters of the block (Block.saveParameters)
 * thresholds.json        per-condition thresholds
 * MODEL_CARD.md          how it was trained and evaluated
 * </pre>
 * Training: {@link org.radiomesh.model.findings.training}.
 */
package org.radiomesh.model.findings;
