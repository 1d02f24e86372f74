package org.vigie.server;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.vigie.app.Attention;
import org.vigie.model.Actor;
import org.vigie.model.ActorRole;
import org.vigie.model.CarriedQuote;
import org.vigie.model.Divergence;
import org.vigie.model.DivergenceClaim;
import org.vigie.model.Dossier;
import org.vigie.model.DossierArticle;
import org.vigie.model.EntityType;
import org.vigie.model.Excerpt;
import org.vigie.model.QuoteCarrier;
import org.vigie.model.SpeakerQuotes;
import org.vigie.model.TimelineEntry;
import org.vigie.model.TimelineSource;
import org.vigie.store.ArticleFilter;
import org.vigie.store.EntityProfile;
import org.vigie.store.EntitySummary;
import org.vigie.store.QuoteRow;
import org.vigie.store.SearchResult;
import org.vigie.store.Store;
import org.vigie.store.StoryQuery;
import org.vigie.store.StoryRecord;
import org.vigie.store.StorySummary;

/** The server-rendered pages. Everything that comes from articles goes through {@link Html}'s escaping. */
final class Pages {
  private static final int HOME_STORIES = 100;
  private static final int SEARCH_HITS = 50;
  private static final int HOME_ENTITIES = 15;
  /** People first, places last; a stable sort keeps the dossier's order within a type. */
  private static final List<EntityType> ACTOR_ORDER =
      List.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.MISC, EntityType.LOCATION);

  private final Store store;

  Pages(Store store) {
    this.store = store;
  }

  String home(@Nullable LocalDate since, @Nullable String entity) {
    Html body = new Html();
    var health = store.health();
    body.open("section", "class", "intro");
    body.el("h1", "Stories");
    body.el("p", health.articles() + " articles in " + health.stories() + " stories, most recent first.",
        "class", "muted");
    body.close("section");
    List<StorySummary> stories = store.stories(
        StoryQuery.all().withSince(since).withEntity(entity).withLimit(HOME_STORIES));
    if (stories.isEmpty()) {
      body.el("p", "No story yet: ingest articles with `vigie ingest PATH` or POST them to /api/articles.",
          "class", "empty");
    }
    body.open("div", "class", "home-layout");
    body.open("ol", "class", "stories");
    for (StorySummary s : stories) {
      body.open("li", "class", "story-card");
      body.open("a", "href", Html.link("/stories/", s.id()), "class", "story-title").text(s.title()).close("a");
      body.open("div", "class", "meta");
      body.el("span", s.size() + (s.size() == 1 ? " article" : " articles"), "class", "size");
      body.el("span", dateRange(s.firstDate(), s.lastDate()), "class", "dates");
      for (String outlet : s.outlets()) {
        body.el("span", outlet, "class", "chip");
      }
      for (String language : s.languages()) {
        body.el("span", language, "class", "chip lang");
      }
      body.close("div");
      body.close("li");
    }
    body.close("ol");
    List<EntitySummary> named = store.entities("");
    body.open("aside", "class", "facets");
    body.el("h3", "Most named");
    if (named.isEmpty()) {
      body.el("p", "No entity yet.", "class", "empty");
    }
    body.open("ul", "class", "entities");
    for (EntitySummary e : named.subList(0, Math.min(HOME_ENTITIES, named.size()))) {
      body.open("li").open("a", "href", Html.link("/entities/", e.id())).text(e.name()).close("a");
      body.text(" ").el("span", String.valueOf(e.articleCount()), "class", "count").close("li");
    }
    body.close("ul").close("aside");
    body.close("div");
    return page("Vigie — stories", body);
  }

  String story(String id) {
    StoryRecord record = store.story(id)
        .orElseThrow(() -> ApiException.notFound("no story with id '" + Excerpt.of(id) + "'"));
    Dossier dossier = record.dossier();
    Html body = new Html();
    body.open("article", "class", "dossier");
    body.el("h1", record.title());
    body.open("p", "class", "muted");
    body.text(record.size() + (record.size() == 1 ? " article, " : " articles, ")
        + dateRange(record.firstDate(), record.lastDate()));
    body.text(" · ").open("a", "href", Html.link("/api/stories/", id)).text("dossier as JSON").close("a");
    body.close("p");

    Map<String, String> outlets = new LinkedHashMap<>();
    for (DossierArticle a : dossier.articles()) {
      outlets.put(a.id(), textOr(a.outlet(), shorten(a.title())));
    }

    body.open("section", "id", "timeline").el("h2", "Timeline");
    body.append(TimelineSvg.render(publicationDays(dossier), reportedDays(dossier)));
    if (!dossier.timeline().isEmpty()) {
      body.open("details", "class", "events");
      body.el("summary", "What the articles say, day by day (" + dossier.timeline().size() + " days)");
      body.open("ol", "class", "events");
      for (TimelineEntry day : dossier.timeline()) {
        body.open("li");
        body.el("time", day.date());
        body.open("ul");
        Set<String> seen = new LinkedHashSet<>();
        for (TimelineSource source : day.sources()) {
          String outlet = textOr(source.outlet(), outlets.getOrDefault(source.article(), "?"));
          if (seen.add(outlet + "\u0000" + source.sentence())) {
            body.open("li");
            body.el("span", outlet, "class", "chip");
            body.text(" ").el("q", source.sentence());
            body.close("li");
          }
        }
        body.close("ul");
        body.close("li");
      }
      body.close("ol");
      body.close("details");
    }
    body.close("section");

    body.open("section", "id", "actors").el("h2", "Actors");
    if (dossier.actors().isEmpty()) {
      body.el("p", "No named actor.", "class", "empty");
    }
    body.open("ul", "class", "actors");
    List<Actor> actors = new ArrayList<>(dossier.actors());
    actors.sort(Comparator.comparingInt(a -> ACTOR_ORDER.indexOf(a.type())));
    for (Actor actor : actors) {
      body.open("li");
      body.open("a", "href", Html.link("/entities/", actor.id())).el("strong", actor.name()).close("a");
      body.text(" ").el("span", actor.type().name().toLowerCase(Locale.ROOT), "class", "type");
      Set<String> roles = new LinkedHashSet<>();
      for (ActorRole role : actor.roles()) {
        roles.add(role.role() + " (" + outlets.getOrDefault(role.article(), "?") + ")");
      }
      if (!roles.isEmpty()) {
        body.el("div", String.join("; ", roles), "class", "roles");
      }
      body.close("li");
    }
    body.close("ul");
    body.close("section");

    body.open("section", "id", "quotes").el("h2", "Quotes by speaker");
    if (dossier.quotes().isEmpty()) {
      body.el("p", "No quote.", "class", "empty");
    }
    for (SpeakerQuotes speaker : dossier.quotes()) {
      body.open("div", "class", "speaker");
      body.el("h3", speaker.speaker().isEmpty() ? "Unattributed" : speaker.speaker());
      for (CarriedQuote quote : speaker.quotes()) {
        body.open("blockquote", "class", "quote");
        body.el("p", quote.text());
        body.open("footer");
        Set<String> carriers = new LinkedHashSet<>();
        for (QuoteCarrier carrier : quote.carriers()) {
          carriers.add(textOr(carrier.outlet(), outlets.getOrDefault(carrier.article(), "?")));
        }
        body.text("carried by ");
        for (String outlet : carriers) {
          body.el("span", outlet, "class", "chip");
        }
        body.close("footer");
        body.close("blockquote");
      }
      body.close("div");
    }
    body.close("section");

    body.open("section", "id", "divergences").el("h2", "Divergences");
    if (dossier.divergences().isEmpty()) {
      body.el("p", "The outlets agree on what Vigie checks.", "class", "empty");
    }
    for (Divergence divergence : dossier.divergences()) {
      body.open("div", "class", "divergence");
      body.el("span", divergence.kind().name().replace('_', ' ').toLowerCase(Locale.ROOT), "class", "chip warn");
      body.text(" ").el("strong", divergence.description());
      body.open("ul");
      for (DivergenceClaim claim : divergence.claims()) {
        body.open("li");
        body.el("span", textOr(claim.outlet(), "?"), "class", "chip");
        body.text(" " + claim.value() + " — ").el("q", claim.evidence());
        body.close("li");
      }
      body.close("ul");
      body.close("div");
    }
    body.close("section");

    body.open("section", "id", "sources").el("h2", "Sources");
    body.open("table", "class", "sources").open("thead").open("tr");
    body.el("th", "Date").el("th", "Outlet").el("th", "Language").el("th", "Title");
    body.close("tr").close("thead").open("tbody");
    for (DossierArticle a : dossier.articles()) {
      body.open("tr");
      body.el("td", textOr(a.published(), "—"));
      body.el("td", textOr(a.outlet(), "—"));
      body.el("td", textOr(a.language(), "—"));
      body.open("td").open("a", "href", Html.link("/articles/", a.id())).text(a.title()).close("a").close("td");
      body.close("tr");
    }
    body.close("tbody").close("table");
    body.close("section");
    body.close("article");
    return page(record.title() + " — Vigie", body,
        JsonLd.script(JsonLd.story(dossier, Html.link("/stories/", id))));
  }

  String entity(String id) {
    EntityProfile profile = store.entity(id)
        .orElseThrow(() -> ApiException.notFound("no entity with id '" + Excerpt.of(id) + "'"));
    Html body = new Html();
    var e = profile.entity();
    body.el("h1", e.name());
    body.el("p", e.type().name().toLowerCase(Locale.ROOT) + " · " + e.articleCount() + " articles · "
        + e.quoteCount() + " quotes", "class", "muted");
    ArticleFilter mentioning = ArticleFilter.all().withEntity(id);
    body.open("section", "id", "attention").el("h2", "Attention over time");
    body.append(AttentionSvg.render(Attention.of(store, mentioning, Attention.Interval.DAY),
        "articles naming " + e.name()));
    exportLinks(body, "entity=" + Html.link("", id), "articles naming " + e.name());
    body.close("section");
    body.open("section").el("h2", "Roles over time").open("ul", "class", "roles-list");
    for (var role : profile.roles()) {
      body.open("li").el("time", role.published() == null ? "undated" : role.published().toString());
      body.text(" ").text(role.role()).close("li");
    }
    body.close("ul").close("section");
    body.open("section").el("h2", "Quotes");
    quoteList(body, profile.quotes());
    body.close("section");
    body.open("section").el("h2", "Stories").open("ul");
    for (StorySummary s : profile.stories()) {
      body.open("li").open("a", "href", Html.link("/stories/", s.id())).text(s.title()).close("a");
      body.text(" (" + s.size() + ")").close("li");
    }
    body.close("ul").close("section");
    return page(e.name() + " — Vigie", body);
  }

  String search(@Nullable String q) {
    Html body = new Html();
    body.el("h1", "Search");
    searchForm(body, q);
    if (q != null) {
      SearchResult result = store.search(q, SEARCH_HITS);
      body.el("p", result.total() + (result.total() == 1 ? " article matches." : " articles match."),
          "class", "muted");
      body.open("section", "id", "attention");
      body.append(AttentionSvg.render(Attention.of(store, ArticleFilter.all().withQuery(q), Attention.Interval.DAY),
          "articles matching " + q));
      exportLinks(body, "q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8),
          "articles matching " + q);
      body.close("section");
      body.open("div", "class", "search-layout");
      body.open("ol", "class", "hits");
      for (SearchResult.Hit hit : result.hits()) {
        body.open("li", "class", "hit");
        String href = hit.storyId() == null ? Html.link("/articles/", hit.articleId())
            : Html.link("/stories/", hit.storyId());
        body.open("a", "href", href, "class", "hit-title").text(hit.title()).close("a");
        body.open("div", "class", "meta");
        body.el("span", hit.outlet() == null ? "unknown outlet" : hit.outlet(), "class", "chip");
        body.el("span", hit.published() == null ? "undated" : hit.published().toString(), "class", "dates");
        body.close("div");
        body.open("p", "class", "snippet").snippet(hit.snippet()).close("p");
        body.close("li");
      }
      body.close("ol");
      body.open("aside", "class", "facets");
      facet(body, "Outlets", result.facets().outlets());
      facet(body, "Languages", result.facets().languages());
      facet(body, "Entities", result.facets().entities());
      body.close("aside");
      body.close("div");
    }
    return page("Search — Vigie", body);
  }

  static String error(int status, String message) {
    Html body = new Html();
    body.el("h1", status == 404 ? "Not found" : "Error " + status);
    body.el("p", message);
    body.open("p").open("a", "href", "/").text("Back to the stories").close("a").close("p");
    return page("Error " + status + " — Vigie", body);
  }

  /** Links to the exports of what a page shows: the matching articles, their mentions and quotes, each format. */
  private static void exportLinks(Html body, String filterParameter, String what) {
    body.open("p", "class", "exports").text("Export " + what + ": ");
    for (String table : List.of("articles", "mentions", "quotes")) {
      body.el("span", table, "class", "muted").text(" ");
      for (String format : List.of("csv", "jsonl", "parquet")) {
        body.open("a", "href", "/api/export?what=" + table + "&format=" + format + "&" + filterParameter,
            "class", "chip").text(format).close("a").text(" ");
      }
    }
    body.close("p");
  }

  private static void facet(Html body, String title, List<SearchResult.Count> counts) {
    if (counts.isEmpty()) {
      return;
    }
    body.el("h3", title).open("ul");
    for (SearchResult.Count c : counts) {
      body.open("li").text(c.value()).text(" ").el("span", String.valueOf(c.count()), "class", "count").close("li");
    }
    body.close("ul");
  }

  private static void quoteList(Html body, List<QuoteRow> quotes) {
    if (quotes.isEmpty()) {
      body.el("p", "No quote.", "class", "empty");
      return;
    }
    for (QuoteRow q : quotes) {
      body.open("blockquote", "class", "quote");
      body.el("p", q.text());
      body.open("footer");
      body.text(q.published() == null ? "undated" : q.published().toString());
      if (q.storyId() != null) {
        body.text(" · ").open("a", "href", Html.link("/stories/", q.storyId())).text("story").close("a");
      }
      body.close("footer");
      body.close("blockquote");
    }
  }

  private static void searchForm(Html body, @Nullable String q) {
    body.open("form", "class", "search", "action", "/search", "method", "get", "role", "search");
    body.open("input", "type", "search", "name", "q", "value", q, "placeholder", "Search articles",
        "aria-label", "Search articles");
    body.open("button", "type", "submit").text("Search").close("button");
    body.close("form");
  }

  static String page(String title, Html content) {
    return page(title, content, null);
  }

  /** @param jsonLd schema.org metadata for the head, from {@link JsonLd#script}; null for none */
  static String page(String title, Html content, @Nullable String jsonLd) {
    Html page = new Html().doctype();
    page.open("html", "lang", "en").open("head");
    page.open("meta", "charset", "utf-8");
    page.open("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
    page.el("title", title);
    page.open("link", "rel", "stylesheet", "href", "/static/vigie.css");
    page.open("link", "rel", "alternate", "type", "application/atom+xml", "title", "New and updated stories",
        "href", "/stories.atom");
    if (jsonLd != null) {
      page.dataBlock(jsonLd);
    }
    page.close("head").open("body");
    page.open("header", "class", "top").open("div", "class", "bar");
    page.open("a", "href", "/", "class", "brand").text("Vigie").close("a");
    page.open("nav").open("a", "href", "/").text("Stories").close("a")
        .open("a", "href", "/search").text("Search").close("a")
        .open("a", "href", "/sources").text("Sources").close("a")
        .open("a", "href", "/api/openapi.json").text("API").close("a").close("nav");
    searchForm(page, null);
    page.close("div").close("header");
    page.open("main").append(content).close("main");
    page.close("body").close("html");
    return page.toString();
  }

  private static List<TimelineSvg.Day> publicationDays(Dossier dossier) {
    Map<LocalDate, List<String>> days = new TreeMap<>();
    for (DossierArticle a : dossier.articles()) {
      LocalDate date = date(a.published());
      if (date != null) {
        days.computeIfAbsent(date, d -> new ArrayList<>()).add(textOr(a.outlet(), "?"));
      }
    }
    List<TimelineSvg.Day> out = new ArrayList<>();
    days.forEach((d, list) -> out.add(new TimelineSvg.Day(d, list.size(), String.join(", ", list))));
    return out;
  }

  private static List<TimelineSvg.Day> reportedDays(Dossier dossier) {
    List<TimelineSvg.Day> out = new ArrayList<>();
    for (TimelineEntry day : dossier.timeline()) {
      LocalDate date = date(day.date());
      if (date != null) {
        List<String> expressions = day.sources().stream().map(TimelineSource::expression).toList();
        out.add(new TimelineSvg.Day(date, Math.max(1, expressions.size()), String.join("; ", expressions)));
      }
    }
    return out;
  }

  private static @Nullable LocalDate date(@Nullable String iso) {
    if (iso == null || iso.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(iso.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String textOr(@Nullable String text, String fallback) {
    return text == null || text.isBlank() ? fallback : text;
  }

  private static String shorten(String title) {
    return title.length() <= 32 ? title : title.substring(0, 31).strip() + "…";
  }

  private static String dateRange(@Nullable LocalDate first, @Nullable LocalDate last) {
    if (first == null) {
      return "undated";
    }
    return last == null || last.equals(first) ? first.toString() : first + " → " + last;
  }

}
