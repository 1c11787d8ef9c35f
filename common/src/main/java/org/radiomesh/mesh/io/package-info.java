/**
 * Mesh and point-cloud files: Wavefront OBJ, PLY (ASCII, binary little and big endian) and STL (ASCII and binary),
 * read into and written from {@link org.radiomesh.mesh.TriangleMesh}.
 *
 * <p>Start with {@link org.radiomesh.mesh.io.MeshFiles}: it reads a {@code Path} or a named {@code byte[]} (what Spark
 * jobs get from a Hadoop file system) and picks the format from the extension or, failing that, from the content
 * ({@link org.radiomesh.mesh.io.MeshFormat}). Every reader works on the whole content in memory, in one pass, without
 * regular expressions or boxed lists: text formats through a byte-level tokenizer, binary ones through a
 * {@link java.nio.ByteBuffer}. Cost is O(file size) time and O(vertices + faces) extra memory.
 *
 * <p>Bad input raises {@link org.radiomesh.mesh.io.MeshFormatException}, a checked {@link java.io.IOException} whose
 * message names the source, the line (text) or byte offset (binary) and what was expected.
 */
package org.radiomesh.mesh.io;
