package org.radiomesh.synth;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

/**
 * JSON whose bytes depend only on the value written, never on the JVM, the platform or hash iteration order: the
 * format of every JSON file the generator writes.
 *
 * <ul>
 *   <li>Two-space indentation, {@code \n} line ends (not the platform's), a final newline; arrays on one line.</li>
 *   <li>Map entries in key order; bean and record properties alphabetically (reflection order is not specified);
 *       tree nodes in insertion order.</li>
 *   <li>Floating-point numbers in plain decimal notation rounded half-even to {@value #DECIMALS} decimals, trailing
 *       zeros removed ({@code 0.125}, {@code 57.9}, {@code 3}), from the exact binary value through
 *       {@link BigDecimal}, so the text does not depend on {@code Double.toString}'s algorithm (which changed in Java
 *       19). NaN and infinities are refused.</li>
 * </ul>
 *
 * <p>Cost O(size of the value).
 */
public final class StableJson {
  /** Decimals kept for floating-point numbers (a nanometre for millimetre values). */
  public static final int DECIMALS = 6;

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
      .build();
  private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter()
      .withObjectIndenter(new DefaultIndenter("  ", "\n"));

  private StableJson() {}

  /** The mapper's tree factory, for building documents node by node. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** {@code value} (a bean, record, map, list or {@link JsonNode}) as stable UTF-8 JSON bytes. */
  public static byte[] bytes(Object value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    try (JsonGenerator g = new FixedDecimals(MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8))) {
      // A fresh printer per document: DefaultPrettyPrinter keeps the nesting depth, so sharing one across threads
      // (two Spark tasks in one executor) would mix up the indentation.
      g.setPrettyPrinter(PRINTER.createInstance());
      MAPPER.writeValue(g, value);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
    out.write('\n');
    return out.toByteArray();
  }

  /** {@link #bytes} as a string. */
  public static String string(Object value) {
    return new String(bytes(value), StandardCharsets.UTF_8);
  }

  /** {@code value} as a tree (for example to embed one document in another). */
  public static JsonNode tree(Object value) {
    return MAPPER.valueToTree(value);
  }

  /** The fixed decimal text of {@code v}: plain notation, at most {@value #DECIMALS} decimals, no trailing zeros. */
  public static String decimal(double v) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException("cannot write " + v + " as a JSON number");
    }
    BigDecimal d = new BigDecimal(v).setScale(DECIMALS, RoundingMode.HALF_EVEN).stripTrailingZeros();
    if (d.signum() == 0) {
      return "0";
    }
    return d.toPlainString();
  }

  /** A generator that writes doubles and floats through {@link #decimal}. */
  private static final class FixedDecimals extends JsonGeneratorDelegate {
    FixedDecimals(JsonGenerator d) {
      super(d, false);
    }

    @Override
    public void writeNumber(double v) throws IOException {
      delegate.writeNumber(decimal(v));
    }

    @Override
    public void writeNumber(float v) throws IOException {
      delegate.writeNumber(decimal(v));
    }
  }
}
