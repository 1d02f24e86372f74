package org.vigie.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.model.Article;
import org.vigie.model.ItemError;

/** Every way an input can fail, each reported as an error naming it, while the rest of the batch goes on. */
class InputErrorsTest {
  @TempDir Path dir;

  @Test
  void emptyFileIsAnError() {
    assertOnlyError(Inputs.write(dir, "empty.txt", ""), "empty file");
  }

  @Test
  void whitespaceOnlyFileIsAnError() {
    assertOnlyError(Inputs.write(dir, "blank.txt", " \n\t\r\n\u00a0\n"), "whitespace-only file");
  }

  @Test
  void binaryFileIsAnError() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    assertOnlyError(Inputs.write(dir, "photo.txt", png), "binary content, not an article (PNG image)");
  }

  @Test
  void fileWithNulBytesIsAnError() {
    Path file = Inputs.write(dir, "data", new byte[] {'a', 0, 'b', 0, 'c'});
    assertOnlyError(file, "binary content, not an article (NUL bytes)");
  }

  @Test
  void malformedJsonLineIsAnErrorAndTheOtherLinesStillCome() {
    Path file = Inputs.write(dir, "lines.jsonl", "{\"title\": \"Un\", \"text\": \"Premier.\"}\n{\"title\": \n"
        + "{\"title\": \"Trois\", \"text\": \"Troisième.\"}\n");
    IngestResult result = Inputs.read(file);
    assertThat(result.articles()).extracting(Article::source).containsExactly(file + ":1", file + ":3");
    assertThat(result.errors()).singleElement().satisfies(error -> {
      assertThat(error.source()).isEqualTo(file + ":2");
      assertThat(error.message()).startsWith("malformed JSON (");
    });
  }

  @Test
  void jsonThatIsNotAnObjectOrArrayOfObjectsIsAnError() {
    assertOnlyError(Inputs.write(dir, "number.json", "42"), "JSON is not an object or an array of objects");
  }

  @Test
  void undecodableBytesAreReadAsWindows1252() {
    byte[] latin1 = "Réunion à l'Élysée\n\nLe préfet est arrivé.".getBytes(StandardCharsets.ISO_8859_1);
    Path file = Inputs.write(dir, "latin1.txt", latin1);
    IngestResult result = Inputs.read(file);
    assertThat(result.errors()).isEmpty();
    assertThat(result.articles().getFirst().text()).isEqualTo("Réunion à l'Élysée\n\nLe préfet est arrivé.");
  }

  @Test
  void fileLargerThanTheLimitIsAnErrorWithoutBeingRead() throws IOException {
    Path file = dir.resolve("huge.txt");
    byte[] megabyte = "Une ligne de texte ordinaire.\n".repeat(1 << 15).getBytes(StandardCharsets.UTF_8);
    megabyte = Arrays.copyOf(megabyte, 1 << 20);
    try (OutputStream out = Files.newOutputStream(file)) {
      for (int i = 0; i < 50; i++) {
        out.write(megabyte);
      }
    }
    assertOnlyError(file, "file too large (50.0 MB > 10.0 MB limit)");
  }

  @Test
  void jsonDocumentLargerThanTheLimitPointsToJsonLines() {
    Path file = Inputs.write(dir, "all.json", "[{\"text\": \"" + "x".repeat(2000) + "\"}]");
    IngestResult result = new Ingestor(new IngestOptions(null, 1024, IngestOptions.DEFAULT_HTTP_TIMEOUT))
        .read(List.of(file.toString()));
    assertThat(result.errors()).singleElement().satisfies(error -> {
      assertThat(error.source()).isEqualTo(file.toString());
      assertThat(error.message()).startsWith("file too large (").contains("JSON Lines");
    });
  }

  @Test
  void nonexistentPathIsAnError() {
    assertOnlyError(dir.resolve("missing.txt"), "no such file or directory");
  }

  @Test
  void brokenLinkInADirectoryIsAnErrorAndTheOtherFilesStillCome() throws IOException {
    Path corpus = dir.resolve("corpus");
    Inputs.write(corpus, "a.txt", "Titre\n\nCorps.");
    Path link = Files.createSymbolicLink(corpus.resolve("b.txt"), corpus.resolve("gone.txt"));
    IngestResult result = Inputs.read(corpus);
    assertThat(result.articles()).extracting(Article::source).containsExactly(corpus.resolve("a.txt").toString());
    assertThat(result.errors()).containsExactly(new ItemError(link.toString(), "broken symbolic link"));
  }

  @Test
  void unreadableFileInADirectoryIsAnErrorAndTheOtherFilesStillCome() throws IOException {
    Path corpus = dir.resolve("corpus");
    Inputs.write(corpus, "a.txt", "Titre\n\nCorps.");
    Path locked = Inputs.write(corpus, "b.txt", "Secret\n\nCorps secret.");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    assumeFalse(Files.isReadable(locked), "file permissions do not apply to this user (root?)");
    IngestResult result = Inputs.read(corpus);
    assertThat(result.articles()).hasSize(1);
    assertThat(result.errors()).containsExactly(new ItemError(locked.toString(), "permission denied"));
  }

  @Test
  void unreadableDirectoryIsAnErrorAndTheOtherFilesStillCome() throws IOException {
    Path corpus = dir.resolve("corpus");
    Inputs.write(corpus, "a.txt", "Titre\n\nCorps.");
    Path locked = Files.createDirectories(corpus.resolve("locked"));
    Inputs.write(locked, "b.txt", "Secret\n\nCorps secret.");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      assumeFalse(Files.isReadable(locked), "file permissions do not apply to this user (root?)");
      IngestResult result = Inputs.read(corpus);
      assertThat(result.articles()).hasSize(1);
      assertThat(result.errors()).containsExactly(new ItemError(locked.toString(), "permission denied"));
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void specialFileIsAnError() {
    Path devNull = Path.of("/dev/null");
    assumeTrue(Files.exists(devNull), "no /dev/null here");
    assertOnlyError(devNull, "not a regular file");
  }

  @Test
  void unsupportedUrlSchemeIsAnError() {
    IngestResult result = new Ingestor(IngestOptions.defaults()).read(List.of("ftp://example.org/news.txt"));
    assertThat(result.errors()).containsExactly(
        new ItemError("ftp://example.org/news.txt", "unsupported URL scheme 'ftp' (only http and https)"));
  }

  @Test
  void aBadInputNeverStopsTheBatch() {
    Path good = Inputs.write(dir, "good.txt", "Titre\n\nCorps.");
    Path empty = Inputs.write(dir, "empty.txt", "");
    IngestResult result = new Ingestor(IngestOptions.defaults())
        .read(List.of(empty.toString(), dir.resolve("missing").toString(), "gopher://x", good.toString()));
    assertThat(result.articles()).extracting(Article::source).containsExactly(good.toString());
    assertThat(result.errors()).extracting(ItemError::source)
        .containsExactly(empty.toString(), dir.resolve("missing").toString(), "gopher://x");
  }

  private static void assertOnlyError(Path file, String message) {
    IngestResult result = Inputs.read(file);
    assertThat(result.articles()).isEmpty();
    assertThat(result.duplicates()).isEmpty();
    assertThat(result.errors()).containsExactly(new ItemError(file.toString(), message));
  }
}
