package org.radiomesh.imaging;

import java.util.Arrays;

/**
 * A DICOM lookup table (Modality LUT or VOI LUT, PS3.3 C.11.1 and C.11.2): {@code entries} output values for the
 * consecutive inputs {@code firstMapped, firstMapped + 1, ...}; inputs below the first map to the first entry and inputs
 * above the last to the last entry. Output values are unsigned integers of {@code bitsPerEntry} bits.
 *
 * <p>Lookup rounds a non-integer input to the nearest integer. Cost O(1) per lookup.
 *
 * @param firstMapped the input value mapped to entry 0 (second value of LUT Descriptor)
 * @param bitsPerEntry bits per output value (third value of LUT Descriptor), 8 to 16
 * @param data the output values, one per entry; not copied, treat as read-only
 */
public record LookupTable(int firstMapped, int bitsPerEntry, int[] data) {

  public LookupTable {
    if (data == null || data.length == 0) {
      throw new IllegalArgumentException("a lookup table needs at least one entry");
    }
    if (bitsPerEntry < 1 || bitsPerEntry > 16) {
      throw new IllegalArgumentException("bitsPerEntry " + bitsPerEntry + ", expected 1..16");
    }
  }

  public int entries() {
    return data.length;
  }

  /** Largest output value the table can hold: 2^bitsPerEntry − 1. */
  public int maxOutput() {
    return (1 << bitsPerEntry) - 1;
  }

  /** The output for input {@code x} (rounded to the nearest integer, clamped to the table's range). */
  public int lookup(double x) {
    long i = Math.round(x) - firstMapped;
    if (i <= 0) {
      return data[0];
    }
    return i >= data.length ? data[data.length - 1] : data[(int) i];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LookupTable t && t.firstMapped == firstMapped && t.bitsPerEntry == bitsPerEntry
        && Arrays.equals(t.data, data);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * firstMapped + bitsPerEntry) + Arrays.hashCode(data);
  }

  @Override
  public String toString() {
    return "LookupTable[entries=" + data.length + ", firstMapped=" + firstMapped + ", bits=" + bitsPerEntry + "]";
  }
}
