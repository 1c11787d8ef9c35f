package org.radiomesh.jobs.model3d;

/** Why a record got no mesh; the {@code reason} column of {@code errors/}. */
public enum ModelErrorReason {
  /** The record has no id, or neither a text nor a spec. */
  MISSING_INPUT,
  /** The id appears more than once in the input; the first record is modelled, the others land here. */
  DUPLICATE_ID,
  /** The free text could not be parsed into a dentition spec (the message lists the words not understood). */
  PARSE_FAILED,
  /** The spec JSON is malformed, or describes nothing to mesh (no tooth, or every tooth missing). */
  SPEC_INVALID,
  /** The multiview generator failed (model load or sampling, or no subject to render). */
  GENERATION_FAILED,
  /** The views could not be fused into a surface (the message names the view and the reconstruction reason). */
  RECONSTRUCTION_FAILED,
  /** The ground truth of a synthetic case (its arch meshes) could not be read, or the truth mesh written. */
  TRUTH_FAILED,
  /** A mesh, preview or views file could not be written. */
  WRITE_FAILED
}
