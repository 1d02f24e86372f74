package org.vigie.stories.clustering;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Entity;
import org.vigie.model.TimeMention;
import org.vigie.model.TimeType;
import org.vigie.stories.text.LightStemmer;
import org.vigie.stories.text.Stopwords;
import org.vigie.stories.text.Words;
import org.vigie.text.Folding;

/**
 * Turns an analysed article into {@link ArticleFeatures}. Content terms are stems of folded words minus
 * stopwords, pairs of adjacent stems, numbers (normalised across French and English conventions, two digits or
 * more) and resolved day dates ({@code @2026-03-05}). Entity features are the folded canonical names.
 * Language-neutral features are the numbers, dates, entity names and the words of entity names. Pure and
 * thread-safe.
 */
final class FeatureExtractor {
  private static final Pattern DAY = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}.*");

  private final double titleBoost;
  private final double bigramWeight;
  private final MinHasher hasher;

  FeatureExtractor(double titleBoost, double bigramWeight, MinHasher hasher) {
    this.titleBoost = titleBoost;
    this.bigramWeight = bigramWeight;
    this.hasher = hasher;
  }

  ArticleFeatures extract(AnalyzedArticle article) {
    String language = language(article);
    List<String> titleWords = Words.of(article.title());
    List<String> bodyWords = Words.of(article.article().body());
    Map<String, Double> terms = new HashMap<>();
    addWords(terms, titleWords, language, titleBoost);
    addWords(terms, bodyWords, language, 1.0);
    for (TimeMention time : article.times()) {
      if ((time.type() == TimeType.DATE || time.type() == TimeType.TIME) && DAY.matcher(time.value()).matches()) {
        terms.merge("@" + time.value().substring(0, 10), 1.0, Double::sum);
      }
    }
    Map<String, Double> entities = new HashMap<>();
    Map<String, Double> neutral = new HashMap<>();
    terms.forEach((k, v) -> {
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
      entities.merge("e:" + key, mentions, Double::sum);
      neutral.merge("e:" + key, mentions, Double::sum);
      for (String word : key.split(" ")) {
        if (word.length() > 2 && !Stopwords.contains(word) && !Words.isNumber(word)) {
          neutral.merge("n:" + word, mentions, Double::sum);
        }
      }
    }
    List<String> all = new ArrayList<>(titleWords);
    all.addAll(bodyWords);
    return new ArticleFeatures(article.id(), article.title(), language, article.article().published(),
        sublinear(terms), sublinear(entities), sublinear(neutral), years(article, all), days(article),
        hasher.signature(all));
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

  private void addWords(Map<String, Double> counts, List<String> words, String language, double weight) {
    String previous = null;
    for (String word : words) {
      String stem = null;
      if (Words.isNumber(word)) {
        if (word.length() >= 2) {
          counts.merge("#" + word, weight, Double::sum);
        }
      } else if (word.length() > 1 && !Stopwords.contains(word)) {
        stem = LightStemmer.stem(word, language);
        counts.merge(stem, weight, Double::sum);
      }
      if (bigramWeight > 0 && stem != null && previous != null) {
        counts.merge(previous + "_" + stem, weight * bigramWeight, Double::sum);
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
