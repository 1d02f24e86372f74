package org.vigie.ingest;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.vigie.model.Article;
import org.vigie.model.Batch;
import org.vigie.model.ContentHash;

/**
 * Turns every reader's drafts into articles the same way: whitespace normalized, a dateline taken for a title or
 * opening the body (or its second paragraph, after a standfirst) moved out of the text (and used as the date when the source gives none), a title derived when
 * missing and kept once when the body repeats it, the default date applied, the id given or hashed from the
 * content, and the result checked by {@link ArticleValidator}.
 */
final class ArticleAssembler {
  private static final Pattern LANGUAGE_TAG = Pattern.compile("([a-zA-Z]{2,3})(?:[-_][a-zA-Z0-9]{1,8})*");

  private final @Nullable LocalDate defaultPublished;

  ArticleAssembler(@Nullable LocalDate defaultPublished) {
    this.defaultPublished = defaultPublished;
  }

  Batch<Article> assemble(ArticleDraft draft) {
    String body = WhitespaceNormalizer.normalize(draft.text());
    String title = draft.title() == null ? "" : WhitespaceNormalizer.oneLine(draft.title());
    // Scrapers often take a page's dateline for its title, or leave it as the body's first line.
    LocalDate dateline = null;
    if (!title.isEmpty() && !body.isEmpty()) {
      dateline = PublicationDates.parse(title).orElse(null);
      if (dateline != null) {
        title = "";
      }
    }
    if (!title.isEmpty() && !body.isEmpty()) {
      // before the dateline: a page's body often starts with its headline, then the dated paragraph
      body = withoutRepeatedTitle(title, body);
    }
    // only when text follows it: a body that is nothing but a date is kept as it is
    PublicationDates.Leading lead = PublicationDates.opening(body).filter(l -> !l.rest().isEmpty()).orElse(null);
    if (lead != null) {
      body = lead.rest();
      dateline = dateline == null ? lead.date() : dateline;
    }
    if (body.isEmpty() && title.isEmpty()) {
      return Batch.failed(draft.source(), "no title and no article text");
    }
    if (body.isEmpty()) {
      // a headline alone (aggregators, feeds without descriptions) is still news to cluster
      return ArticleValidator.validate(article(draft, dateline, title, body));
    }
    if (title.isEmpty()) {
      TitleExtractor.Split split = TitleExtractor.firstSentence(body);
      title = split.title();
      body = split.rest();
    } else {
      // ... or after it: a dateline, then the headline again
      body = withoutRepeatedTitle(title, body);
    }
    return ArticleValidator.validate(article(draft, dateline, title, body));
  }

  /** @param dateline the date the text itself gives, used when the source gives none */
  private Article article(ArticleDraft draft, @Nullable LocalDate dateline, String title, String body) {
    String id = draft.id() == null || draft.id().isBlank() ? ContentHash.of(title, body) : draft.id().strip();
    LocalDate published = draft.published() != null ? draft.published()
        : dateline != null ? dateline : defaultPublished;
    Map<String, Object> metadata = draft.metadata();
    String language = draft.language() == null ? null : primaryLanguage(draft.language());
    if (draft.language() != null && language == null) {
      metadata = new HashMap<>(metadata);
      metadata.put("language", draft.language());
    }
    return new Article(
        id, draft.source(), blankToNull(draft.url()), blankToNull(draft.outlet()), title, published, language, body,
        metadata);
  }

  /** Scraped pages often repeat the headline as the first paragraph. */
  private static String withoutRepeatedTitle(String title, String body) {
    List<String> paragraphs = WhitespaceNormalizer.paragraphs(body);
    if (!WhitespaceNormalizer.oneLine(paragraphs.getFirst()).equals(title)) {
      return body;
    }
    return String.join(WhitespaceNormalizer.PARAGRAPH_BREAK, paragraphs.subList(1, paragraphs.size()));
  }

  /** "fr-FR" gives "fr"; a value that is not a language tag gives null. */
  private static @Nullable String primaryLanguage(String tag) {
    var matcher = LANGUAGE_TAG.matcher(tag.strip());
    return matcher.matches() ? matcher.group(1).toLowerCase(Locale.ROOT) : null;
  }

  private static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : WhitespaceNormalizer.oneLine(value);
  }
}
