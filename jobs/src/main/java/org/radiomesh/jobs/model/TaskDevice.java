package org.radiomesh.jobs.model;

import ai.djl.Device;
import ai.djl.engine.Engine;
import java.util.Map;
import org.apache.spark.TaskContext;
import org.apache.spark.resource.ResourceInformation;
import org.radiomesh.model.ModelReference;

/**
 * The device a Spark task runs its model on: the first address of the task's {@code gpu} resource when Spark assigned
 * one ({@code spark.task.resource.gpu.amount}, addresses from the executor's discovery script, e.g.
 * {@code submit/get-gpus.sh}), otherwise the CPU; the reference's {@code device=cpu} option forces the CPU. O(1).
 */
public final class TaskDevice {
  private TaskDevice() {}

  /** The device for the running task, or the CPU outside a task (driver code, tests, {@code report-one}). */
  public static Device current(ModelReference ref) {
    TaskContext task = TaskContext.get();
    Device device = fromResources(task == null ? Map.of() : task.resourcesJMap(), ref);
    if (device.isGpu()) {
      int visible = Engine.getEngine(ref.engine()).getGpuCount();
      if (device.getDeviceId() >= visible) {
        throw new IllegalStateException("Spark gave this task GPU " + device.getDeviceId() + " but the "
            + ref.engine() + " engine sees " + visible + " GPU(s): ship a CUDA build of the native library "
            + "(pytorch-native-cu*) in the job jar, or run the model with the option device=cpu");
      }
    }
    return device;
  }

  /** The device that {@code resources} (a task's resource map) and {@code ref}'s options select. */
  public static Device fromResources(Map<String, ResourceInformation> resources, ModelReference ref) {
    if ("cpu".equals(ref.option("device", "auto"))) {
      return Device.cpu();
    }
    ResourceInformation gpu = resources.get("gpu");
    if (gpu == null || gpu.addresses().length == 0) {
      return Device.cpu();
    }
    String address = gpu.addresses()[0].trim();
    try {
      return Device.gpu(Integer.parseInt(address));
    } catch (NumberFormatException e) {
      throw new IllegalStateException("task gpu resource address '" + address
          + "', expected a device ordinal such as 0 (check the GPU discovery script)", e);
    }
  }
}
