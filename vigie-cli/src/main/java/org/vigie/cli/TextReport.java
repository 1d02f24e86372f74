package org.vigie.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import org.vigie.model.AnalysisReport;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.DatelineCheck;
import org.vigie.model.Duplicate;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;
import org.vigie.model.ItemError;
import org.vigie.model.Quote;
import org.vigie.model.ReportedStory;
import org.vigie.model.TimeMention;

/** A readable summary of a report, one block per article. */
final class TextReport {
  private static final int MAX_QUOTE_CHARS = 160;
  private final PrintWriter out;

  TextReport(PrintWriter out) {
    this.out = out;
  }

  void print(AnalysisReport report) {
    for (AnalyzedArticle article : report.articles()) {
      printArticle(article);
    }
    DossierText dossiers = new DossierText(out);
    for (ReportedStory story : report.stories()) {
      dossiers.print(story.dossier());
    }
    for (Duplicate duplicate : report.duplicates()) {
      out.printf("duplicate: %s (same content as %s)%n", duplicate.source(), duplicate.duplicateOf());
    }
    for (ItemError error : report.errors()) {
      out.printf("error: %s: %s%n", error.source(), error.message());
    }
    out.printf("%d article(s), %d stor%s, %d duplicate(s), %d error(s)%n",
        report.articles().size(), report.stories().size(), report.stories().size() == 1 ? "y" : "ies",
        report.duplicates().size(), report.errors().size());
  }

  private void printArticle(AnalyzedArticle article) {
    out.println("== " + article.title());
    out.printf("   %s | %s | %s | %s | %s%n",
        orDash(article.outlet()), orDash(article.published()), orDash(article.language()), article.id(),
        article.source());
    for (EntityType type : EntityType.values()) {
      List<Entity> ofType = article.entities().stream().filter(e -> e.type() == type).toList();
      if (!ofType.isEmpty()) {
        out.printf("   %-13s %s%n", label(type) + ":", ofType.stream().map(TextReport::describe)
            .collect(Collectors.joining("; ")));
      }
    }
    for (Quote quote : article.quotes()) {
      String speaker = quote.speaker() == null ? "(speaker unknown)" : quote.speaker().name();
      out.printf("   %s %s: %s%n", quote.direct() ? "says" : "reports", speaker, shorten(quote.text()));
    }
    if (!article.times().isEmpty()) {
      out.printf("   %-13s %s%n", "Times:", article.times().stream().map(TextReport::describe)
          .collect(Collectors.joining("; ")));
    }
    DatelineCheck dateline = article.dateline();
    if (dateline != null && !dateline.consistent()) {
      out.printf("   Dateline:     %s contradicted by the content, which implies %s (%s)%n", dateline.published(),
          dateline.implied(), String.join("; ", dateline.evidence()));
    }
    for (String error : article.errors()) {
      out.println("   error: " + error);
    }
    out.println();
  }

  private static String describe(Entity entity) {
    String roles = entity.roles().isEmpty() ? "" : " (" + String.join(", ", entity.roles()) + ")";
    return entity.name() + roles + " ×" + entity.mentions().size();
  }

  private static String describe(TimeMention time) {
    return time.text() + " = " + time.value();
  }

  private static String label(EntityType type) {
    return switch (type) {
      case PERSON -> "People";
      case ORGANIZATION -> "Organisations";
      case LOCATION -> "Places";
      case MISC -> "Other";
    };
  }

  private static String shorten(String text) {
    String flat = text.replaceAll("\\s+", " ");
    return flat.length() <= MAX_QUOTE_CHARS ? "«" + flat + "»" : "«" + flat.substring(0, MAX_QUOTE_CHARS) + "…»";
  }

  private static String orDash(Object value) {
    return value == null ? "-" : value.toString();
  }
}
