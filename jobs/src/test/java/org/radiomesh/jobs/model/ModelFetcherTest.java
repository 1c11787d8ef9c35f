package org.radiomesh.jobs.model;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Device;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.radiomesh.jobs.MiniHdfs;
import org.radiomesh.model.LoadedModel;
import org.radiomesh.model.ModelIdentity;
import org.radiomesh.model.ModelReference;

/** Model directories on HDFS: copied once into the local cache under their content hash, then loaded from there. */
class ModelFetcherTest {

  @Test
  void anHdfsModelIsCopiedOnceUnderItsContentHashAndLoads() throws Exception {
    Configuration conf = new Configuration();
    String remote = MiniHdfs.uri() + "/models/vlm-" + UUID.randomUUID();
    FileSystem fs = new org.apache.hadoop.fs.Path(remote).getFileSystem(conf);
    fs.copyFromLocalFile(new org.apache.hadoop.fs.Path(VlmFixture.dir().toUri()), new org.apache.hadoop.fs.Path(remote));
    try (FSDataOutputStream out = fs.create(new org.apache.hadoop.fs.Path(remote + "/notes/.draft"))) {
      out.write("hidden files are not part of the model".getBytes(StandardCharsets.UTF_8));
    }
    Path cache = Files.createTempDirectory("radiomesh-model-cache");
    ModelReference ref = ModelReference.builder().setUri(remote).optOption("cacheDir", cache.toString()).build();
    String hash = ModelIdentity.contentHash(VlmFixture.dir());
    long copies = ModelFetcher.copies();

    Path local = ModelFetcher.localDirectory(ref, conf);
    assertThat(local).isEqualTo(cache.resolve(hash));
    assertThat(ModelIdentity.contentHash(local)).isEqualTo(hash);
    assertThat(local.resolve("notes")).doesNotExist();
    assertThat(ModelFetcher.localDirectory(ref, conf)).isEqualTo(local);
    assertThat(ModelFetcher.copies() - copies).isEqualTo(1);

    LoadedModel model = ExecutorModels.get(ref, Device.cpu(), conf);
    assertThat(model.identity().contentHash()).isEqualTo(hash);
    assertThat(model.directory().path()).isEqualTo(local);

    try (FSDataOutputStream out = fs.create(new org.apache.hadoop.fs.Path(remote + "/MODEL_CARD.md"))) {
      out.write("# a model card is documentation: same identity".getBytes(StandardCharsets.UTF_8));
    }
    // the listing changed, so it is fetched again, but it lands on the cached copy of the same identity
    assertThat(ModelFetcher.localDirectory(ref, conf)).isEqualTo(local);
    assertThat(ModelFetcher.copies() - copies).isEqualTo(2);
    try (FSDataOutputStream out = fs.create(new org.apache.hadoop.fs.Path(remote + "/extra.bin"))) {
      out.write("# changed".getBytes(StandardCharsets.UTF_8));
    }
    Path changed = ModelFetcher.localDirectory(ref, conf);
    assertThat(changed).isNotEqualTo(local);
    assertThat(changed.getFileName().toString()).isEqualTo(ModelIdentity.contentHash(changed));
    assertThat(ModelFetcher.copies() - copies).isEqualTo(3);
  }

  @Test
  void aLocalModelIsUsedWhereItIs() throws Exception {
    assertThat(ModelFetcher.localDirectory(ModelReference.of(VlmFixture.dir().toString()), new Configuration()))
        .isEqualTo(VlmFixture.dir());
    assertThat(ModelFetcher.localDirectory(ModelReference.of(VlmFixture.dir().toUri().toString()), new Configuration()))
        .isEqualTo(VlmFixture.dir());
  }
}
