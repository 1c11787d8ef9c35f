package org.radiomesh.synth;

/**
 * Who a case is: its index in the run, its id ({@link CaseSeeds#caseId}), the master seed of the run and its own seed
 * ({@link CaseSeeds#caseSeed}). Everything random in the case, and every identifier written into its files (DICOM
 * UIDs, patient id), derives from these values only.
 */
public record CaseIdentity(long index, String caseId, long masterSeed, long seed) {

  public CaseIdentity {
    if (!CaseSeeds.caseId(index).equals(caseId) || seed != CaseSeeds.caseSeed(masterSeed, index)) {
      throw new IllegalArgumentException("case " + caseId + " (index " + index + ", seed " + seed
          + ") does not derive from master seed " + masterSeed);
    }
  }

  /** Case {@code index} of master seed {@code masterSeed}. */
  public static CaseIdentity of(long masterSeed, long index) {
    return new CaseIdentity(index, CaseSeeds.caseId(index), masterSeed, CaseSeeds.caseSeed(masterSeed, index));
  }
}
