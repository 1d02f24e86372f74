package org.vigie.server;

import org.vigie.app.SourceLedger;
import org.vigie.store.SourceDay;

/** {@code /sources}: the completeness ledger per outlet, stopped sources first, each outlet's days folded. */
final class SourcesPage {
  private SourcesPage() {}

  static String render(SourceLedger ledger) {
    Html body = new Html();
    body.el("h1", "Sources");
    body.el("p", "What each outlet gave, per day, counted at ingest: articles stored, duplicates and errors. A"
        + " source is flagged when it has been silent for more than three times its usual gap before the latest"
        + " article of any outlet" + (ledger.reference() == null ? "." : " (" + ledger.reference() + ")."),
        "class", "muted");
    if (ledger.sources().isEmpty()) {
      body.el("p", "Nothing ingested yet.", "class", "empty");
    }
    body.open("table", "class", "sources ledger").open("thead").open("tr");
    body.el("th", "Outlet").el("th", "Articles").el("th", "Duplicates").el("th", "Errors").el("th", "First article")
        .el("th", "Last article").el("th", "Usual gap").el("th", "Flow");
    body.close("tr").close("thead").open("tbody");
    var sources = new java.util.ArrayList<>(ledger.sources());
    sources.sort(java.util.Comparator.comparing((SourceLedger.Source s) -> !s.stopped()));
    for (SourceLedger.Source s : sources) {
      body.open("tr", "class", s.stopped() ? "stopped" : null);
      body.open("td").open("details").el("summary", SourceLedger.name(s.outlet()));
      body.open("table", "class", "days").open("tbody");
      for (SourceDay d : s.days()) {
        body.open("tr").el("td", d.day().toString()).el("td", d.articles() + " art.")
            .el("td", d.duplicates() + " dup.").el("td", d.errors() + " err.").close("tr");
      }
      body.close("tbody").close("table").close("details").close("td");
      body.el("td", String.valueOf(s.articles())).el("td", String.valueOf(s.duplicates()))
          .el("td", String.valueOf(s.errors()));
      body.el("td", s.firstArticle() == null ? "—" : s.firstArticle().toString());
      body.el("td", s.lastArticle() == null ? "—" : s.lastArticle().toString());
      body.el("td", s.usualGapDays() == 0 ? "too few days" : s.usualGapDays() + " day(s)");
      body.open("td");
      if (s.stopped()) {
        body.el("span", "stopped", "class", "chip warn");
      } else if (s.usualGapDays() == 0) {
        body.el("span", "not judged yet", "class", "muted");
      } else {
        body.el("span", "flowing", "class", "chip");
      }
      body.close("td");
      body.close("tr");
    }
    body.close("tbody").close("table");
    body.open("p").open("a", "href", "/api/sources").text("the ledger as JSON").close("a").close("p");
    return Pages.page("Sources — Vigie", body);
  }
}
