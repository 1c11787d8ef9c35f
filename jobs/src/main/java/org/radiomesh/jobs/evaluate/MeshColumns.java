package org.radiomesh.jobs.evaluate;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.radiomesh.mesh.TriangleMesh;
import scala.collection.Seq;

/**
 * The Spark representation of a mesh in radiomesh tables: a struct of {@code vertices} (array&lt;float&gt;, x y z
 * interleaved, millimetres) and {@code faces} (array&lt;int&gt;, three vertex indices per triangle), and the
 * conversions to and from {@link TriangleMesh}.
 */
public final class MeshColumns {
  /** struct&lt;vertices: array&lt;float&gt;, faces: array&lt;int&gt;&gt;. */
  public static final StructType MESH = new StructType()
      .add("vertices", DataTypes.createArrayType(DataTypes.FloatType, false))
      .add("faces", DataTypes.createArrayType(DataTypes.IntegerType, false));

  private MeshColumns() {}

  /** A mesh table ({@code id}, {@code vertices}, {@code faces}) as {@code id, mesh}. */
  static Dataset<Row> meshTable(SparkSession spark, String path) {
    Dataset<Row> t = spark.read().parquet(path);
    List<String> names = Arrays.asList(t.columns());
    if (!names.containsAll(List.of("id", "vertices", "faces"))) {
      throw new IllegalArgumentException(path + ": a mesh table needs columns id, vertices, faces; found " + names);
    }
    return t.selectExpr("cast(id as string) as id", "named_struct('vertices', vertices, 'faces', faces) as mesh");
  }

  /** The mesh in a {@link #MESH} struct. */
  public static TriangleMesh toMesh(Row struct) {
    Seq<?> v = struct.getSeq(0);
    Seq<?> f = struct.isNullAt(1) ? null : struct.getSeq(1);
    float[] xyz = new float[v.size()];
    for (int i = 0; i < xyz.length; i++) {
      xyz[i] = ((Number) v.apply(i)).floatValue();
    }
    int[] faces = new int[f == null ? 0 : f.size()];
    for (int i = 0; i < faces.length; i++) {
      faces[i] = ((Number) f.apply(i)).intValue();
    }
    return TriangleMesh.of(xyz, faces);
  }

  /** A {@link #MESH} struct value for {@code mesh}. */
  public static Row toRow(TriangleMesh mesh) {
    float[] xyz = mesh.xyz();
    Float[] v = new Float[xyz.length];
    for (int i = 0; i < xyz.length; i++) {
      v[i] = xyz[i];
    }
    int[] faces = mesh.faces();
    Integer[] f = new Integer[faces.length];
    for (int i = 0; i < faces.length; i++) {
      f[i] = faces[i];
    }
    return org.apache.spark.sql.RowFactory.create(v, f);
  }
}
