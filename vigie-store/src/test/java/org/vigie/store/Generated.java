package org.vigie.store;

import java.util.List;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.EntityType;

/** Generated articles for crash and throughput runs: each carries a unique word, {@code marqueur<i>}. */
final class Generated {
  private static final String[] SPEAKERS = {"Claire Montval", "Étienne Darrieux", "Hélène Vasseur", "Marc Oyono"};
  private static final String[] PLACES = {"Genève", "Bordeaux", "Lyon", "Nantes", "Dakar"};

  private Generated() {}

  static AnalyzedArticle article(int i) {
    String speaker = SPEAKERS[i % SPEAKERS.length];
    String place = PLACES[i % PLACES.length];
    boolean english = i % 4 == 3;
    String title = english ? "Bulletin " + i + ": talks continue in " + place
        : "Bulletin " + i + " : les négociations se poursuivent à " + place;
    String said = english ? "We will keep talking" : "Nous continuerons à discuter";
    String body = (english
        ? "The delegations met again in " + place + " (marqueur" + i + "). \"" + said + "\", said " + speaker + "."
        : "Les délégations se sont retrouvées à " + place + " (marqueur" + i + "). \"" + said + "\", a déclaré "
            + speaker + ".")
        + "\n\n" + filler(i);
    return Articles.article("gen-" + i)
        .title(title)
        .body(body)
        .language(english ? "en" : "fr")
        .outlet("Agence " + (i % 3))
        .published("2026-02-" + String.format("%02d", 1 + i % 28))
        .meta("sequence", i)
        .entity(speaker, EntityType.PERSON, List.of(english ? "negotiator" : "négociatrice"))
        .entity(place, EntityType.LOCATION, List.of())
        .quote(said, speaker, true, english ? "said" : "a déclaré")
        .build();
  }

  private static String filler(int i) {
    StringBuilder out = new StringBuilder();
    for (int k = 0; k < 6; k++) {
      out.append("Paragraphe ").append(k).append(" du bulletin ").append(i)
          .append(", où les observateurs commentent la séance et ses suites probables. ");
    }
    return out.toString().strip();
  }
}
