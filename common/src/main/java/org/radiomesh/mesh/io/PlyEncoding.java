package org.radiomesh.mesh.io;

/** The three PLY body encodings, with the name the {@code format} header line gives each. */
public enum PlyEncoding {
  ASCII("ascii"),
  BINARY_LITTLE_ENDIAN("binary_little_endian"),
  BINARY_BIG_ENDIAN("binary_big_endian");

  private final String headerName;

  PlyEncoding(String headerName) {
    this.headerName = headerName;
  }

  /** The word in the {@code format} line of the header. */
  public String headerName() {
    return headerName;
  }
}
