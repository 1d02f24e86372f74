package org.vigie.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorpusSplitTest {

  @Test
  void split_sortsByFileName_devTakesEvenIndexes_testOdd() {
    List<Path> files = List.of(Path.of("x/d.tml"), Path.of("y/a.tml"), Path.of("c.tml"), Path.of("b.tml"),
        Path.of("e.tml"));

    CorpusSplit split = CorpusSplit.of(files);

    assertThat(split.dev()).extracting(path -> path.getFileName().toString()).containsExactly("a.tml", "c.tml",
        "e.tml");
    assertThat(split.test()).extracting(path -> path.getFileName().toString()).containsExactly("b.tml", "d.tml");
    assertThat(split.all()).hasSize(5);
  }
}
