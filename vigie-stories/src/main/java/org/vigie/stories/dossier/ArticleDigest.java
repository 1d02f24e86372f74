package org.vigie.stories.dossier;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Entity;
import org.vigie.model.Quote;
import org.vigie.text.Folding;

/**
 * What a dossier works out of one article alone: the folded key of each entity, the words of each quote, its
 * figures, the events it dates. A story's dossier is built again each time it grows, from the same members: {@link Memo} keeps the
 * digests of the latest articles, so that each is worked out once, not at every build.
 *
 * @param entityKeys the folded name of each entity, honorific dropped, in {@code entities()} order
 * @param quoteWords the folded words of each quote, in {@code quotes()} order
 */
record ArticleDigest(List<String> entityKeys, List<List<String>> quoteWords, List<Figures.Figure> figures,
    List<EventDates.EventDay> eventDays) {
  static ArticleDigest of(AnalyzedArticle article) {
    List<String> keys = new ArrayList<>(article.entities().size());
    for (Entity entity : article.entities()) {
      keys.add(Actors.withoutHonorific(Folding.words(entity.name())));
    }
    List<List<String>> words = new ArrayList<>(article.quotes().size());
    for (Quote quote : article.quotes()) {
      words.add(QuoteMatching.words(quote.text()));
    }
    return new ArticleDigest(keys, words, Figures.figures(article), EventDates.of(article));
  }

  /**
   * The digests of the latest {@code capacity} articles asked for. An article is known by its id, title and text,
   * so another article sent under a known id is digested anew.
   */
  static final class Memo {
    private record Key(String id, int titleHash, int bodyHash, int bodyLength) {
      static Key of(AnalyzedArticle a) {
        String body = a.article().body();
        return new Key(a.id(), a.title().hashCode(), body.hashCode(), body.length());
      }
    }

    private final Map<Key, ArticleDigest> latest;

    Memo(int capacity) {
      this.latest = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, ArticleDigest> eldest) {
          return size() > capacity;
        }
      };
    }

    ArticleDigest of(AnalyzedArticle article) {
      Key key = Key.of(article);
      synchronized (latest) {
        ArticleDigest known = latest.get(key);
        if (known != null) {
          return known;
        }
      }
      ArticleDigest digest = ArticleDigest.of(article);
      synchronized (latest) {
        latest.put(key, digest);
      }
      return digest;
    }
  }
}
