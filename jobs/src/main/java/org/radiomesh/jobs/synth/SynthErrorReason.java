package org.radiomesh.jobs.synth;

/** Why a case could not be produced; the {@code reason} column of {@code errors/}. */
public enum SynthErrorReason {
  /** The generator failed (an exception from drawing, meshing or simulating the case). */
  GENERATION_FAILED,
  /** A file or folder could not be written, renamed or deleted. */
  WRITE_FAILED,
  /** The case's folder holds a case of another run (another master seed); it is left alone. */
  CONFLICT,
  /** A complete case folder from an earlier run could not be read back. */
  READ_FAILED
}
