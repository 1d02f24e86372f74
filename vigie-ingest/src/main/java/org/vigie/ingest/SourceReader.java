package org.vigie.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.vigie.model.Article;
import org.vigie.model.Batch;
import org.vigie.model.ItemError;

/**
 * Reads one input (a file, a download or posted bytes) into articles: refuses empty, binary and oversized inputs,
 * detects the format, hands the decoded text to the format's reader, and assembles the drafts. JSON Lines is
 * streamed and only its lines are size-limited; every other format is read whole. Never throws: whatever goes
 * wrong is an error naming the input, and an input that yields nothing is an error too.
 */
final class SourceReader {
  private final long maxBytes;
  private final ArticleAssembler assembler;
  private final JsonArticleReader jsonReader;

  SourceReader(IngestOptions options) {
    this.maxBytes = options.maxArticleBytes();
    this.assembler = new ArticleAssembler(options.defaultPublished());
    this.jsonReader = new JsonArticleReader(options.maxArticleBytes());
  }

  /**
   * Reads the input, handing {@code out} its articles and errors as they are read: item by item for JSON Lines,
   * whole for the other formats.
   *
   * @param source      the input's name as the user gave it
   * @param contentType the HTTP Content-Type, when the input came over HTTP
   * @param origin      the URL the content was downloaded from, when it was
   */
  void read(String source, Content content, @Nullable String contentType, @Nullable URI origin,
      Consumer<Batch<Article>> out) {
    boolean[] any = {false};
    Consumer<Batch<ArticleDraft>> assemble = drafts -> {
      List<Article> articles = new ArrayList<>();
      List<ItemError> errors = new ArrayList<>(drafts.errors());
      for (ArticleDraft draft : drafts.items()) {
        Batch<Article> article = assembler.assemble(draft);
        articles.addAll(article.items());
        errors.addAll(article.errors());
      }
      any[0] |= !articles.isEmpty() || !errors.isEmpty();
      out.accept(new Batch<>(articles, errors));
    };
    try {
      drafts(source, content, contentType, origin, assemble);
    } catch (IOException e) {
      any[0] = true;
      out.accept(Batch.failed(source, IoErrors.describe(e)));
    } catch (RuntimeException | StackOverflowError e) {
      // A reader bug must cost one input, not the batch.
      any[0] = true;
      out.accept(Batch.failed(source, "could not read (" + e + ")"));
    }
    if (!any[0]) {
      out.accept(Batch.failed(source, "no articles found"));
    }
  }

  private void drafts(String source, Content content, @Nullable String contentType, @Nullable URI origin,
      Consumer<Batch<ArticleDraft>> out) throws IOException {
    long size = content.size();
    if (size == 0) {
      out.accept(Batch.failed(source, "empty file"));
      return;
    }
    byte[] head = content.head(FormatSniffer.HEAD_BYTES);
    Optional<String> binary = FormatSniffer.whyBinary(head);
    if (binary.isPresent()) {
      out.accept(Batch.failed(source, "binary content, not an article (" + binary.get() + ")"));
      return;
    }
    Format format = FormatSniffer.detect(source, contentType, TextDecoder.decode(head));
    if (format == Format.JSON_LINES && !TextDecoder.hasUtf16Bom(head)) {
      try (InputStream in = content.open()) {
        jsonReader.readLines(source, in, out);
        return;
      }
    }
    out.accept(whole(source, content, contentType, origin, size, head, format));
  }

  private Batch<ArticleDraft> whole(String source, Content content, @Nullable String contentType,
      @Nullable URI origin, long size, byte[] head, Format format) throws IOException {
    if (size > maxBytes) {
      String hint = format == Format.JSON || format == Format.FEED ? "; large collections belong in JSON Lines" : "";
      return Batch.failed(source, ByteSizes.tooLarge("file", size, maxBytes) + hint);
    }
    String text = TextDecoder.decode(content.readAll(), DeclaredCharset.find(contentType, head));
    if (WhitespaceNormalizer.normalize(text).isEmpty()) {
      return Batch.failed(source, "whitespace-only file");
    }
    return switch (format) {
      case TEXT -> Batch.of(PlainTextReader.read(source, text, origin));
      case JSON -> jsonReader.readDocument(source, text);
      case JSON_LINES -> {
        List<Batch<ArticleDraft>> lines = new ArrayList<>();
        jsonReader.readLines(source, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), lines::add);
        yield lines.stream().reduce(Batch.empty(), Batch::plus);
      }
      case HTML -> Batch.of(HtmlArticleReader.read(source, text, origin));
      case FEED -> FeedReader.read(source, text);
    };
  }
}
