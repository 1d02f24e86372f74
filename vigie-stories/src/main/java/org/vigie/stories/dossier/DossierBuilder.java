package org.vigie.stories.dossier;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Divergence;
import org.vigie.model.Dossier;
import org.vigie.model.DossierArticle;
import org.vigie.model.Story;
import org.vigie.model.TimelineEntry;

/**
 * Builds the {@link Dossier} of a story. Thread-safe, and the same story and articles always give the same dossier,
 * whatever the order of the articles. It works from what each article holds alone ({@link ArticleDigest}): a caller
 * that builds a growing story's dossier again and again keeps its members' digests and builds from them.
 */
public final class DossierBuilder {
  /** The default share of a shorter quote's words that must occur in a longer one for the two to match. */
  public static final double QUOTE_OVERLAP = 0.8;

  private final double quoteOverlap;

  public DossierBuilder() {
    this(QUOTE_OVERLAP);
  }

  /**
   * @param quoteOverlap in (0, 1]: the share of a shorter quote's distinct words found in a longer one for a match
   */
  public DossierBuilder(double quoteOverlap) {
    if (!(quoteOverlap > 0 && quoteOverlap <= 1)) {
      throw new IllegalArgumentException("quote overlap must be in (0, 1]");
    }
    this.quoteOverlap = quoteOverlap;
  }

  /**
   * @param story    the story
   * @param articles its analysed articles; articles the story does not list are ignored
   */
  public Dossier build(Story story, List<AnalyzedArticle> articles) {
    Set<String> ids = new HashSet<>(story.articles());
    return fromDigests(story, articles.stream().filter(a -> ids.contains(a.id())).map(ArticleDigest::of).toList());
  }

  /**
   * The dossier {@link #build(Story, List)} gives for the articles of these digests: what a caller that keeps its
   * members' digests builds a story's dossier from, without the articles.
   *
   * @param members the digests of articles the story lists (the caller chose them from its members, so they are not
   *                checked against the story's whole list, which a growing story would make long); a repeated id
   *                counts once
   */
  public Dossier fromDigests(Story story, Collection<ArticleDigest> members) {
    Map<String, ArticleDigest> byId = new LinkedHashMap<>();
    for (ArticleDigest digest : members) {
      byId.putIfAbsent(digest.id(), digest);
    }
    List<ArticleDigest> sorted = new ArrayList<>(byId.values());
    sorted.sort(Comparator.comparing(ArticleDigest::published, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(ArticleDigest::id));
    List<DossierArticle> listed = sorted.stream().map(ArticleDigest::listed).toList();
    Actors actors = new Actors(sorted);
    QuoteGroups quotes = new QuoteGroups(sorted, actors, quoteOverlap);
    List<TimelineEntry> timeline = Timeline.of(sorted);
    List<Divergence> divergences = new ArrayList<>(quotes.divergences());
    divergences.addAll(Figures.divergences(sorted));
    divergences.addAll(EventDates.divergences(sorted));
    for (ArticleDigest a : sorted) {
      if (a.dateline() != null) {
        divergences.add(a.dateline());
      }
    }
    String from = null;
    String to = null;
    for (DossierArticle a : listed) {
      from = min(from, a.published());
      to = max(to, a.published());
    }
    if (!timeline.isEmpty()) {
      from = min(from, timeline.getFirst().date());
      to = max(to, timeline.getLast().date());
    }
    return new Dossier(story.id(), story.title(), from, to, listed, actors.all(), quotes.bySpeaker(), timeline,
        divergences);
  }

  private static @Nullable String min(@Nullable String a, @Nullable String b) {
    return a == null ? b : b == null ? a : a.compareTo(b) <= 0 ? a : b;
  }

  private static @Nullable String max(@Nullable String a, @Nullable String b) {
    return a == null ? b : b == null ? a : a.compareTo(b) >= 0 ? a : b;
  }
}
