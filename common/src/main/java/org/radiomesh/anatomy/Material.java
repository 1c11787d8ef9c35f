package org.radiomesh.anatomy;

/**
 * The materials of a virtual patient, with the X-ray attenuation used to simulate radiographs and the CT numbers used
 * for CBCT volumes.
 *
 * <p>Conventions: {@link #mu()} is the linear attenuation coefficient in 1/mm at about 70–80 kVp (REFERENCE §4 gives
 * 1/cm; divided by 10 here because geometry is in millimetres). {@link #hounsfield()} is the CT number in HU. Values
 * come from REFERENCE §4 where it gives one; materials it does not list (ceramic, composite, amalgam, gutta-percha)
 * are placed in the expected radiographic order metal &gt; gutta-percha &gt; enamel &gt; dentin &gt; bone &gt; pulp.
 */
public enum Material {
  AIR(0, 0.0, -1000),
  SOFT_TISSUE(1, 0.018, 40),
  BONE(2, 0.042, 1200),
  ENAMEL(3, 0.285, 2500),
  DENTIN(4, 0.195, 1600),
  PULP(5, 0.020, 300),
  CEMENTUM(6, 0.150, 1400),
  /** Demineralised tooth tissue of a carious lesion: between pulp and dentin. */
  CARIES(7, 0.060, 500),
  /** Periapical lesion: bone resorbed to soft tissue. */
  PERIAPICAL_LESION(8, 0.019, 60),
  /** Gutta-percha root filling: 1 mm ≈ 7.4 mm aluminium (μ_Al ≈ 0.07/mm at 70 kVp). */
  GUTTA_PERCHA(9, 0.52, 8000),
  COMPOSITE(10, 0.24, 2200),
  AMALGAM(11, 1.20, 15000),
  TITANIUM(12, 0.165, 7000),
  /** Nickel–chromium crown alloy, the metal of metal and metal-ceramic crowns. */
  METAL_CROWN(13, 0.59, 20000),
  CERAMIC(14, 0.30, 2800);

  private final int code;
  private final double mu;
  private final int hounsfield;

  Material(int code, double mu, int hounsfield) {
    this.code = code;
    this.mu = mu;
    this.hounsfield = hounsfield;
  }

  /** Stable small integer for label volumes and Parquet columns (never reordered). */
  public int code() {
    return code;
  }

  /** Linear attenuation coefficient in 1/mm. */
  public double mu() {
    return mu;
  }

  /** CT number in Hounsfield units. */
  public int hounsfield() {
    return hounsfield;
  }

  /** The material with the given {@link #code()}. */
  public static Material ofCode(int code) {
    for (Material m : values()) {
      if (m.code == code) {
        return m;
      }
    }
    throw new IllegalArgumentException("unknown material code " + code + ", expected 0.." + (values().length - 1));
  }
}
