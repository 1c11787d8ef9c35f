/**
 * Models inside Spark executors. A job ships a {@link org.radiomesh.model.ModelReference} (configuration only);
 * each executor JVM resolves it once per device into a shared model ({@link org.radiomesh.jobs.model.ExecutorModels},
 * remote directories copied to a local cache keyed by content hash by
 * {@link org.radiomesh.jobs.model.ModelFetcher}); each task picks its device from its {@code gpu} resource
 * ({@link org.radiomesh.jobs.model.TaskDevice}), opens its own predictors or generator, closed when the task
 * completes ({@link org.radiomesh.jobs.model.TaskScope}), and runs its rows in batches
 * ({@link org.radiomesh.jobs.model.PartitionBatches}).
 *
 * <p>Executors must run with {@code -Dai.djl.offline=true} ({@code conf/spark-cluster.conf} and
 * {@code conf/spark-gpu.conf} set it in {@code spark.executor.extraJavaOptions}; {@code ExecutorModels} sets it when
 * it is missing): DJL then never downloads an engine or a model, and the PyTorch native library comes from the
 * {@code pytorch-native-*} jar inside the job jar. libtorch gets {@code spark.task.cpus} threads per task
 * ({@code ai.djl.pytorch.num_threads}, set by {@code ExecutorModels} unless given): its default of one thread per
 * machine core, times the tasks of an executor, oversubscribes the cores.
 */
package org.radiomesh.jobs.model;
