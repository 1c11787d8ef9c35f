package org.radiomesh.anatomy;

/**
 * The eight permanent tooth types of a quadrant, with the mean dimensions of REFERENCE §2 (Wheeler, Table 1-1).
 *
 * <p>All lengths in millimetres: crown length, root length, mesiodistal and buccolingual crown widths. Maxillary and
 * mandibular teeth differ, so dimensions are looked up with {@link #dimensions(boolean)}.
 */
public enum ToothType {
  CENTRAL_INCISOR(1, "central incisor"),
  LATERAL_INCISOR(2, "lateral incisor"),
  CANINE(3, "canine"),
  FIRST_PREMOLAR(4, "first premolar"),
  SECOND_PREMOLAR(5, "second premolar"),
  FIRST_MOLAR(6, "first molar"),
  SECOND_MOLAR(7, "second molar"),
  THIRD_MOLAR(8, "third molar");

  // {crown, root, mesiodistal, buccolingual, roots}, REFERENCE §2; molar root ranges taken at their middle.
  private static final double[][] UPPER = {
      {10.5, 13.0, 8.5, 7.0, 1}, {9.0, 13.0, 6.5, 6.0, 1}, {10.0, 17.0, 7.5, 8.0, 1}, {8.5, 14.0, 7.0, 9.0, 2},
      {8.5, 14.0, 7.0, 9.0, 1}, {7.5, 12.5, 10.0, 11.0, 3}, {7.0, 11.5, 9.0, 11.0, 3}, {6.5, 11.0, 8.5, 10.0, 3}};
  private static final double[][] LOWER = {
      {9.0, 12.5, 5.0, 6.0, 1}, {9.5, 14.0, 5.5, 6.5, 1}, {11.0, 16.0, 7.0, 7.5, 1}, {8.5, 14.0, 7.0, 7.5, 1},
      {8.0, 14.5, 7.0, 8.0, 1}, {7.5, 14.0, 11.0, 10.5, 2}, {7.0, 13.0, 10.5, 10.0, 2}, {7.0, 11.0, 10.0, 9.5, 2}};

  private final int position;
  private final String words;

  ToothType(int position, String words) {
    this.position = position;
    this.words = words;
  }

  /** Position in the quadrant, 1 (central incisor) to 8 (third molar): the second digit of the FDI number. */
  public int position() {
    return position;
  }

  /** The type in plain words, for example "first molar". */
  public String words() {
    return words;
  }

  public boolean isMolar() {
    return position >= 6;
  }

  public boolean isPremolar() {
    return position == 4 || position == 5;
  }

  public boolean isIncisor() {
    return position <= 2;
  }

  /** Mean dimensions for the maxillary ({@code upper}) or mandibular tooth of this type. */
  public Dimensions dimensions(boolean upper) {
    double[] d = (upper ? UPPER : LOWER)[position - 1];
    return new Dimensions(d[0], d[1], d[2], d[3], (int) d[4]);
  }

  /** The type at a quadrant position 1..8. */
  public static ToothType ofPosition(int position) {
    if (position < 1 || position > 8) {
      throw new IllegalArgumentException("tooth position " + position + ", expected 1..8");
    }
    return values()[position - 1];
  }

  /**
   * Mean tooth dimensions in mm.
   *
   * @param crownLength cervical line to incisal edge or cusp tip
   * @param rootLength cervical line to apex
   * @param mesiodistal crown width along the arch
   * @param buccolingual crown width across the arch
   * @param roots typical number of roots
   */
  public record Dimensions(double crownLength, double rootLength, double mesiodistal, double buccolingual, int roots) {}
}
