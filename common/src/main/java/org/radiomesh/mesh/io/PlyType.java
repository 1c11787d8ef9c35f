package org.radiomesh.mesh.io;

/** PLY scalar types with their byte sizes, under their classic name or sized alias ({@code uchar} or {@code uint8}). */
enum PlyType {
  INT8("char", "int8", 1, true),
  UINT8("uchar", "uint8", 1, true),
  INT16("short", "int16", 2, true),
  UINT16("ushort", "uint16", 2, true),
  INT32("int", "int32", 4, true),
  UINT32("uint", "uint32", 4, true),
  FLOAT32("float", "float32", 4, false),
  FLOAT64("double", "float64", 8, false);

  final String name;
  final String alias;
  final int size;
  final boolean integer;

  PlyType(String name, String alias, int size, boolean integer) {
    this.name = name;
    this.alias = alias;
    this.size = size;
    this.integer = integer;
  }

  /** The type named {@code word} (either spelling), or null. */
  static PlyType named(String word) {
    for (PlyType t : values()) {
      if (t.name.equals(word) || t.alias.equals(word)) {
        return t;
      }
    }
    return null;
  }
}
