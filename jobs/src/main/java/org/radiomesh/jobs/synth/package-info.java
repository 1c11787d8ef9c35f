/**
 * The synthetic data job ({@code radiomesh synth}): cases of {@link org.radiomesh.synth.CaseGenerator} sharded over
 * Spark partitions, each written to a temporary folder on any Hadoop file system and renamed into place when complete,
 * with a Parquet manifest, an errors table and a summary.
 */
package org.radiomesh.jobs.synth;
