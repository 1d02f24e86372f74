package org.vigie.stories.dossier;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.DatelineCheck;
import org.vigie.model.Divergence;
import org.vigie.model.DivergenceClaim;
import org.vigie.model.DivergenceKind;
import org.vigie.model.Dossier;
import org.vigie.model.DossierArticle;
import org.vigie.model.Story;
import org.vigie.model.TimelineEntry;

/**
 * Builds the {@link Dossier} of a story. Thread-safe, and the same story and articles always give the same dossier,
 * whatever the order of the articles; what it works out of each article alone is kept for the next builds
 * ({@link ArticleDigest}), as a growing story's dossier is built again from mostly the same members.
 */
public final class DossierBuilder {
  /** The default share of a shorter quote's words that must occur in a longer one for the two to match. */
  public static final double QUOTE_OVERLAP = 0.8;

  /**
   * Articles whose digest is kept between builds: four full dossiers' worth. Small: in the 1 GB heap of the
   * embedded default, the models take 844 MB.
   */
  static final int DIGESTS_KEPT = 2_000;

  private final double quoteOverlap;
  private final ArticleDigest.Memo digests = new ArticleDigest.Memo(DIGESTS_KEPT);

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
    List<AnalyzedArticle> members = new ArrayList<>(articles.stream().filter(a -> ids.contains(a.id())).toList());
    members.sort(Comparator.comparing((AnalyzedArticle a) -> a.article().published(),
        Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(AnalyzedArticle::id));
    List<DossierArticle> listed = members.stream()
        .map(a -> new DossierArticle(a.id(), a.outlet(), a.title(), a.published(), a.language()))
        .toList();
    Map<AnalyzedArticle, ArticleDigest> digested = new IdentityHashMap<>();
    members.forEach(a -> digested.put(a, digests.of(a)));
    Actors actors = new Actors(members, digested::get);
    QuoteGroups quotes = new QuoteGroups(members, actors, quoteOverlap, digested::get);
    List<TimelineEntry> timeline = Timeline.of(members);
    List<Divergence> divergences = new ArrayList<>(quotes.divergences());
    divergences.addAll(Figures.divergences(members, digested::get));
    divergences.addAll(EventDates.divergences(members, digested::get));
    divergences.addAll(datelines(members));
    String from = null;
    String to = null;
    for (AnalyzedArticle a : members) {
      String published = a.article().published() == null ? null : a.article().published().toString();
      from = min(from, published);
      to = max(to, published);
    }
    if (!timeline.isEmpty()) {
      from = min(from, timeline.getFirst().date());
      to = max(to, timeline.getLast().date());
    }
    return new Dossier(story.id(), story.title(), from, to, listed, actors.all(), quotes.bySpeaker(), timeline,
        divergences);
  }

  /** Articles whose own dates contradict their dateline, as the times annotator found. */
  private static List<Divergence> datelines(List<AnalyzedArticle> members) {
    List<Divergence> out = new ArrayList<>();
    for (AnalyzedArticle a : members) {
      DatelineCheck check = a.dateline();
      if (check != null && !check.consistent()) {
        out.add(new Divergence(DivergenceKind.DATELINE, a.id(),
            "dated " + check.published() + " but its content implies " + check.implied(),
            List.of(new DivergenceClaim(a.id(), a.outlet(), check.implied(),
                "dated " + check.published() + "; " + String.join("; ", check.evidence())))));
      }
    }
    return out;
  }

  private static @Nullable String min(@Nullable String a, @Nullable String b) {
    return a == null ? b : b == null ? a : a.compareTo(b) <= 0 ? a : b;
  }

  private static @Nullable String max(@Nullable String a, @Nullable String b) {
    return a == null ? b : b == null ? a : a.compareTo(b) >= 0 ? a : b;
  }
}
