/**
 * Training of the built-in findings network on synthetic cases ({@code radiomesh synth} output): loading
 * ({@link org.radiomesh.model.findings.training.SynthCases}), augmentation, the DJL training loop with validation,
 * early stopping and checkpoints ({@link org.radiomesh.model.findings.training.FindingsTrainer}), threshold tuning and
 * the model directory writer. No Spark.
 */
package org.radiomesh.model.findings.training;
