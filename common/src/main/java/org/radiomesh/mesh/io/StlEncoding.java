package org.radiomesh.mesh.io;

/** The two STL encodings: ASCII ({@code solid ... endsolid}) and binary (80-byte header, count, 50 bytes each). */
public enum StlEncoding {
  ASCII,
  BINARY
}
