package org.vigie.server;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vigie.model.ItemError;
import org.vigie.store.EntityProfile;
import org.vigie.store.EntitySummary;
import org.vigie.store.QuoteRow;
import org.vigie.store.SearchResult;
import org.vigie.store.StoryRecord;
import org.vigie.store.StorySummary;

/** The JSON shapes of the HTTP API, mapped explicitly from the store's records (see openapi.json). */
final class Dto {
  private Dto() {}

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
    static StoryItem of(StorySummary s, List<String> articleIds) {
      return new StoryItem(s.id(), s.title(), s.size(), iso(s.firstDate()), iso(s.lastDate()), articleIds,
          s.outlets(), s.languages());
    }

    static StoryItem of(StoryRecord r) {
      return new StoryItem(r.id(), r.title(), r.size(), iso(r.firstDate()), iso(r.lastDate()), r.articleIds(),
          List.of(), List.of());
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

  record Hit(
      String article, String title, String snippet, @Nullable String story, @Nullable String outlet,
      @Nullable String published, @Nullable String language, float score) {
    static Hit of(SearchResult.Hit h) {
      return new Hit(h.articleId(), h.title(), h.snippet(), h.storyId(), h.outlet(), iso(h.published()),
          h.language(), h.score());
    }
  }

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
          p.stories().stream().map(s -> StoryItem.of(s, List.of())).toList());
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
