/**
 * Spark plumbing shared by the radiomesh jobs: the session ({@link org.radiomesh.jobs.SparkRuntime}), atomic table
 * commits ({@link org.radiomesh.jobs.TableCommit}), {@code summary.json} ({@link org.radiomesh.jobs.JobSummary}),
 * progress and status lines, and whole-file access on Hadoop file systems. Each job lives in a sub-package with a
 * static {@code run(SparkSession, Options)} that the CLI and the tests call: {@code ingest}, {@code ctmesh},
 * {@code evaluate}, {@code report}, {@code synth}, {@code model3d} (records → 3D meshes, the {@code model} command);
 * {@code model} holds the model-serving glue (one model per executor) that the model-using jobs share.
 */
package org.radiomesh.jobs;
