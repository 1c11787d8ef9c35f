package org.radiomesh.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.radiomesh.anatomy.DentitionSpecJson;
import org.radiomesh.anatomy.prompt.ParsedPrompt;
import org.radiomesh.anatomy.prompt.PromptException;
import org.radiomesh.anatomy.prompt.PromptParser;
import org.radiomesh.anatomy.prompt.Reading;
import org.radiomesh.mesh.TriangleMesh;
import org.radiomesh.mesh.io.MeshFormat;
import org.radiomesh.synth.DirectorySink;
import org.radiomesh.synth.SingleTooth;
import org.radiomesh.synth.StableJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code radiomesh synth-tooth "TEXT" --out DIR}: one tooth from a text prompt, locally (no Spark): the parsed spec
 * ({@code spec.json}), the tooth mesh in its local frame ({@code tooth.obj}, {@code tooth.ply}), a rendered preview
 * ({@code preview.png}) and how every word was read ({@code parse.txt}). A prompt with words the parser cannot place
 * writes nothing, prints what it understood and what not, and exits with 2.
 */
@Command(name = "synth-tooth", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Make one tooth from a text prompt, for example \"a lower left first molar with a deep distal "
        + "cavity\": writes DIR/spec.json, DIR/tooth.obj, DIR/tooth.ply (mm, tooth frame: origin at the "
        + "cemento-enamel junction, x mesial, y buccal, z occlusal), DIR/preview.png and DIR/parse.txt.",
        "Exit code 2 when the prompt has words it cannot place; the message lists what was understood and what not."})
public final class SynthToothCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "TEXT", description = "The prompt, naming exactly one tooth.")
  String prompt;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
  Path out;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "0",
      description = "Seed of the tooth's size and shape variation (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--voxel-mm", paramLabel = "MM", defaultValue = "0.25",
      description = "Marching-cubes voxel (default: ${DEFAULT-VALUE}).")
  double voxel;

  @Option(names = "--smooth", paramLabel = "N", defaultValue = "0",
      description = "Taubin smoothing iterations (default: ${DEFAULT-VALUE}, none).")
  int smooth;

  @Option(names = "--preview-size", paramLabel = "PX", defaultValue = "384",
      description = "Width and height of preview.png (default: ${DEFAULT-VALUE}).")
  int previewSize;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    ParsedPrompt parsed;
    try {
      parsed = PromptParser.parseSingleTooth(prompt);
    } catch (PromptException e) {
      var err = spec.commandLine().getErr();
      err.println("radiomesh synth-tooth: cannot make a tooth of \"" + prompt + "\"");
      err.println("understood:");
      e.understood().forEach(r -> err.println("  " + r));
      err.println("not understood:");
      for (Reading r : e.notUnderstood()) {
        err.println("  " + r);
      }
      err.flush();
      return ExitCodes.USAGE;
    }
    TriangleMesh mesh = SingleTooth.mesh(parsed.spec(), seed, voxel, smooth);
    DirectorySink sink = new DirectorySink(out);
    sink.write("spec.json", StableJson.bytes(StableJson.mapper().readTree(DentitionSpecJson.toJson(parsed.spec()))));
    sink.write("tooth.obj", SingleTooth.encode(mesh, MeshFormat.OBJ));
    sink.write("tooth.ply", SingleTooth.encode(mesh, MeshFormat.PLY));
    sink.write("preview.png", SingleTooth.previewPng(mesh, previewSize, previewSize));
    sink.write("parse.txt", parsed.report().describe().getBytes(StandardCharsets.UTF_8));
    var o = spec.commandLine().getOut();
    o.print(parsed.report().describe());
    o.println("tooth " + parsed.spec().teeth().get(0).tooth() + ": " + mesh.vertexCount() + " vertices, "
        + mesh.faceCount() + " faces -> " + out);
    o.flush();
    return ExitCodes.OK;
  }
}
