/**
 * The ingest benchmark: a synthetic DICOM archive writer and the single-thread header cataloging driver that
 * {@code benchmarks/ingest_side_by_side.sh} runs next to pydicom.
 */
package org.radiomesh.benchmarks.ingest;
