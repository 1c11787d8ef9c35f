package org.radiomesh.jobs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PipelineConfigFileTest {
  private static final List<ConfigKey> KEYS = keys();

  private static List<ConfigKey> keys() {
    List<ConfigKey> k = new ArrayList<>(PipelineOptions.CORE_KEYS);
    k.addAll(PipelineStages.keys(PipelineStages.available().values()));
    return k;
  }

  @Test
  void readsKeyValueLinesWithCommentsBlanksAndEitherSeparator() {
    Map<String, String> m = PipelineConfigFile.parse("t.conf", List.of("# a comment", "", "! another",
        "  report.batch-size = 4  ", "input: hdfs://nn/a,hdfs://nn/b", "ingest.include ="), KEYS);
    assertThat(m).containsExactly(Map.entry("report.batch-size", "4"), Map.entry("input", "hdfs://nn/a,hdfs://nn/b"),
        Map.entry("ingest.include", ""));
  }

  @Test
  void errorsNameTheFileTheLineAndTheKey() {
    assertThatThrownBy(() -> PipelineConfigFile.parse("t.conf", List.of("", "report.colour = red"), KEYS))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("t.conf line 2: unknown key "
            + "'report.colour'");
    assertThatThrownBy(() -> PipelineConfigFile.parse("t.conf", List.of("out = a", "out = b"), KEYS))
        .hasMessage("t.conf line 2: key 'out' was already set on line 1");
    assertThatThrownBy(() -> PipelineConfigFile.parse("t.conf", List.of("report.batch-size = many"), KEYS))
        .hasMessageStartingWith("t.conf line 1: report.batch-size = 'many': expected a whole number");
    assertThatThrownBy(() -> PipelineConfigFile.parse("t.conf", List.of("max-error-rate = NaN"), KEYS))
        .hasMessageStartingWith("t.conf line 1: max-error-rate = 'NaN': expected a number");
    assertThatThrownBy(() -> PipelineConfigFile.parse("t.conf", List.of("report.modalities = PX,,DX"), KEYS))
        .hasMessageContaining("empty item");
    assertThatThrownBy(() -> PipelineConfigFile.parse("t.conf", List.of("just words"), KEYS))
        .hasMessageStartingWith("t.conf line 1: expected 'key = value'");
  }

  @Test
  void theShippedExampleSetsEveryBuiltInKeyToItsDefault() throws Exception {
    Path file = Path.of("..", "conf", "pipeline.conf");
    assertThat(file).exists();
    Map<String, String> m = PipelineConfigFile.read(file, KEYS);
    List<ConfigKey> builtIn = new ArrayList<>(PipelineOptions.CORE_KEYS);
    builtIn.addAll(IngestStage.KEYS);
    builtIn.addAll(ReportStage.KEYS);
    builtIn.addAll(ModelStage.KEYS);
    builtIn.addAll(EvaluateStage.KEYS);
    for (ConfigKey k : builtIn) {
      assertThat(m).as(k.name()).containsEntry(k.name(), k.defaultValue());
    }
    assertThat(Files.readString(file)).contains("RADIOMESH_DEID_KEY");
  }

  @Test
  void optionsRejectUnknownStagesAndRunTheRestInPipelineOrder() {
    PipelineOptions o = PipelineOptions.builder().out("/tmp/x").stages(List.of("evaluate", "report")).build();
    assertThat(o.stages()).containsExactly("report", "evaluate");
    assertThat(o.settings().integer("report.batch-size")).isEqualTo(16);
    assertThatThrownBy(() -> PipelineOptions.builder().out("/tmp/x").stages(List.of("ingest")).build())
        .hasMessageContaining("de-identification");
    assertThatThrownBy(() -> PipelineOptions.builder().out("/tmp/x").stages(List.of("reports")).build())
        .hasMessageContaining("no stage 'reports'");
    assertThatThrownBy(() -> PipelineOptions.builder().out("/tmp/x").stages(List.of("report"))
        .set("report.colour", "red").build()).hasMessageContaining("unknown configuration key 'report.colour'");
    assertThatThrownBy(() -> PipelineOptions.builder().out("/tmp/x").maxErrorRate(1.5).build())
        .hasMessageContaining("between 0 and 1");
  }
}
