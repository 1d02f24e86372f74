package org.vigie.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
   * @param source      the input's name as the user gave it
   * @param contentType the HTTP Content-Type, when the input came over HTTP
   * @param origin      the URL the content was downloaded from, when it was
   */
  Batch<Article> read(String source, Content content, @Nullable String contentType, @Nullable URI origin) {
    List<Article> articles = new ArrayList<>();
    List<ItemError> errors = new ArrayList<>();
    try {
      Batch<ArticleDraft> drafts = drafts(source, content, contentType, origin);
      errors.addAll(drafts.errors());
      for (ArticleDraft draft : drafts.items()) {
        Batch<Article> article = assembler.assemble(draft);
        articles.addAll(article.items());
        errors.addAll(article.errors());
      }
    } catch (IOException e) {
      errors.add(new ItemError(source, IoErrors.describe(e)));
    } catch (RuntimeException | StackOverflowError e) {
      // A reader bug must cost one input, not the batch.
      errors.add(new ItemError(source, "could not read (" + e + ")"));
    }
    if (articles.isEmpty() && errors.isEmpty()) {
      errors.add(new ItemError(source, "no articles found"));
    }
    return new Batch<>(articles, errors);
  }

  private Batch<ArticleDraft> drafts(
      String source, Content content, @Nullable String contentType, @Nullable URI origin) throws IOException {
    long size = content.size();
    if (size == 0) {
      return Batch.failed(source, "empty file");
    }
    byte[] head = content.head(FormatSniffer.HEAD_BYTES);
    Optional<String> binary = FormatSniffer.whyBinary(head);
    if (binary.isPresent()) {
      return Batch.failed(source, "binary content, not an article (" + binary.get() + ")");
    }
    Format format = FormatSniffer.detect(source, contentType, TextDecoder.decode(head));
    if (format == Format.JSON_LINES && !TextDecoder.hasUtf16Bom(head)) {
      try (InputStream in = content.open()) {
        return jsonReader.readLines(source, in);
      }
    }
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
      case JSON_LINES -> jsonReader.readLines(source, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
      case HTML -> Batch.of(HtmlArticleReader.read(source, text, origin));
      case FEED -> FeedReader.read(source, text);
    };
  }
}
