package org.vigie.stories.clustering;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.vigie.model.AnalyzedArticle;

/**
 * Analysed articles with their gold stories, to train or score story assignment on.
 *
 * @param name     how reports name the corpus
 * @param articles the analysed articles; those without a gold story are left out
 * @param gold     article id → gold story id
 * @param copies   exact copies that were not analysed again: copy id → id of the article it repeats (its gold story
 *                 may differ, as in aggregator groups that list one headline under two sections)
 */
public record LabelledCorpus(String name, List<AnalyzedArticle> articles, Map<String, String> gold,
    Map<String, String> copies) {

  public LabelledCorpus {
    Objects.requireNonNull(name, "name");
    gold = Map.copyOf(gold);
    Map<String, String> labelled = gold;
    articles = articles.stream().filter(a -> labelled.containsKey(a.id())).toList();
    copies = Map.copyOf(copies);
  }

  public LabelledCorpus(String name, List<AnalyzedArticle> articles, Map<String, String> gold) {
    this(name, articles, gold, Map.of());
  }

  /** The gold stories of the analysed articles only. */
  Map<String, String> analysedGold() {
    Map<String, String> out = new HashMap<>();
    articles.forEach(a -> out.put(a.id(), gold.get(a.id())));
    return out;
  }

  /**
   * The corpus cut down to the articles of {@code part} (a subset of its gold stories). A copy stays a copy when the
   * article it repeats is kept; otherwise it takes that article's analysis under its own id and counts as an
   * article.
   */
  public LabelledCorpus restrictedTo(Map<String, String> part) {
    Map<String, AnalyzedArticle> byId = new HashMap<>();
    articles.forEach(a -> byId.put(a.id(), a));
    List<AnalyzedArticle> kept = new ArrayList<>();
    articles.stream().filter(a -> part.containsKey(a.id())).forEach(kept::add);
    Map<String, String> keptCopies = new HashMap<>();
    copies.forEach((copy, original) -> {
      if (!part.containsKey(copy)) {
        return;
      }
      AnalyzedArticle repeated = byId.get(original);
      if (part.containsKey(original) || repeated == null) {
        keptCopies.put(copy, original);
      } else {
        kept.add(renamed(repeated, copy));
      }
    });
    return new LabelledCorpus(name, kept, part, keptCopies);
  }

  private static AnalyzedArticle renamed(AnalyzedArticle a, String id) {
    return new AnalyzedArticle(a.article().withId(id), a.text(), a.language(), a.tokens(), a.sentences(),
        a.namedMentions(), a.entities(), a.quotes(), a.times(), a.dateline(), a.errors(), a.layers());
  }
}
