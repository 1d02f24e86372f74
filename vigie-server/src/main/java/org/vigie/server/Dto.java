package org.vigie.server;

import org.vigie.app.Attention;
import org.vigie.app.SourceLedger;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vigie.app.IngestReport;
import org.vigie.model.ItemError;
import org.vigie.store.EntityProfile;
import org.vigie.store.EntitySummary;
import org.vigie.store.QuoteRow;
import org.vigie.store.SearchResult;
import org.vigie.store.Snippet;
import org.vigie.store.StoredArticle;
import org.vigie.store.StorySummary;

/** The JSON shapes of the HTTP API, mapped explicitly from the application's records (see openapi.json). */
final class Dto {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Dto() {}

  /** An article: the analyze contract (the model's JSON shape of an analysed article), plus its current story. */
  static ObjectNode article(StoredArticle stored) {
    ObjectNode node = JSON.valueToTree(stored.article());
    node.put("story", stored.storyId());
    return node;
  }

  record Error(ErrorBody error) {
    static Error of(int status, String message) {
      return of(status, message, List.of());
    }

    static Error of(int status, String message, List<ItemError> items) {
      return new Error(new ErrorBody(status, message,
          items.stream().map(e -> new ErrorItem(e.source(), e.message())).toList()));
    }
  }

  /** @param items for a batch refused whole, each item and why (left out when empty) */
  record ErrorBody(int status, String message, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ErrorItem> items) {}

  record Health(String status, long articles, long stories) {}

  record Stories(List<StoryItem> stories) {}

  record StoryItem(
      String id, String title, int size, @Nullable String first, @Nullable String last, List<String> articles,
      List<String> outlets, List<String> languages) {
    static StoryItem of(StorySummary s) {
      return new StoryItem(s.id(), s.title(), s.size(), iso(s.firstDate()), iso(s.lastDate()), s.articleIds(),
          s.outlets(), s.languages());
    }

    /** Without its article ids, as an entity's profile lists its stories. */
    static StoryItem brief(StorySummary s) {
      return new StoryItem(s.id(), s.title(), s.size(), iso(s.firstDate()), iso(s.lastDate()), List.of(),
          s.outlets(), s.languages());
    }
  }

  record Search(long total, List<Hit> hits, Facets facets) {
    static Search of(SearchResult r) {
      return new Search(r.total(), r.hits().stream().map(Hit::of).toList(), new Facets(
          counts(r.facets().outlets()), counts(r.facets().languages()), counts(r.facets().entities())));
    }

    private static List<Count> counts(List<SearchResult.Count> counts) {
      return counts.stream().map(c -> new Count(c.value(), c.count())).toList();
    }
  }

  /**
   * @param snippet     HTML: the snippet's text escaped, matches in {@code <mark>}
   * @param snippetText the snippet as plain text
   * @param matches     where the matches are in {@code snippetText}
   */
  record Hit(
      String article, String title, String snippet, @JsonProperty("snippet_text") String snippetText,
      List<Match> matches, @Nullable String story, @Nullable String outlet, @Nullable String published,
      @Nullable String language, float score) {
    static Hit of(SearchResult.Hit h) {
      Snippet s = h.snippet();
      return new Hit(h.articleId(), h.title(), new Html().snippet(s).toString(), s.text(),
          s.matches().stream().map(m -> new Match(m.start(), m.end())).toList(), h.storyId(), h.outlet(),
          iso(h.published()), h.language(), h.score());
    }
  }

  record Match(int start, int end) {}

  record Facets(List<Count> outlets, List<Count> languages, List<Count> entities) {}

  record Count(String value, long count) {}

  record Entities(List<EntityItem> entities) {}

  record EntityItem(String id, String name, String type, List<String> roles, int articles, int quotes) {
    static EntityItem of(EntitySummary e) {
      return new EntityItem(e.id(), e.name(), e.type().name(), e.roles(), e.articleCount(), e.quoteCount());
    }
  }

  record Profile(EntityItem entity, List<Role> roles, List<QuoteItem> quotes, List<StoryItem> stories) {
    static Profile of(EntityProfile p) {
      return new Profile(EntityItem.of(p.entity()),
          p.roles().stream().map(r -> new Role(r.role(), r.articleId(), iso(r.published()))).toList(),
          p.quotes().stream().map(QuoteItem::of).toList(),
          p.stories().stream().map(StoryItem::brief).toList());
    }
  }

  record Role(String role, String article, @Nullable String published) {}

  record Quotes(List<QuoteItem> quotes) {}

  record QuoteItem(
      String text, @Nullable SpeakerItem speaker, boolean direct, String article, @Nullable String story,
      @Nullable String published) {
    static QuoteItem of(QuoteRow q) {
      SpeakerItem speaker = q.speaker() == null ? null : new SpeakerItem(q.speaker(), q.speakerEntityId());
      return new QuoteItem(q.text(), speaker, q.direct(), q.articleId(), q.storyId(), iso(q.published()));
    }
  }

  record SpeakerItem(String name, @Nullable String entity) {}

  record Ingested(
      List<String> ids, List<DuplicateItem> duplicates, List<ErrorItem> conflicts, List<ErrorItem> errors) {
    static Ingested of(IngestReport report) {
      return new Ingested(report.added(),
          report.duplicates().stream().map(d -> new DuplicateItem(d.source(), d.duplicateOf())).toList(),
          report.conflicts().stream().map(e -> new ErrorItem(e.source(), e.message())).toList(),
          report.errors().stream().map(e -> new ErrorItem(e.source(), e.message())).toList());
    }
  }

  record DuplicateItem(String source, @JsonProperty("duplicate_of") String duplicateOf) {}

  record ErrorItem(String source, String message) {}

  static @Nullable String iso(@Nullable LocalDate date) {
    return date == null ? null : date.toString();
  }

  /** A count over time, in the shape of Media Cloud's: per interval the matches, all articles, and the ratio. */
  record CountOverTime(String interval, long total, long undated, List<IntervalCount> counts) {
    static CountOverTime of(Attention a) {
      return new CountOverTime(a.interval().label(), a.total(), a.undated(), a.counts().stream()
          .map(p -> new IntervalCount(p.date().toString(), p.count(), p.totalCount(), p.ratio())).toList());
    }
  }

  record IntervalCount(String date, long count, @JsonProperty("total_count") long totalCount, double ratio) {}

  /** One page of the articles a filter matches; {@code next} is the {@code after} of the next page, null at the end. */
  record ArticlePage(List<ArticleLine> articles, @Nullable Long next) {}

  record ArticleLine(
      String id, String title, @Nullable String outlet, @Nullable String published, @Nullable String language,
      @Nullable String story, long sequence) {
    static ArticleLine of(StoredArticle s) {
      var a = s.article();
      return new ArticleLine(a.id(), a.title(), a.outlet(), a.published(),
          a.language() != null ? a.language() : a.article().language(), s.storyId(), s.sequence());
    }
  }

  /** The completeness ledger per outlet. */
  record Sources(@Nullable String reference, List<SourceItem> sources) {
    static Sources of(SourceLedger ledger) {
      return new Sources(iso(ledger.reference()), ledger.sources().stream().map(SourceItem::of).toList());
    }
  }

  record SourceItem(
      String outlet, long articles, long duplicates, long errors,
      @JsonProperty("first_article") @Nullable String firstArticle,
      @JsonProperty("last_article") @Nullable String lastArticle,
      @JsonProperty("first_ingested") String firstIngested, @JsonProperty("last_ingested") String lastIngested,
      @JsonProperty("usual_gap_days") long usualGapDays, boolean stopped, List<SourceDayItem> days) {
    static SourceItem of(SourceLedger.Source s) {
      return new SourceItem(s.outlet(), s.articles(), s.duplicates(), s.errors(), iso(s.firstArticle()),
          iso(s.lastArticle()), s.firstIngested().toString(), s.lastIngested().toString(), s.usualGapDays(),
          s.stopped(), s.days().stream().map(d -> new SourceDayItem(d.day().toString(), d.articles(),
              d.duplicates(), d.errors(), d.firstAt().toString(), d.lastAt().toString())).toList());
    }
  }

  record SourceDayItem(
      String day, long articles, long duplicates, long errors, @JsonProperty("first_at") String firstAt,
      @JsonProperty("last_at") String lastAt) {}
}
