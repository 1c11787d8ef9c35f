package org.radiomesh.anatomy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * Per-vertex labels of a full-arch mesh in the Teeth3DS / 3DTeethSeg'22 JSON layout (REFERENCE §5):
 * {@code {"id_patient": ..., "jaw": "upper"|"lower", "labels": [...], "instances": [...]}}, one FDI number per vertex
 * in {@code labels} (0 = gingiva) and one instance id per vertex in {@code instances} (0 = gingiva, 1..k the teeth).
 *
 * <p>Written and read with Jackson. Cost O(vertices).
 *
 * @param idPatient patient (case) identifier
 * @param jaw "upper" or "lower"
 * @param labels FDI number per vertex, 0 for gingiva
 * @param instances instance id per vertex, 0 for gingiva
 */
@JsonPropertyOrder({"id_patient", "jaw", "labels", "instances"})
public record Teeth3dsLabels(@JsonProperty("id_patient") String idPatient, @JsonProperty("jaw") String jaw,
                             @JsonProperty("labels") int[] labels, @JsonProperty("instances") int[] instances) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public Teeth3dsLabels {
    if (!"upper".equals(jaw) && !"lower".equals(jaw)) {
      throw new IllegalArgumentException("jaw '" + jaw + "', expected upper or lower");
    }
    if (labels.length != instances.length) {
      throw new IllegalArgumentException(labels.length + " labels but " + instances.length + " instances");
    }
  }

  /** Writes the JSON document to {@code out} (not closed). */
  public void write(OutputStream out) throws IOException {
    JSON.writeValue(new NonClosing(out), this);
  }

  /** The JSON document as a string. */
  public String toJson() {
    try {
      return JSON.writeValueAsString(this);
    } catch (IOException e) {
      throw new IllegalStateException("cannot serialise Teeth3DS labels", e);
    }
  }

  /**
   * Reads a Teeth3DS label document.
   *
   * @throws IOException when the stream is not such a document (Jackson's message names the position)
   */
  public static Teeth3dsLabels read(InputStream in) throws IOException {
    return JSON.readValue(in, Teeth3dsLabels.class);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Teeth3dsLabels t && idPatient.equals(t.idPatient) && jaw.equals(t.jaw)
        && Arrays.equals(labels, t.labels) && Arrays.equals(instances, t.instances);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * idPatient.hashCode() + jaw.hashCode()) + Arrays.hashCode(labels);
  }

  @Override
  public String toString() {
    return "Teeth3dsLabels[" + idPatient + ", " + jaw + ", " + labels.length + " vertices]";
  }

  /** Keeps Jackson from closing the caller's stream. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
