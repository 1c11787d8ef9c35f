package org.radiomesh.model.findings.training;

/**
 * One training epoch: mean training loss (sigmoid binary cross-entropy per output, over the epoch's batches), the
 * validation loss (the same, over every validation output), the validation macro F1 over the network's conditions at
 * threshold 0.5, and the epoch's wall-clock seconds.
 */
public record EpochStats(int epoch, double trainLoss, double valLoss, double valMacroF1, double seconds) {}
