package org.vigie.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a reader needs about one story: its articles, who is involved, who said what, when things happened and
 * where the outlets disagree.
 *
 * @param from the earliest publication date or timeline date (ISO-8601), when any is known
 * @param to   the latest one
 */
@JsonPropertyOrder({"story", "title", "from", "to", "articles", "actors", "quotes", "timeline", "divergences"})
public record Dossier(
    String story,
    String title,
    @Nullable String from,
    @Nullable String to,
    List<DossierArticle> articles,
    List<Actor> actors,
    List<SpeakerQuotes> quotes,
    List<TimelineEntry> timeline,
    List<Divergence> divergences) {
  /** The dossier of a story whose articles are not known yet. */
  public static Dossier empty(String story, String title) {
    return new Dossier(story, title, null, null, List.of(), List.of(), List.of(), List.of(), List.of());
  }

  public Dossier {
    articles = List.copyOf(articles);
    actors = List.copyOf(actors);
    quotes = List.copyOf(quotes);
    timeline = List.copyOf(timeline);
    divergences = List.copyOf(divergences);
  }
}
