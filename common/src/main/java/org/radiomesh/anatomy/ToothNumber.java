package org.radiomesh.anatomy;

/**
 * A permanent tooth identified by its FDI (ISO 3950) number, with conversions to the Universal (ADA) and Palmer
 * notations.
 *
 * <p>FDI: quadrant 1 upper right, 2 upper left, 3 lower left, 4 lower right (patient's sides), position 1 central
 * incisor to 8 third molar. Universal: 1 (upper right third molar) to 16 (upper left third molar), 17 (lower left third
 * molar) to 32 (lower right third molar). Palmer: a quadrant symbol and the position, written here as "UR6", "UL1",
 * "LL8", "LR3".
 */
public record ToothNumber(int fdi) implements Comparable<ToothNumber> {

  public ToothNumber {
    int q = fdi / 10;
    int p = fdi % 10;
    if (q < 1 || q > 4 || p < 1 || p > 8) {
      throw new IllegalArgumentException("FDI number " + fdi + ", expected 11-18, 21-28, 31-38 or 41-48");
    }
  }

  public static ToothNumber fdi(int fdi) {
    return new ToothNumber(fdi);
  }

  /** From a Universal number 1..32. */
  public static ToothNumber universal(int universal) {
    if (universal < 1 || universal > 32) {
      throw new IllegalArgumentException("Universal tooth number " + universal + ", expected 1..32");
    }
    if (universal <= 8) {
      return new ToothNumber(10 + (9 - universal));
    } else if (universal <= 16) {
      return new ToothNumber(20 + (universal - 8));
    } else if (universal <= 24) {
      return new ToothNumber(30 + (25 - universal));
    }
    return new ToothNumber(40 + (universal - 24));
  }

  /** From Palmer notation: quadrant "UR", "UL", "LL" or "LR" (case-insensitive) and position 1..8. */
  public static ToothNumber palmer(String quadrant, int position) {
    int q = switch (quadrant.toUpperCase(java.util.Locale.ROOT)) {
      case "UR" -> 1;
      case "UL" -> 2;
      case "LL" -> 3;
      case "LR" -> 4;
      default -> throw new IllegalArgumentException("Palmer quadrant '" + quadrant + "', expected UR, UL, LL or LR");
    };
    return new ToothNumber(q * 10 + position);
  }

  public int quadrant() {
    return fdi / 10;
  }

  public int position() {
    return fdi % 10;
  }

  public ToothType type() {
    return ToothType.ofPosition(position());
  }

  /** Maxillary tooth (quadrants 1 and 2). */
  public boolean isUpper() {
    return quadrant() <= 2;
  }

  /** On the patient's left (quadrants 2 and 3). */
  public boolean isLeft() {
    return quadrant() == 2 || quadrant() == 3;
  }

  public int universal() {
    return switch (quadrant()) {
      case 1 -> 9 - position();
      case 2 -> 8 + position();
      case 3 -> 25 - position();
      default -> 24 + position();
    };
  }

  /** Palmer notation, for example "UR6". */
  public String palmer() {
    return switch (quadrant()) {
      case 1 -> "UR";
      case 2 -> "UL";
      case 3 -> "LL";
      default -> "LR";
    } + position();
  }

  /** Plain words, for example "lower left first molar". */
  public String words() {
    return (isUpper() ? "upper " : "lower ") + (isLeft() ? "left " : "right ") + type().words();
  }

  /** All 32 permanent teeth in FDI order. */
  public static java.util.List<ToothNumber> all() {
    java.util.List<ToothNumber> all = new java.util.ArrayList<>(32);
    for (int q = 1; q <= 4; q++) {
      for (int p = 1; p <= 8; p++) {
        all.add(new ToothNumber(q * 10 + p));
      }
    }
    return all;
  }

  @Override
  public int compareTo(ToothNumber o) {
    return Integer.compare(fdi, o.fdi);
  }

  @Override
  public String toString() {
    return Integer.toString(fdi);
  }
}
