package org.radiomesh.mesh;

/**
 * The measures of one mesh, as {@link MeshMeasures#stats} computes them; units are the mesh's own (area in units²,
 * volume in units³). {@code bounds} is {@link BoundingBox#EMPTY} for a mesh without vertices; {@code componentCount}
 * counts classes of faces connected through shared vertices, and {@code unreferencedVertexCount} the vertices no face
 * uses (all of them in a point cloud); {@code edges} holds the edge counts behind the two topology flags.
 */
public record MeshStats(
    int vertexCount,
    int faceCount,
    double surfaceArea,
    double signedVolume,
    BoundingBox bounds,
    int degenerateFaceCount,
    boolean edgeManifold,
    boolean watertight,
    int componentCount,
    int unreferencedVertexCount,
    EdgeTopology edges) {}
