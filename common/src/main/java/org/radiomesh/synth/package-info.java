/**
 * The synthetic dental data generator: one case (a virtual patient drawn from a seed) to meshes, a simulated panoramic
 * radiograph, an optional CBCT series, DICOM files and ground truth (findings, a structured report text, DENTEX-style
 * COCO boxes, every generation parameter), written through a {@link org.radiomesh.synth.CaseSink} so that this package
 * knows nothing of the file system that stores them (local folders here, Hadoop file systems in the Spark job).
 *
 * <p>Determinism: case i of master seed S draws everything from {@link org.radiomesh.synth.CaseSeeds#caseSeed}(S, i);
 * outputs carry no timestamps, maps are written in key order and decimals in a fixed format
 * ({@link org.radiomesh.synth.StableJson}), so the same (S, i) and options give byte-identical files on any executor.
 * Every output is CC0-1.0 and marked as synthetic ({@link org.radiomesh.synth.Provenance}).
 */
package org.radiomesh.synth;
