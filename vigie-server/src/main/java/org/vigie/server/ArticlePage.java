package org.vigie.server;

import java.util.HashMap;
import java.util.Map;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Entity;
import org.vigie.model.EntityId;
import org.vigie.model.Excerpt;
import org.vigie.model.Quote;
import org.vigie.store.Store;
import org.vigie.store.StoredArticle;

/** One article's page: its metadata, who it names, who it quotes, its text, and its schema.org NewsArticle. */
final class ArticlePage {
  private final Store store;

  ArticlePage(Store store) {
    this.store = store;
  }

  String render(String id) {
    StoredArticle stored = store.article(id)
        .orElseThrow(() -> ApiException.notFound("no article with id '" + Excerpt.of(id) + "'"));
    AnalyzedArticle a = stored.article();
    String storyUrl = stored.storyId() == null ? null : Html.link("/stories/", stored.storyId());
    Html body = new Html();
    body.open("article", "class", "article");
    body.el("h1", a.title().isBlank() ? "(untitled)" : a.title());
    body.open("p", "class", "muted");
    body.el("span", a.outlet() == null ? "unknown outlet" : a.outlet(), "class", "chip");
    body.text(" ").el("span", a.published() == null ? "undated" : a.published(), "class", "dates");
    if (storyUrl != null) {
      body.text(" · ").open("a", "href", storyUrl).text("its story").close("a");
    }
    body.text(" · ").open("a", "href", Html.link("/api/articles/", a.id())).text("as JSON").close("a");
    body.close("p");

    body.open("section", "id", "entities").el("h2", "Named");
    if (a.entities().isEmpty()) {
      body.el("p", "No named entity.", "class", "empty");
    }
    body.open("ul", "class", "actors");
    Map<String, Entity> local = new HashMap<>();
    for (Entity e : a.entities()) {
      local.put(e.id(), e);
      body.open("li").open("a", "href", Html.link("/entities/", EntityId.of(e.type(), e.name())))
          .el("strong", e.name()).close("a");
      if (!e.roles().isEmpty()) {
        body.el("div", String.join("; ", e.roles()), "class", "roles");
      }
      body.close("li");
    }
    body.close("ul").close("section");

    body.open("section", "id", "quotes").el("h2", "Quotes");
    if (a.quotes().isEmpty()) {
      body.el("p", "No quote.", "class", "empty");
    }
    for (Quote q : a.quotes()) {
      body.open("blockquote", "class", "quote").el("p", q.text()).open("footer");
      Entity speaker = q.speaker() == null || q.speaker().entity() == null ? null : local.get(q.speaker().entity());
      body.text((q.speaker() == null ? "unattributed" : q.speaker().name())
          + (speaker == null || speaker.roles().isEmpty() ? "" : ", " + speaker.roles().getFirst())
          + (q.direct() ? "" : " (reported)"));
      body.close("footer").close("blockquote");
    }
    body.close("section");

    body.open("section", "id", "text").el("h2", "Text");
    for (String paragraph : a.article().body().split("\n\n")) {
      body.el("p", paragraph);
    }
    body.close("section");
    body.close("article");
    return Pages.page(Excerpt.of(a.title()) + " — Vigie", body, JsonLd.script(JsonLd.newsArticle(a, storyUrl)));
  }
}
