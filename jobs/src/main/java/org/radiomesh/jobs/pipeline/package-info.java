/**
 * The pipeline ({@code radiomesh pipeline}): {@link org.radiomesh.jobs.pipeline.PipelineJob} chains the stages
 * ingest → report → model → evaluate ({@link org.radiomesh.jobs.pipeline.PipelineStage}; model plugs in through
 * {@link java.util.ServiceLoader}), each writing under {@code OUT/STAGE/} and reading the tables of the one before, with
 * per-stage resume ({@code _STAGE_DONE} markers holding input fingerprints), a configuration file
 * ({@link org.radiomesh.jobs.pipeline.PipelineConfigFile}, keys in {@link org.radiomesh.jobs.pipeline.PipelineOptions}
 * and each stage's {@link org.radiomesh.jobs.pipeline.PipelineStage#keys()}), and a summary for people and for the run
 * report.
 *
 * <h2>Output layout</h2>
 * <pre>
 * OUT/ingest/    catalog/ quarantine/ summary.json _STAGE_DONE
 * OUT/report/    reports/ errors/ reports.jsonl/ sr/STUDY.dcm summary.json _STAGE_DONE
 * OUT/model/     meshes/ errors/ files/ pairs.csv (id,pred,gt,extras: pairs with ground truth) summary.json _STAGE_DONE
 * OUT/evaluate/  metrics/ errors/ summary/ summary.json _STAGE_DONE
 * OUT/summary.json
 * OUT/report.html  the run report (org.radiomesh.jobs.runreport.RunReport), written after summary.json
 * OUT/report-data/index.json, STAGE.TABLE.json
 * </pre>
 *
 * <h2>{@code OUT/summary.json} (format_version 1)</h2>
 * The contract with the HTML run report, which reads only this file and {@code report-data/}:
 * <pre>
 * job                 "pipeline"
 * started, finished   ISO-8601 instants
 * format_version      1
 * status              "ok" | "failed" | "error-rate"
 * exit_code           0 | 1 | 4   (configuration errors exit 2 before a summary is written)
 * message             why it failed / which stages were over the error-rate limit; null when ok
 * failed_stage        the stage that failed, or null
 * out                 the output folder (qualified URI)
 * inputs              the archive roots (qualified URIs)
 * stages_requested    the stages asked for, in pipeline order
 * stages_not_reached  requested stages after a failed one
 * max_error_rate      the limit (1 = none)
 * over_error_rate     stages whose error_rate was above it
 * stages              one object per stage reached, in order:
 *   stage             "ingest" | "report" | "model" | "evaluate"
 *   status            "ran" | "unchanged" (skipped: committed with the same input fingerprint) | "failed"
 *   dir               OUT/STAGE
 *   fingerprint       SHA-256 hex of its inputs and settings
 *   seconds           wall time (for "unchanged": of the run that committed it)
 *   rows_per_second   (inputs - skipped_rows) / seconds
 *   inputs            rows considered (files, images, pairs)
 *   skipped_rows      rows an earlier run had finished (row-level resume)
 *   outputs           rows written by this run
 *   errors            rows sent to errors/ or quarantine/ by this run
 *   error_rate        errors / (inputs - skipped_rows), 0 when nothing was processed
 *   errors_by_reason  {REASON: count}, the stage's reason codes
 *   note              remark such as "no pairs with ground truth", or null
 *   details           stage-specific: tables, model identity, run id, throughput
 *   error             for "failed": the exception and its root cause, one line each
 *   (a failed stage has no counts)
 * totals              seconds (stages that ran now), errors
 * settings            every configuration key with its resolved value
 * report_data         dir (OUT/report-data) and files (STAGE.TABLE.json written)
 * </pre>
 * {@code report-data/STAGE.TABLE.json}: {@code stage}, {@code table}, {@code path}, {@code rows} (row count),
 * {@code columns} ([{name, type}]), {@code sample} (up to {@code sample-rows} rows as JSON objects);
 * {@code report-data/index.json}: [{stage, table, file, rows}]. Tables: ingest catalog and quarantine, report reports
 * and errors, evaluate metrics, errors and summary, and whatever the model stage lists.
 *
 * <h2>De-identification</h2>
 * Identifying DICOM attributes are replaced in the ingest stage, before anything is written; later stages read the
 * catalog's pseudonyms, never the original headers, and no stage logs attribute values.
 */
package org.radiomesh.jobs.pipeline;
