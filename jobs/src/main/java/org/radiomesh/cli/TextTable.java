package org.radiomesh.cli;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import scala.collection.Seq;

/**
 * Formats rows as an aligned text table for the terminal. Long arrays (mesh vertices, say) print as their first few
 * values and their length, cells longer than the width limit are cut with "...".
 */
final class TextTable {
  private static final int ARRAY_HEAD = 4;

  private TextTable() {}

  static String of(StructType schema, List<Row> rows, int maxCell) {
    String[] names = schema.fieldNames();
    List<String[]> cells = new ArrayList<>();
    int[] width = new int[names.length];
    for (int c = 0; c < names.length; c++) {
      width[c] = names[c].length();
    }
    for (Row row : rows) {
      String[] line = new String[names.length];
      for (int c = 0; c < names.length; c++) {
        line[c] = cut(cell(row.get(c)), maxCell);
        width[c] = Math.max(width[c], line[c].length());
      }
      cells.add(line);
    }
    StringBuilder sb = new StringBuilder();
    appendLine(sb, names, width);
    for (int c = 0; c < names.length; c++) {
      sb.append(c == 0 ? "" : "  ").append("-".repeat(width[c]));
    }
    sb.append('\n');
    for (String[] line : cells) {
      appendLine(sb, line, width);
    }
    return sb.toString();
  }

  private static void appendLine(StringBuilder sb, String[] values, int[] width) {
    for (int c = 0; c < values.length; c++) {
      if (c > 0) {
        sb.append("  ");
      }
      sb.append(values[c]);
      if (c < values.length - 1) {
        sb.append(" ".repeat(width[c] - values[c].length()));
      }
    }
    sb.append('\n');
  }

  static String cell(Object v) {
    if (v == null) {
      return "null";
    }
    if (v instanceof Seq<?> seq) {
      int n = seq.size();
      StringBuilder sb = new StringBuilder("[");
      for (int i = 0; i < Math.min(n, ARRAY_HEAD); i++) {
        sb.append(i == 0 ? "" : ", ").append(cell(seq.apply(i)));
      }
      return sb.append(n > ARRAY_HEAD ? ", ... (" + n + " values)]" : "]").toString();
    }
    if (v instanceof Row r) {
      StringBuilder sb = new StringBuilder("{");
      for (int i = 0; i < r.size(); i++) {
        sb.append(i == 0 ? "" : ", ").append(r.schema() == null ? "" : r.schema().fieldNames()[i] + ": ")
            .append(cell(r.get(i)));
      }
      return sb.append('}').toString();
    }
    if (v instanceof scala.collection.Map<?, ?> m) {
      return m.toString();
    }
    return String.valueOf(v).replace('\n', ' ');
  }

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, Math.max(0, max - 3)) + "...";
  }
}
