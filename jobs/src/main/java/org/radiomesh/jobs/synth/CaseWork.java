package org.radiomesh.jobs.synth;

import java.io.IOException;
import java.io.Serializable;
import org.radiomesh.synth.CaseGenerator;
import org.radiomesh.synth.CaseIdentity;
import org.radiomesh.synth.CaseRecord;
import org.radiomesh.synth.CaseSink;
import org.radiomesh.synth.SynthOptions;

/**
 * What an executor does to make one case, shipped with the task: {@link #generator} in production; tests pass their
 * own (for example one that fails on a chosen case) to exercise the error path.
 */
@FunctionalInterface
interface CaseWork extends Serializable {

  /** Generates case {@code id} into {@code sink}. */
  CaseRecord generate(CaseIdentity id, CaseSink sink) throws IOException;

  /** The real generator with {@code options} (built on the executor; {@link SynthOptions} is serialisable). */
  static CaseWork generator(SynthOptions options) {
    return (id, sink) -> new CaseGenerator(options).generate(id, sink);
  }
}
