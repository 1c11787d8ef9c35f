package org.radiomesh.synth;

/**
 * The licence and provenance every generated case carries (in {@code case.json}, the findings, the report, the COCO
 * file, DICOM and the manifest): the data are synthetic, made by radiomesh from a seed, and dedicated to the public
 * domain.
 */
public final class Provenance {
  /** SPDX identifier of the licence of generated data. */
  public static final String LICENCE = "CC0-1.0";
  /** The licence as stated in the files: "CC0-1.0, synthetic". */
  public static final String LICENCE_STATEMENT = "CC0-1.0, synthetic";
  /** Provenance of every case. */
  public static final String PROVENANCE = "synthetic";
  /** The generator's name, as written in the files. */
  public static final String GENERATOR = "radiomesh synth";
  /** Version of the case folder layout and file formats; bumped when they change. */
  public static final int FORMAT_VERSION = 1;

  private Provenance() {}
}
