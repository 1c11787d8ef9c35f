/**
 * The archive ingest job ({@code radiomesh ingest}): distributed listing, header-only cataloging on the executors with
 * {@link org.radiomesh.dicom.ImageCataloger}, the {@code catalog/} and {@code quarantine/} Parquet tables, incremental
 * runs with an atomic per-run commit, and the every-file-once invariant.
 */
package org.radiomesh.jobs.ingest;
