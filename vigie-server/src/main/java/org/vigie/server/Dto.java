package org.vigie.server;

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
}
