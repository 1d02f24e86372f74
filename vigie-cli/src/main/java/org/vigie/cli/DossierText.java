package org.vigie.cli;

import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.vigie.model.Actor;
import org.vigie.model.ActorRole;
import org.vigie.model.CarriedQuote;
import org.vigie.model.Divergence;
import org.vigie.model.DivergenceClaim;
import org.vigie.model.Dossier;
import org.vigie.model.DossierArticle;
import org.vigie.model.QuoteCarrier;
import org.vigie.model.SpeakerQuotes;
import org.vigie.model.TimelineEntry;
import org.vigie.model.TimelineSource;

/** A story's dossier as text for a terminal. */
final class DossierText {
  private static final int MAX_QUOTE_CHARS = 140;
  private final PrintWriter out;

  DossierText(PrintWriter out) {
    this.out = out;
  }

  void print(Dossier dossier) {
    out.printf("## Story %s: %s%n", dossier.story(), dossier.title());
    out.printf("   %s to %s, %d article(s)%n", orDash(dossier.from()), orDash(dossier.to()), dossier.articles().size());
    for (DossierArticle article : dossier.articles()) {
      out.printf("   - %s | %s | %s | %s%n", orDash(article.published()), orDash(article.outlet()),
          orDash(article.language()), article.title());
    }
    if (!dossier.actors().isEmpty()) {
      out.println("   Actors:");
      for (Actor actor : dossier.actors()) {
        Set<String> roles = new LinkedHashSet<>();
        actor.roles().stream().map(ActorRole::role).forEach(roles::add);
        out.printf("     %s (%s, %d article(s))%s%n", actor.name(), actor.type().name().toLowerCase(),
            actor.articles().size(), roles.isEmpty() ? "" : ": " + String.join("; ", roles));
      }
    }
    if (!dossier.quotes().isEmpty()) {
      out.println("   Quotes by speaker:");
      for (SpeakerQuotes speaker : dossier.quotes()) {
        out.printf("     %s%n", speaker.speaker());
        for (CarriedQuote quote : speaker.quotes()) {
          String outlets = quote.carriers().stream().map(QuoteCarrier::outlet).map(DossierText::orDash)
              .distinct().collect(Collectors.joining(", "));
          out.printf("       «%s» (%s)%n", shorten(quote.text()), outlets);
        }
      }
    }
    if (!dossier.timeline().isEmpty()) {
      out.println("   Timeline:");
      for (TimelineEntry entry : dossier.timeline()) {
        String what = entry.sources().stream()
            .map(source -> source.expression() + " (" + orDash(source.outlet()) + ")")
            .distinct().collect(Collectors.joining("; "));
        out.printf("     %s  %s%n", entry.date(), what);
        TimelineSource first = entry.sources().getFirst();
        out.printf("                 %s%n", shorten(first.sentence()));
      }
    }
    if (!dossier.divergences().isEmpty()) {
      out.println("   Where the sources disagree:");
      for (Divergence divergence : dossier.divergences()) {
        out.printf("     [%s] %s%n", divergence.kind(), divergence.description());
        for (DivergenceClaim claim : divergence.claims()) {
          out.printf("       %s says %s: %s%n", orDash(claim.outlet()), claim.value(), shorten(claim.evidence()));
        }
      }
    }
    out.println();
  }

  private static String shorten(String text) {
    String flat = text.replaceAll("\\s+", " ").strip();
    return flat.length() <= MAX_QUOTE_CHARS ? flat : flat.substring(0, MAX_QUOTE_CHARS) + "…";
  }

  private static String orDash(@Nullable Object value) {
    return value == null ? "-" : value.toString();
  }
}
