package org.vigie.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.model.Article;
import org.vigie.model.Duplicate;
import org.vigie.model.ItemError;

class DirectoryInputTest {
  @TempDir Path dir;

  @Test
  void directoryIsReadRecursivelyInSortedOrderSkippingHiddenFiles() {
    Path corpus = dir.resolve("corpus");
    Inputs.write(corpus, "b.txt", "Titre B\n\nCorps B.");
    Inputs.write(corpus, "a.txt", "Titre A\n\nCorps A.");
    Inputs.write(corpus, "2026/mars/c.json", "{\"title\": \"Titre C\", \"text\": \"Corps C.\"}");
    Inputs.write(corpus, ".hidden.txt", "Caché\n\nNe pas lire.");
    Inputs.write(corpus, ".git/config.txt", "Caché\n\nNe pas lire.");
    IngestResult result = Inputs.read(corpus);
    assertThat(result.errors()).isEmpty();
    assertThat(result.articles()).extracting(Article::source).containsExactly(
        corpus.resolve("2026/mars/c.json").toString(), corpus.resolve("a.txt").toString(),
        corpus.resolve("b.txt").toString());
  }

  @Test
  void filesUnderADirectoryAreNamedAsTheUserWouldWriteThem() {
    Inputs.write(dir, "corpus/a.txt", "Titre\n\nCorps.");
    String given = dir + "/corpus/";
    IngestResult result = new Ingestor(IngestOptions.defaults()).read(List.of(given));
    assertThat(result.articles()).extracting(Article::source).containsExactly(dir + "/corpus/a.txt");
  }

  @Test
  void explicitlyNamedHiddenFileIsRead() {
    Path hidden = Inputs.write(dir, ".brouillon.txt", "Titre\n\nCorps.");
    assertThat(Inputs.read(hidden).articles()).hasSize(1);
  }

  @Test
  void filesOfOtherFormatsInADirectoryAreSkippedAndReported() {
    Path corpus = dir.resolve("corpus");
    Inputs.write(corpus, "a.txt", "Titre A\n\nCorps A.");
    Inputs.write(corpus, "sans-extension", "Titre B\n\nCorps B.");
    Inputs.write(corpus, "README.md", "# Ce dossier\n\nDes articles.");
    IngestResult result = Inputs.read(corpus);
    assertThat(result.articles()).extracting(Article::source).containsExactly(
        corpus.resolve("a.txt").toString(), corpus.resolve("sans-extension").toString());
    assertThat(result.skipped()).extracting(Skipped::source).containsExactly(corpus.resolve("README.md").toString());
    assertThat(result.errors()).isEmpty();
  }

  @Test
  void aFileNamedExplicitlyIsReadWhateverItsExtension() {
    Path notes = Inputs.write(dir, "notes.md", "Titre\n\nCorps.");
    assertThat(Inputs.read(notes).articles()).hasSize(1);
  }

  @Test
  void directoryWithNoArticleFileIsAnError() {
    Path photos = dir.resolve("photos");
    Inputs.write(photos, "port.jpg", "pas une image");
    IngestResult result = Inputs.read(photos);
    assertThat(result.errors()).containsExactly(
        new ItemError(photos.toString(), "no article files (1 file(s) of other formats skipped)"));
    assertThat(result.skipped()).hasSize(1);
  }

  @Test
  void emptyDirectoryIsAnError() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("vide"));
    assertThat(Inputs.read(empty).errors())
        .containsExactly(new ItemError(empty.toString(), "empty directory (no visible files)"));
  }

  @Test
  void sameContentInTwoFilesIsReportedAsADuplicateOfTheFirst() {
    Path first = Inputs.write(dir, "a.txt", "Le port rouvre\n\nLes ferries reprennent.");
    Path reprint = Inputs.write(dir, "b.txt", "Le port rouvre\n\n\n\nLes ferries   reprennent.\n");
    IngestResult result = Inputs.read(first, reprint);
    assertThat(result.articles()).hasSize(1);
    assertThat(result.duplicates())
        .containsExactly(new Duplicate(reprint.toString(), result.articles().getFirst().id()));
  }

  @Test
  void sameIdWithOtherContentIsAnErrorAndTheFirstIsKept() {
    Path file = Inputs.write(dir, "a.jsonl", """
        {"id": "x1", "title": "Un", "text": "Premier."}
        {"id": "x1", "title": "Un (mis à jour)", "text": "Premier, corrigé."}
        {"id": "x1", "title": "Un", "text": "Premier."}
        """);
    IngestResult result = Inputs.read(file);
    assertThat(result.articles()).extracting(Article::title).containsExactly("Un");
    assertThat(result.errors()).singleElement().satisfies(e -> {
      assertThat(e.source()).isEqualTo(file + ":2");
      assertThat(e.message()).contains("'x1' is already given to other content by " + file + ":1");
    });
    assertThat(result.duplicates()).containsExactly(new Duplicate(file + ":3", "x1"));
  }

  @Test
  void sameContentUnderAnotherIdIsADuplicateOfTheFirstId() {
    Path file = Inputs.write(dir, "a.jsonl", """
        {"id": "x1", "title": "Un", "text": "Premier."}
        {"id": "x2", "title": "Un", "text": "Premier."}
        """);
    assertThat(Inputs.read(file).duplicates()).containsExactly(new Duplicate(file + ":2", "x2", "x1"));
  }

  @Test
  void theSameFileGivenTwiceIsADuplicate() {
    Path file = Inputs.write(dir, "a.txt", "Titre\n\nCorps.");
    IngestResult result = Inputs.read(file, file);
    assertThat(result.articles()).hasSize(1);
    assertThat(result.duplicates()).hasSize(1);
  }
}
