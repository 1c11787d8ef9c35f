package org.radiomesh.mesh.io;

import java.util.ArrayList;
import java.util.List;

/**
 * A parsed PLY header: encoding, elements in file order with their properties, and where the body starts (byte offset,
 * and line number for ASCII bodies). Parsing costs O(header size).
 */
record PlyHeader(PlyEncoding encoding, List<Element> elements, int bodyOffset, int bodyLine) {

  /** One {@code property} line; {@code countType} is null for a scalar, the list-length type for a list. */
  record Property(String name, PlyType type, PlyType countType) {
    boolean isList() {
      return countType != null;
    }
  }

  /** One {@code element} line (at 1-based {@code line}) and its properties. */
  record Element(String name, int count, List<Property> properties, int line) {
    /** Bytes per row in a binary body, or -1 when a list makes rows variable. */
    int rowSize() {
      int size = 0;
      for (Property p : properties) {
        if (p.isList()) {
          return -1;
        }
        size += p.type().size;
      }
      return size;
    }
  }

  static PlyHeader parse(String source, byte[] content) throws MeshFormatException {
    TextCursor in = new TextCursor(source, content, 0, content.length, 1, (char) 0);
    if (!in.nextTokenOnLine() || !in.tokenIs("ply")) {
      throw in.error("expected 'ply' as the first line of a PLY file");
    }
    in.nextLine();
    PlyEncoding encoding = null;
    List<Element> elements = new ArrayList<>();
    List<Property> properties = null;
    String elementName = null;
    int elementCount = 0;
    int elementLine = 0;
    while (!in.atEnd()) {
      if (!in.nextTokenOnLine()) {
        in.nextLine();
        continue;
      }
      if (in.tokenIs("end_header")) {
        if (encoding == null) {
          throw in.error("expected a 'format' line before 'end_header'");
        }
        if (elementName != null) {
          elements.add(new Element(elementName, elementCount, List.copyOf(properties), elementLine));
        }
        int line = in.line();
        in.nextLine();
        return new PlyHeader(encoding, List.copyOf(elements), in.position(), line + 1);
      } else if (in.tokenIs("format")) {
        encoding = format(in);
      } else if (in.tokenIs("element")) {
        if (elementName != null) {
          elements.add(new Element(elementName, elementCount, List.copyOf(properties), elementLine));
        }
        elementLine = in.line();
        elementName = word(in, "an element name");
        if (!in.nextTokenOnLine()) {
          throw in.error("expected a row count after 'element " + elementName + "'");
        }
        elementCount = in.tokenInt("the row count of element '" + elementName + "'");
        if (elementCount < 0) {
          throw in.error("expected a non-negative row count for element '" + elementName + "', found " + elementCount);
        }
        properties = new ArrayList<>();
      } else if (in.tokenIs("property")) {
        if (elementName == null) {
          throw in.error("expected an 'element' line before the first 'property'");
        }
        properties.add(property(in));
      } else if (!in.tokenIs("comment") && !in.tokenIs("obj_info")) {
        throw in.error("expected format, element, property, comment, obj_info or end_header, found '"
            + in.token() + "'");
      }
      in.nextLine();
    }
    throw in.error("expected 'end_header' before the end of the file");
  }

  private static PlyEncoding format(TextCursor in) throws MeshFormatException {
    String name = word(in, "ascii, binary_little_endian or binary_big_endian");
    for (PlyEncoding e : PlyEncoding.values()) {
      if (e.headerName().equals(name)) {
        if (!in.nextTokenOnLine() || !in.tokenIs("1.0")) {
          throw in.error("expected version 1.0 after 'format " + name + "'");
        }
        return e;
      }
    }
    throw in.error("expected ascii, binary_little_endian or binary_big_endian after 'format', found '" + name + "'");
  }

  private static Property property(TextCursor in) throws MeshFormatException {
    String first = word(in, "a property type or 'list'");
    if (first.equals("list")) {
      PlyType countType = type(in, word(in, "the list count type"));
      if (!countType.integer) {
        throw in.error("expected an integer list count type, found '" + countType.name + "'");
      }
      PlyType itemType = type(in, word(in, "the list item type"));
      return new Property(word(in, "a property name"), itemType, countType);
    }
    return new Property(word(in, "a property name"), type(in, first), null);
  }

  private static PlyType type(TextCursor in, String word) throws MeshFormatException {
    PlyType t = PlyType.named(word);
    if (t == null) {
      throw in.error("expected a PLY type (char uchar short ushort int uint float double, or int8 ... float64), found '"
          + word + "'");
    }
    return t;
  }

  private static String word(TextCursor in, String what) throws MeshFormatException {
    if (!in.nextTokenOnLine()) {
      throw in.error("expected " + what);
    }
    return in.token();
  }
}
