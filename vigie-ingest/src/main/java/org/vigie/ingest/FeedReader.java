package org.vigie.ingest;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.vigie.model.Batch;

/**
 * Reads an RSS (0.9x, 1.0, 2.0) or Atom feed with Rome: one article per item, named {@code feed#N} (1-based),
 * with the item's link as URL (when it is an http(s) URL), the channel's title as outlet, and the body from the item's full content
 * ({@code content:encoded}, Atom {@code content}), else its description or summary. Item dates are UTC dates.
 */
final class FeedReader {
  private FeedReader() {}

  static Batch<ArticleDraft> read(String source, String xml) {
    SyndFeed feed;
    try {
      // Rome refuses DOCTYPE declarations by default, which shuts out XML entity attacks.
      feed = new SyndFeedInput().build(new StringReader(xml.strip()));
    } catch (FeedException | IllegalArgumentException e) {
      return Batch.failed(source, "not a readable RSS/Atom feed (" + firstLine(e.getMessage()) + ")");
    }
    String outlet = feed.getTitle() == null ? null : HtmlText.fragmentLine(feed.getTitle());
    List<ArticleDraft> drafts = new ArrayList<>();
    List<SyndEntry> entries = feed.getEntries();
    for (int i = 0; i < entries.size(); i++) {
      drafts.add(draft(source + "#" + (i + 1), entries.get(i), outlet, feed.getLanguage()));
    }
    return new Batch<>(drafts, List.of());
  }

  private static ArticleDraft draft(
      String source, SyndEntry entry, @Nullable String outlet, @Nullable String language) {
    String title = entry.getTitle() == null ? null : HtmlText.fragmentLine(entry.getTitle());
    Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    LocalDate published = date == null ? null : LocalDate.ofInstant(date.toInstant(), ZoneOffset.UTC);
    return new ArticleDraft(
        source, null, WebUrls.httpOrNull(entry.getLink()), outlet, title, published, language, body(entry),
        metadata(entry));
  }

  private static String body(SyndEntry entry) {
    List<SyndContent> candidates = new ArrayList<>(entry.getContents());
    if (entry.getDescription() != null) {
      candidates.add(entry.getDescription());
    }
    for (SyndContent content : candidates) {
      if (content.getValue() != null && !content.getValue().isBlank()) {
        return isPlainText(content) ? content.getValue() : HtmlText.fragmentParagraphs(content.getValue());
      }
    }
    return "";
  }

  private static boolean isPlainText(SyndContent content) {
    String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
    return type.equals("text") || type.equals("text/plain");
  }

  private static Map<String, Object> metadata(SyndEntry entry) {
    Map<String, Object> metadata = new LinkedHashMap<>();
    if (entry.getUri() != null && !entry.getUri().isBlank() && !entry.getUri().equals(entry.getLink())) {
      metadata.put("guid", entry.getUri());
    }
    if (entry.getAuthor() != null && !entry.getAuthor().isBlank()) {
      metadata.put("author", entry.getAuthor());
    }
    List<String> categories = entry.getCategories().stream()
        .map(SyndCategory::getName)
        .filter(name -> name != null && !name.isBlank())
        .toList();
    if (!categories.isEmpty()) {
      metadata.put("categories", categories);
    }
    return metadata;
  }

  private static String firstLine(@Nullable String message) {
    return message == null ? "unknown reason" : message.lines().findFirst().orElse("unknown reason");
  }
}
