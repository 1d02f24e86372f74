package org.vigie.stories.dossier;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.vigie.model.CarriedQuote;
import org.vigie.model.Divergence;
import org.vigie.model.DivergenceClaim;
import org.vigie.model.DivergenceKind;
import org.vigie.model.QuoteCarrier;
import org.vigie.model.SpeakerQuotes;

/**
 * Groups the quotes of a story across outlets: the same quote, trimmed, split around its cue or re-punctuated,
 * becomes one {@link CarriedQuote}; each is filed under the speaker most carriers credit. A quote of three words or
 * more credited to different people (actors of type PERSON) by different articles is a
 * {@link DivergenceKind#QUOTE_SPEAKER} divergence; its claims list every credited speaker.
 */
final class QuoteGroups {
  private record Item(ArticleDigest article, ArticleDigest.Quoted quote, @Nullable String speaker) {}

  private final List<SpeakerQuotes> bySpeaker = new ArrayList<>();
  private final List<Divergence> divergences = new ArrayList<>();

  QuoteGroups(List<ArticleDigest> articles, Actors actors, double overlap) {
    List<Item> items = new ArrayList<>();
    for (ArticleDigest article : articles) {
      for (ArticleDigest.Quoted quote : article.quotes()) {
        items.add(new Item(article, quote, speaker(article, quote, actors)));
      }
    }
    int[] roots = QuoteMatching.group(items.stream().map(i -> i.quote().words()).toList(), overlap).roots();
    Map<Integer, List<Item>> groups = new LinkedHashMap<>();
    for (int i = 0; i < items.size(); i++) {
      groups.computeIfAbsent(roots[i], k -> new ArrayList<>()).add(items.get(i));
    }
    Map<String, List<CarriedQuote>> filed = new LinkedHashMap<>();
    for (List<Item> group : groups.values()) {
      String speaker = majority(group);
      String text = group.stream().map(i -> i.quote().text())
          .max(Comparator.comparingInt(String::length).thenComparing(Comparator.reverseOrder())).orElseThrow();
      List<QuoteCarrier> carriers = group.stream()
          .map(i -> new QuoteCarrier(i.article().id(), i.article().outlet(), i.quote().text(), i.speaker()))
          .toList();
      filed.computeIfAbsent(speaker, k -> new ArrayList<>()).add(new CarriedQuote(text, carriers));
      // Only people can be misquoted: a person and her organisation, or a scare-quoted phrase, are no divergence.
      Set<String> speakers = new LinkedHashSet<>();
      group.stream().map(Item::speaker).filter(actors::isPerson).forEach(speakers::add);
      if (speakers.size() > 1 && QuoteMatching.words(text).size() >= QuoteMatching.MIN_WORDS) {
        List<DivergenceClaim> claims = group.stream().filter(i -> i.speaker() != null)
            .map(i -> new DivergenceClaim(i.article().id(), i.article().outlet(), i.speaker(), i.quote().text()))
            .toList();
        divergences.add(new Divergence(DivergenceKind.QUOTE_SPEAKER, text,
            "the same quote is credited to " + String.join(" and ", speakers), claims));
      }
    }
    filed.forEach((speaker, quotes) -> bySpeaker.add(new SpeakerQuotes(speaker, quotes)));
    bySpeaker.sort(Comparator.comparing((SpeakerQuotes s) -> s.speaker().isEmpty())
        .thenComparing(s -> -s.quotes().size()).thenComparing(SpeakerQuotes::speaker));
  }

  private static @Nullable String speaker(ArticleDigest article, ArticleDigest.Quoted quote, Actors actors) {
    if (quote.speaker() == null) {
      return null;
    }
    String byEntity = actors.nameOf(article.id(), quote.speaker().entity());
    if (byEntity != null) {
      return byEntity;
    }
    String byName = actors.nameOf(quote.speaker().name());
    return byName != null ? byName : quote.speaker().name().strip();
  }

  /** The speaker most carriers credit; the first credited wins ties; "" when none is. */
  private static String majority(List<Item> group) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    group.stream().map(Item::speaker).filter(s -> s != null && !s.isEmpty()).forEach(s -> counts.merge(s, 1, Integer::sum));
    String best = "";
    int bestCount = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return best;
  }

  List<SpeakerQuotes> bySpeaker() {
    return bySpeaker;
  }

  List<Divergence> divergences() {
    return divergences;
  }
}
