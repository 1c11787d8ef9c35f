package org.radiomesh.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HadoopFilesTest {
  @Test
  void filesListsTheSameFilesAsAWalkOfARandomTree(@TempDir Path dir) throws Exception {
    Random random = new Random(11);
    List<Path> folders = new ArrayList<>(List.of(dir));
    for (int i = 0; i < 40; i++) {
      Path parent = folders.get(random.nextInt(folders.size()));
      Path folder = Files.createDirectories(parent.resolve("d" + i));
      folders.add(folder);
    }
    for (int i = 0; i < 150; i++) {
      Path parent = folders.get(random.nextInt(folders.size()));
      Files.write(parent.resolve((i % 7 == 0 ? "_" : i % 5 == 0 ? "." : "f") + i), new byte[random.nextInt(50)]);
    }
    List<String> expected;
    try (Stream<Path> walk = Files.walk(dir)) {
      expected = walk.filter(Files::isRegularFile).map(p -> p.toUri().getPath() + " " + p.toFile().length())
          .sorted().toList();
    }
    org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(dir.toUri());
    FileSystem fs = root.getFileSystem(new Configuration());
    List<String> listed = new ArrayList<>();
    for (Iterator<FileStatus> it = HadoopFiles.files(fs, root); it.hasNext(); ) {
      FileStatus st = it.next();
      listed.add(st.getPath().toUri().getPath() + " " + st.getLen());
    }
    assertThat(listed).hasSize(150).doesNotHaveDuplicates();
    assertThat(listed.stream().sorted().toList()).isEqualTo(expected);
  }
}
