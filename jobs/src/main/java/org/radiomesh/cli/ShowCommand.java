package org.radiomesh.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.radiomesh.jobs.SparkRuntime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code radiomesh show PATH}: prints any radiomesh Parquet output as a table or as JSON lines. */
@Command(name = "show", mixinStandardHelpOptions = true,
    description = {"Print a radiomesh Parquet table (metrics/, errors/, catalog/, ...) as a table or JSON lines.",
        "PATH is a table folder on any Hadoop file system (file:, hdfs:)."})
public final class ShowCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "PATH", description = "Parquet table folder or file.")
  String path;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "Rows to print (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "One JSON object per row instead of a table.")
  boolean json;

  @Option(names = "--columns", split = ",", paramLabel = "COL", description = "Only these columns, in this order.")
  List<String> columns;

  @Option(names = "--full", description = "Do not truncate long cells in the table.")
  boolean full;

  @Mixin
  SparkOptions spark = new SparkOptions();

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (limit < 0) {
      throw new IllegalArgumentException("--limit " + limit + ": expected 0 or more");
    }
    SparkSession session = SparkRuntime.session("show", spark);
    Dataset<Row> rows = session.read().parquet(path);
    if (columns != null && !columns.isEmpty()) {
      rows = rows.selectExpr(columns.stream().map(c -> "`" + c + "`").toArray(String[]::new));
    }
    var out = spec.commandLine().getOut();
    if (json) {
      for (String line : rows.limit(limit).toJSON().collectAsList()) {
        out.println(line);
      }
    } else {
      List<Row> head = rows.limit(limit).collectAsList();
      out.print(TextTable.of(rows.schema(), head, full ? Integer.MAX_VALUE : 40));
      out.println(rows.count() + " rows in all");
    }
    out.flush();
    return ExitCodes.OK;
  }
}
