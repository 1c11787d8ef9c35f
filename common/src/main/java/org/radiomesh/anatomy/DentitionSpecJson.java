package org.radiomesh.anatomy;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * JSON form of a {@link DentitionSpec}: {@code {"teeth": [{"tooth": 36, "conditions": [{"condition": "caries",
 * "surface": "DISTAL", "depth": "INNER_DENTIN"}]}]}}. A tooth is its FDI number; a condition is an object whose
 * {@code "condition"} field holds its {@link Condition#code()} and whose other fields are the record's components
 * (enums by name, lengths in mm, angles in degrees, fill length as a fraction of the root).
 *
 * <p>Reading is strict: unknown fields, a missing or unknown condition code or an invalid FDI number are errors. O(size
 * of the text).
 */
public final class DentitionSpecJson {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
      .addMixIn(ToothNumber.class, ToothNumberAsFdi.class)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  private DentitionSpecJson() {}

  /** The spec as indented JSON text. */
  public static String toJson(DentitionSpec spec) {
    try {
      return MAPPER.writeValueAsString(spec);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise " + spec, e);
    }
  }

  /**
   * Parses spec JSON.
   *
   * @param source named in the error message (a file name)
   * @throws IOException naming the source, the line and column, and what was wrong
   */
  public static DentitionSpec fromJson(String json, String source) throws IOException {
    try {
      return MAPPER.readValue(json, DentitionSpec.class);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr();
      throw new IOException(source + ": not a dentition spec" + where + ": " + e.getOriginalMessage(), e);
    }
  }

  public static void write(DentitionSpec spec, Path file) throws IOException {
    Files.writeString(file, toJson(spec), StandardCharsets.UTF_8);
  }

  public static DentitionSpec read(Path file) throws IOException {
    return fromJson(Files.readString(file, StandardCharsets.UTF_8), file.toString());
  }

  /** Jackson mix-in: a tooth number is written and read as its bare FDI integer. */
  abstract static class ToothNumberAsFdi {
    @JsonValue
    abstract int fdi();

    @JsonCreator
    static ToothNumber fdi(int fdi) {
      return ToothNumber.fdi(fdi);
    }
  }
}
