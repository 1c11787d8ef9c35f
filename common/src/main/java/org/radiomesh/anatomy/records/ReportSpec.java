package org.radiomesh.anatomy.records;

import java.util.List;
import org.radiomesh.anatomy.DentitionSpec;

/**
 * A report turned into a spec ({@link ReportSpecs#convert}): the whole-dentition spec (all 32 teeth in FDI order,
 * unmentioned teeth sound) and notes saying which findings were left out and why, which defaults were applied and
 * how conflicts were settled, in a deterministic order.
 */
public record ReportSpec(DentitionSpec spec, List<String> notes) {
  public ReportSpec {
    notes = List.copyOf(notes);
  }
}
