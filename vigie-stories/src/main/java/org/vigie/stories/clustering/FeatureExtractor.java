package org.vigie.stories.clustering;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Entity;
import org.vigie.model.TimeMention;
import org.vigie.model.TimeType;
import org.vigie.stories.text.LightStemmer;
import org.vigie.stories.text.NameKey;
import org.vigie.stories.text.Stopwords;
import org.vigie.stories.text.Words;
import org.vigie.text.Folding;

/**
 * Turns an analysed article into {@link ArticleFeatures}, one weight map per {@link FeatureSpace}. Words are folded
 * (lower case, no accents), stopwords dropped, lightly stemmed per language; numbers are normalised across French
 * and English conventions (two digits or more, {@code #1200}); resolved day dates become {@code @2031-04-08};
 * entities give their folded canonical names ({@code e:}), the words of those names ({@code n:}) and the words'
 * spelling-neutral keys ({@code k:}). Term frequencies are sublinear. Pure and thread-safe.
 */
final class FeatureExtractor {
  private static final Pattern DAY = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}.*");

  private final MinHasher hasher;

  FeatureExtractor(MinHasher hasher) {
    this.hasher = hasher;
  }

  /** The extractor a clusterer with {@code config} uses. */
  static FeatureExtractor of(ClusteringConfig config) {
    return new FeatureExtractor(new MinHasher(config.shingleSize(), config.bands() * config.rowsPerBand()));
  }

  ArticleFeatures extract(AnalyzedArticle article) {
    String language = language(article);
    List<String> titleWords = Words.of(article.title());
    List<String> bodyWords = Words.of(article.article().body());
    List<Map<String, Double>> spaces = new ArrayList<>();
    for (int i = 0; i < FeatureSpace.ALL.length; i++) {
      spaces.add(new HashMap<>());
    }
    Map<String, Double> text = spaces.get(FeatureSpace.TEXT.ordinal());
    Map<String, Double> title = spaces.get(FeatureSpace.TITLE.ordinal());
    Map<String, Double> bigrams = spaces.get(FeatureSpace.BIGRAMS.ordinal());
    Map<String, Double> neutral = spaces.get(FeatureSpace.NEUTRAL.ordinal());
    addWords(titleWords, language, text, bigrams);
    addWords(bodyWords, language, text, bigrams);
    addWords(titleWords, language, title, null);
    for (TimeMention time : article.times()) {
      if ((time.type() == TimeType.DATE || time.type() == TimeType.TIME) && DAY.matcher(time.value()).matches()) {
        text.merge("@" + time.value().substring(0, 10), 1.0, Double::sum);
      }
    }
    text.forEach((k, v) -> {
      if (k.startsWith("#") || k.startsWith("@")) {
        neutral.put(k, v);
      }
    });
    for (Entity entity : article.entities()) {
      String key = Folding.words(entity.name());
      if (key.isEmpty() || Stopwords.contains(key)) {
        continue;
      }
      double mentions = Math.max(1, entity.mentions().size());
      spaces.get(space(entity).ordinal()).merge("e:" + key, mentions, Double::sum);
      neutral.merge("e:" + key, mentions, Double::sum);
      for (String word : key.split(" ")) {
        if (word.length() > 2 && !Stopwords.contains(word) && !Words.isNumber(word)) {
          neutral.merge("n:" + word, mentions, Double::sum);
          String spelling = NameKey.of(word);
          if (!spelling.isEmpty()) {
            neutral.merge("k:" + spelling, mentions, Double::sum);
          }
        }
      }
    }
    spaces.replaceAll(FeatureExtractor::sublinear);
    List<String> all = new ArrayList<>(titleWords);
    all.addAll(bodyWords);
    return new ArticleFeatures(article.id(), article.title(), language, article.article().published(),
        article.article().body().isBlank(), spaces, years(article, all), days(article), hasher.signature(all));
  }

  private static FeatureSpace space(Entity entity) {
    return switch (entity.type()) {
      case PERSON -> FeatureSpace.PERSONS;
      case ORGANIZATION -> FeatureSpace.ORGANIZATIONS;
      case LOCATION -> FeatureSpace.PLACES;
      case MISC -> FeatureSpace.OTHER_NAMES;
    };
  }

  /** Years written as words (1900-2099), in resolved dates, and of the publication date. */
  private static Set<Integer> years(AnalyzedArticle article, List<String> words) {
    Set<Integer> years = new TreeSet<>();
    for (String word : words) {
      if (word.length() == 4 && (word.startsWith("19") || word.startsWith("20"))
          && word.chars().allMatch(Character::isDigit)) {
        years.add(Integer.parseInt(word));
      }
    }
    for (TimeMention time : article.times()) {
      if (DAY.matcher(time.value()).matches()) {
        years.add(Integer.parseInt(time.value().substring(0, 4)));
      }
    }
    if (article.article().published() != null) {
      years.add(article.article().published().getYear());
    }
    return years;
  }

  /** The days the article names and the day it was published. */
  private static EventDays days(AnalyzedArticle article) {
    EventDays days = new EventDays();
    for (TimeMention time : article.times()) {
      if (time.type() == TimeType.DATE || time.type() == TimeType.TIME) {
        days.addValue(time.value());
      }
    }
    days.add(article.article().published());
    return days;
  }

  static String language(AnalyzedArticle article) {
    if (article.language() != null) {
      return article.language();
    }
    return article.article().language() == null ? "und" : article.article().language();
  }

  /** Adds stems and numbers to {@code counts}, and pairs of adjacent stems to {@code pairs} when given. */
  private static void addWords(List<String> words, String language, Map<String, Double> counts,
      @Nullable Map<String, Double> pairs) {
    String previous = null;
    for (String word : words) {
      String stem = null;
      if (Words.isNumber(word)) {
        if (word.length() >= 2) {
          counts.merge("#" + word, 1.0, Double::sum);
        }
      } else if (word.length() > 1 && !Stopwords.contains(word)) {
        stem = LightStemmer.stem(word, language);
        counts.merge(stem, 1.0, Double::sum);
      }
      if (pairs != null && stem != null && previous != null) {
        pairs.merge(previous + "_" + stem, 1.0, Double::sum);
      }
      previous = stem;
    }
  }

  private static Map<String, Double> sublinear(Map<String, Double> counts) {
    Map<String, Double> out = new TreeMap<>();
    counts.forEach((k, v) -> out.put(k, 1 + Math.log(v)));
    return out;
  }
}
