package org.radiomesh.anatomy.prompt;

import org.radiomesh.anatomy.DentitionSpec;
import org.radiomesh.anatomy.DentitionSpecJson;

/** A prompt turned into a dentition spec, with the report of how each word was read. */
public record ParsedPrompt(DentitionSpec spec, ParseReport report) {
  /** The spec as JSON ({@link DentitionSpecJson}). */
  public String specJson() {
    return DentitionSpecJson.toJson(spec);
  }
}
