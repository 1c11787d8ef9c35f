package org.radiomesh.mesh.io;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The values of a PLY body, read in order: ASCII (one row per line, tokens) or binary (a {@link ByteBuffer} in the
 * file's byte order). Errors carry the line (ASCII) or byte offset (binary) of the value being read.
 */
abstract class PlyBody {
  final String source;
  /** The element and 0-based row being read, kept by the caller for error messages. */
  String element = "";
  int row;

  PlyBody(String source) {
    this.source = source;
  }

  static PlyBody of(String source, byte[] content, PlyHeader header) {
    if (header.encoding() == PlyEncoding.ASCII) {
      return new Ascii(source, content, header);
    }
    ByteOrder order = header.encoding() == PlyEncoding.BINARY_LITTLE_ENDIAN
        ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
    return new Binary(source, content, header.bodyOffset(), order);
  }

  /** Called before each row. */
  abstract void beginRow() throws MeshFormatException;

  /** Called after each row. */
  abstract void endRow() throws MeshFormatException;

  /** A value of any type as a double (exact for every PLY type); {@code p} names it in messages. */
  abstract double real(PlyType type, PlyHeader.Property p) throws MeshFormatException;

  /** A value of an integer type; {@code p} names it in messages. */
  abstract long integer(PlyType type, PlyHeader.Property p) throws MeshFormatException;

  /** Skips one value. */
  abstract void skip(PlyType type, PlyHeader.Property p) throws MeshFormatException;

  /** Skips {@code rows} rows of {@code rowSize} bytes (binary only). */
  abstract void skipRows(int rows, int rowSize);

  /** "row 3 of element 'vertex'", for messages. */
  String rowName() {
    return "row " + row + " of element '" + element + "'";
  }

  String valueName(PlyHeader.Property p) {
    return "property '" + p.name() + "' of " + rowName();
  }

  /** An error at the value last read (its line, or its first byte). */
  abstract MeshFormatException error(String detail);

  /** ASCII body: each row on its own line, values separated by blanks. */
  static final class Ascii extends PlyBody {
    private final TextCursor in;

    Ascii(String source, byte[] content, PlyHeader header) {
      super(source);
      in = new TextCursor(source, content, header.bodyOffset(), content.length, header.bodyLine(), (char) 0);
    }

    @Override
    void beginRow() throws MeshFormatException {
      while (in.atLineEnd()) {
        if (in.atEnd()) {
          throw in.error("expected " + rowName() + ", found the end of the file");
        }
        in.nextLine();
      }
    }

    @Override
    void endRow() throws MeshFormatException {
      if (in.nextTokenOnLine()) {
        throw in.error("expected the end of " + rowName() + ", found '" + in.token() + "'");
      }
      in.nextLine();
    }

    private void next(PlyHeader.Property p) throws MeshFormatException {
      if (!in.nextTokenOnLine()) {
        throw in.error("expected " + valueName(p) + ", found the end of the line");
      }
    }

    @Override
    double real(PlyType type, PlyHeader.Property p) throws MeshFormatException {
      if (type.integer) {
        return integer(type, p);
      }
      next(p);
      float v = DecimalParser.parseFloat(in.bytes, in.tokenStart, in.tokenEnd);
      // The message is built only on the error path: tokenFloat parses again and throws.
      return Float.isFinite(v) ? v : in.tokenFloat(valueName(p));
    }

    @Override
    long integer(PlyType type, PlyHeader.Property p) throws MeshFormatException {
      next(p);
      long v = in.parseLongOrInvalid(in.tokenStart, in.tokenEnd);
      return v != TextCursor.INVALID ? v : in.parseLong(in.tokenStart, in.tokenEnd, valueName(p));
    }

    @Override
    void skip(PlyType type, PlyHeader.Property p) throws MeshFormatException {
      next(p);
    }

    @Override
    void skipRows(int rows, int rowSize) {
      throw new IllegalStateException("ASCII bodies skip value by value");
    }

    @Override
    MeshFormatException error(String detail) {
      return in.error(detail);
    }
  }

  /** Binary body; a read past the end raises {@link BufferUnderflowException}, turned into an error by the caller. */
  static final class Binary extends PlyBody {
    final ByteBuffer buf;
    private int valueStart;

    Binary(String source, byte[] content, int offset, ByteOrder order) {
      super(source);
      buf = ByteBuffer.wrap(content).order(order);
      buf.position(offset);
    }

    @Override
    void beginRow() {}

    @Override
    void endRow() {}

    @Override
    double real(PlyType type, PlyHeader.Property p) {
      valueStart = buf.position();
      return switch (type) {
        case FLOAT32 -> buf.getFloat();
        case FLOAT64 -> buf.getDouble();
        default -> integer(type, p);
      };
    }

    @Override
    long integer(PlyType type, PlyHeader.Property p) {
      valueStart = buf.position();
      return switch (type) {
        case INT8 -> buf.get();
        case UINT8 -> buf.get() & 0xFF;
        case INT16 -> buf.getShort();
        case UINT16 -> buf.getShort() & 0xFFFF;
        case INT32 -> buf.getInt();
        case UINT32 -> buf.getInt() & 0xFFFF_FFFFL;
        case FLOAT32 -> (long) buf.getFloat();
        case FLOAT64 -> (long) buf.getDouble();
      };
    }

    @Override
    void skip(PlyType type, PlyHeader.Property p) {
      skipBytes(type.size);
    }

    @Override
    void skipRows(int rows, int rowSize) {
      skipBytes((long) rows * rowSize);
    }

    private void skipBytes(long n) {
      if (n > buf.remaining()) {
        throw new BufferUnderflowException();
      }
      buf.position(buf.position() + (int) n);
    }

    @Override
    MeshFormatException error(String detail) {
      return MeshFormatException.atOffset(source, valueStart, detail);
    }
  }
}
