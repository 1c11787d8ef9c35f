package org.radiomesh.synth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.radiomesh.anatomy.CaseDraw;
import org.radiomesh.anatomy.DentitionSpec;
import org.radiomesh.anatomy.DentitionSpecJson;
import org.radiomesh.anatomy.VirtualPatient;

/**
 * Generates one synthetic case: draws a dentition with a realistic mix of conditions ({@link CaseDraw}) from the case
 * seed, builds the virtual patient ({@link VirtualPatient#build}) and writes every output of the chosen modalities to
 * a {@link CaseSink}:
 *
 * <pre>
 * spec.json          the drawn dentition (DentitionSpecJson layout; readable by DentitionSpecJson.fromJson)
 * findings.json      ground truth per tooth (CaseFindings)
 * report.txt         ground-truth structured report (GroundTruthReport)
 * parameters.json    every generation parameter: options, patient draws, simulator settings
 * mesh/...           MeshOutputs (modality mesh)
 * panoramic/...      PanoramicOutputs (modality panoramic)
 * cbct/...           CbctOutputs (modality cbct)
 * case.json          completion record with every file's size and SHA-256, written last
 * </pre>
 *
 * <p>Determinism: the outputs depend only on (master seed, index) and the options; running a case twice, on any
 * executor, gives byte-identical files. Thread-safe (no mutable state); cost: see the modality classes (mesh a few
 * seconds, panoramic 10–20 s, CBCT tens of seconds per case at the defaults on one core).
 *
 * <pre>{@code
 * CaseRecord r = new CaseGenerator(SynthOptions.defaults()).generate(CaseIdentity.of(2024, 42),
 *     new DirectorySink(Path.of("out/case-000042")));
 * }</pre>
 */
public final class CaseGenerator {
  private final SynthOptions options;

  public CaseGenerator(SynthOptions options) {
    this.options = options;
  }

  public SynthOptions options() {
    return options;
  }

  /** The dentition of a case: {@link CaseDraw#draw} with parameters rounded as {@link CaseFindings#rounded}. */
  public static DentitionSpec dentition(long caseSeed) {
    return CaseFindings.rounded(CaseDraw.draw(caseSeed));
  }

  /**
   * Generates case {@code id} into {@code sink}.
   *
   * @throws IOException when the sink fails
   */
  public CaseRecord generate(CaseIdentity id, CaseSink sink) throws IOException {
    ChecksumSink out = new ChecksumSink(sink);
    DentitionSpec spec = dentition(id.seed());
    VirtualPatient patient = VirtualPatient.build(spec, id.seed());
    CaseFindings findings = new CaseFindings(id.caseId(), spec);
    String modalities = Modality.keys(options.modalities());

    byte[] findingsJson = StableJson.bytes(findings.toJson());
    byte[] report = GroundTruthReport.of(findings).getBytes(StandardCharsets.UTF_8);
    out.write("spec.json", StableJson.bytes(StableJson.mapper().readTree(DentitionSpecJson.toJson(spec))));
    out.write("findings.json", findingsJson);
    out.write("report.txt", report);

    ObjectNode parameters = StableJson.mapper().createObjectNode();
    parameters.put("case_id", id.caseId());
    parameters.put("case_index", id.index());
    parameters.put("master_seed", id.masterSeed());
    parameters.put("seed", id.seed());
    parameters.put("generator", Provenance.GENERATOR);
    parameters.put("format_version", Provenance.FORMAT_VERSION);
    parameters.set("options", StableJson.tree(options.toMap()));
    parameters.set("patient", StableJson.tree(patient.parameters()));
    PanoramicOutputs panoramic = new PanoramicOutputs(options);
    CbctOutputs cbct = new CbctOutputs(options);
    if (options.has(Modality.PANORAMIC)) {
      parameters.set("panoramic", StableJson.tree(panoramic.parameters(patient, id.seed())));
    }
    if (options.has(Modality.CBCT)) {
      parameters.set("cbct", StableJson.tree(cbct.parameters(patient, id.seed())));
    }
    byte[] parametersJson = StableJson.bytes(parameters);
    out.write("parameters.json", parametersJson);

    if (options.has(Modality.MESH)) {
      new MeshOutputs(options).write(patient, id.caseId(), out);
    }
    if (options.has(Modality.PANORAMIC)) {
      panoramic.write(patient, spec, id, out);
    }
    if (options.has(Modality.CBCT)) {
      cbct.write(patient, id, out);
    }
    List<CaseFile> files = new ArrayList<>(out.files());
    out.write(CaseRecord.CASE_JSON, CaseRecord.caseJson(id, modalities, files));
    return new CaseRecord(id, modalities, new String(parametersJson, StandardCharsets.UTF_8),
        new String(findingsJson, StandardCharsets.UTF_8), new String(report, StandardCharsets.UTF_8), out.files());
  }
}
