package org.vigie.ingest;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jspecify.annotations.Nullable;

/**
 * Reads one web page: its metadata from {@link HtmlMetadata}, its body from the main content as Readability finds
 * it, else the page's {@code <article>}, {@code <main>} or whole body.
 */
final class HtmlArticleReader {
  /** Readability4J recurses over the tree; deeper pages (hostile or broken) skip it rather than overflow. */
  private static final int MAX_READABILITY_DEPTH = 256;

  private HtmlArticleReader() {}

  private static final String LOCAL_BASE = "file:///";

  static ArticleDraft read(String source, String html, @Nullable URI origin) {
    String baseUri = origin == null ? "" : origin.toString();
    Document document = Jsoup.parse(html, baseUri);
    HtmlMetadata metadata = HtmlMetadata.of(document, origin);
    return new ArticleDraft(
        source, null, metadata.url(), metadata.outlet(), metadata.title(), metadata.published(), metadata.language(),
        mainText(document, baseUri), Map.of());
  }

  private static String mainText(Document document, String baseUri) {
    List<@Nullable Element> candidates = new ArrayList<>();
    candidates.add(readabilityContent(document, baseUri));
    candidates.add(document.selectFirst("article"));
    candidates.add(document.selectFirst("main"));
    candidates.add(document.body());
    for (Element candidate : candidates) {
      String text = candidate == null ? "" : HtmlText.paragraphs(candidate);
      if (!text.isEmpty()) {
        return text;
      }
    }
    return "";
  }

  private static @Nullable Element readabilityContent(Document document, String baseUri) {
    if (deeperThan(document, MAX_READABILITY_DEPTH)) {
      return null;
    }
    try {
      // Readability rewrites the tree it is given, and logs an error for every link when it has no absolute base:
      // links do not reach the text, so a local file gets a placeholder base.
      String absoluteBase = baseUri.isEmpty() ? LOCAL_BASE : baseUri;
      return new Readability4J(absoluteBase, document.clone()).parse().getArticleContent();
    } catch (RuntimeException | StackOverflowError e) {
      // A heuristic that fails on odd markup: the fallbacks read the page without it.
      return null;
    }
  }

  private static boolean deeperThan(Node root, int maxDepth) {
    boolean[] deep = {false};
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (depth > maxDepth) {
          deep[0] = true;
          return FilterResult.STOP;
        }
        return FilterResult.CONTINUE;
      }
    }, root);
    return deep[0];
  }
}
