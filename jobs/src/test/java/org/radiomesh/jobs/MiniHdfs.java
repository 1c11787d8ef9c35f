package org.radiomesh.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.hdfs.MiniDFSCluster;

/**
 * One in-process HDFS (a NameNode and a DataNode bound to 127.0.0.1) shared by the tests that read or write
 * {@code hdfs://} URIs; started on first use and stopped when the test JVM exits.
 */
public final class MiniHdfs {
  private static MiniDFSCluster cluster;

  private MiniHdfs() {}

  /** The running cluster's file system URI, for example {@code hdfs://127.0.0.1:40123}. */
  public static synchronized String uri() {
    if (cluster == null) {
      try {
        Path base = Files.createTempDirectory("radiomesh-minidfs");
        Configuration conf = new Configuration();
        conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, base.toString());
        conf.set("dfs.namenode.rpc-address", "127.0.0.1:0");
        conf.set("dfs.namenode.http-address", "127.0.0.1:0");
        conf.set("dfs.datanode.address", "127.0.0.1:0");
        conf.set("dfs.datanode.http.address", "127.0.0.1:0");
        conf.set("dfs.datanode.ipc.address", "127.0.0.1:0");
        conf.setBoolean("dfs.permissions.enabled", false);
        // No host name lookups: a machine whose own name does not resolve (containers, chroots) still starts HDFS.
        conf.set("dfs.datanode.hostname", "127.0.0.1");
        conf.set("hadoop.http.authentication.kerberos.principal", "HTTP/127.0.0.1@LOCALHOST");
        cluster = new MiniDFSCluster.Builder(conf).numDataNodes(1).nameNodePort(0).build();
        cluster.waitActive();
        Runtime.getRuntime().addShutdownHook(new Thread(cluster::shutdown));
      } catch (IOException e) {
        throw new UncheckedIOException("starting MiniDFSCluster", e);
      }
    }
    return "hdfs://127.0.0.1:" + cluster.getNameNodePort();
  }
}
