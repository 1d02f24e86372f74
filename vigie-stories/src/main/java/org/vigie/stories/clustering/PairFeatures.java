package org.vigie.stories.clustering;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the assignment model reads about an article and one candidate story: a cosine per {@link FeatureSpace}, and
 * whether both sides have names of each kind (a cosine of 0 means "different people" only when both name some),
 * language, near-duplicate, day, year and date-gap evidence, the story's size and the input kind (a headline alone
 * or a full article). Each value is computed with one look-up in the story's sums per feature of the article, so
 * a candidate costs the same however large its story. Not thread-safe (it reads the clusterer's state).
 */
final class PairFeatures {
  /** The features computed for both kinds of input; each also has a headline-only copy ({@code headline_...}). */
  private static final List<String> BASE = List.of(
      "text", "title", "bigrams", "persons", "organizations", "places", "other_names", "neutral",
      "both_persons", "both_organizations", "both_places", "both_other_names",
      "other_language", "neutral_across_languages", "shared_numbers", "near_duplicate",
      "both_days", "day_distance", "days_weeks_apart", "days_months_apart", "years_conflict", "date_gap",
      "inverse_story_size", "story_headlines", "text_margin", "title_margin", "neutral_margin",
      "unseen_text", "unseen_title", "unseen_persons", "unseen_organizations", "unseen_places", "unseen_neutral",
      "log_text", "log_title", "log_entities", "log_neutral",
      "text_days_apart", "neutral_days_apart", "text_years_conflict", "neutral_years_conflict",
      "across_persons", "across_organizations", "across_places", "across_shared_numbers", "across_log_entities",
      "across_log_neutral");

  /**
   * What words and shingles say, which means nothing between two languages: when the story holds no article in the
   * article's language these are set as for an unrelated text, and the {@code across_} copies of the
   * language-neutral evidence carry the decision (see {@link #acrossLanguages}).
   */
  private static final List<String> LANGUAGE_BOUND = List.of(
      "text", "title", "bigrams", "near_duplicate", "unseen_text", "unseen_title", "log_text", "log_title",
      "text_days_apart", "text_years_conflict");

  /** The spaces whose unseen share (the article's weight on features the story never had) is a feature. */
  private static final FeatureSpace[] UNSEEN = {FeatureSpace.TEXT, FeatureSpace.TITLE, FeatureSpace.PERSONS,
    FeatureSpace.ORGANIZATIONS, FeatureSpace.PLACES, FeatureSpace.NEUTRAL};

  /** The features that get a headline-only copy: the similarities, whose scale differs for a headline alone. */
  private static final List<String> PER_KIND = List.of(
      "text", "title", "bigrams", "persons", "organizations", "places", "other_names", "neutral",
      "text_margin", "title_margin", "neutral_margin", "log_text", "log_title", "log_entities", "log_neutral");

  private static List<String> names() {
    List<String> names = new ArrayList<>(BASE);
    names.add("headline");
    PER_KIND.forEach(n -> names.add("headline_" + n));
    return List.copyOf(names);
  }
  /** The names of the values {@link #of} and {@link #complete} give, in order: the columns of a model file. */
  static final List<String> NAMES = names();


  /** Features that can only make a join likelier (similarities) or less likely (evidence of another event). */
  private static final List<String> FOR_JOINING = List.of(
      "text", "title", "bigrams", "persons", "organizations", "places", "other_names", "neutral",
      "neutral_across_languages", "shared_numbers", "near_duplicate", "text_margin", "title_margin",
      "neutral_margin", "log_text", "log_title", "log_entities", "log_neutral");
  private static final List<String> AGAINST_JOINING = List.of(
      "day_distance", "days_weeks_apart", "days_months_apart", "years_conflict", "date_gap", "unseen_text",
      "unseen_title", "unseen_persons", "unseen_organizations", "unseen_places", "unseen_neutral",
      "text_days_apart", "neutral_days_apart", "text_years_conflict", "neutral_years_conflict");

  /**
   * For each of {@link #NAMES}, the sign its weight must have: +1 for the similarities, -1 for the evidence of
   * another event, 0 (free) for the rest, such as the headline-only corrections. Learned weights then never say
   * that sharing a name makes a join less likely because two cosines overlap.
   */
  static int[] signs() {
    return NAMES.stream().mapToInt(n -> FOR_JOINING.contains(n) ? 1 : AGAINST_JOINING.contains(n) ? -1 : 0).toArray();
  }

  private static final int[] LANGUAGE_BOUND_COLUMNS = LANGUAGE_BOUND.stream().mapToInt(BASE::indexOf).toArray();
  private static final int OTHER_LANGUAGE = BASE.indexOf("other_language");
  private static final int[] ACROSS_COLUMNS =
      BASE.stream().filter(n -> n.startsWith("across_")).mapToInt(BASE::indexOf).toArray();
  private static final int[] ACROSS_SOURCES =
      BASE.stream().filter(n -> n.startsWith("across_")).mapToInt(n -> BASE.indexOf(n.substring(7))).toArray();

  private static final int[] PER_KIND_COLUMNS = PER_KIND.stream().mapToInt(BASE::indexOf).toArray();

  private static final FeatureSpace[] NAMED = {
    FeatureSpace.PERSONS, FeatureSpace.ORGANIZATIONS, FeatureSpace.PLACES, FeatureSpace.OTHER_NAMES
  };

  /** Bounds of the day-distance bins: within a week, within a month, further apart. */
  private static final int WEEK = 7;
  private static final int MONTH = 31;
  /** Added to a cosine before its logarithm: the cosines below it are all "unrelated". */
  private static final double LOG_FLOOR = 0.01;

  private final DocumentFrequencies df;
  private final double normRefreshGrowth;

  PairFeatures(DocumentFrequencies df, double normRefreshGrowth) {
    this.df = df;
    this.normRefreshGrowth = normRefreshGrowth;
  }

  /**
   * An article ready to be compared: in each space, its features and their TF-IDF unit weights times the feature's
   * idf (the story side's weighting), computed once per article rather than once per candidate.
   */
  static final class Query {
    final ArticleFeatures article;
    private final String[][] features = new String[FeatureSpace.ALL.length][];
    private final double[][] weights = new double[FeatureSpace.ALL.length][];
    private final double[][] squares = new double[FeatureSpace.ALL.length][];
    private final List<Map<String, Double>> units = new ArrayList<>(FeatureSpace.ALL.length);

    Query(ArticleFeatures article, DocumentFrequencies df) {
      this.article = article;
      for (FeatureSpace space : FeatureSpace.ALL) {
        Map<String, Double> unit = Vectors.tfIdf(article.weights(space), df);
        units.add(unit);
        String[] f = new String[unit.size()];
        double[] w = new double[unit.size()];
        double[] q = new double[unit.size()];
        int i = 0;
        for (Map.Entry<String, Double> e : unit.entrySet()) {
          f[i] = e.getKey();
          w[i] = e.getValue() * df.idf(e.getKey());
          q[i] = e.getValue() * e.getValue();
          i++;
        }
        features[space.ordinal()] = f;
        weights[space.ordinal()] = w;
        squares[space.ordinal()] = q;
      }
    }

    /** The article's TF-IDF unit vector in {@code space}. */
    Map<String, Double> unit(FeatureSpace space) {
      return units.get(space.ordinal());
    }
  }

  Query query(ArticleFeatures article) {
    return new Query(article, df);
  }

  /**
   * @param nearDuplicate the best estimated shingle Jaccard similarity between the article and a member of the
   *                      story, 0 when none shares a band with it
   */
  double[] of(Query query, StoryState story, double nearDuplicate) {
    ArticleFeatures article = query.article;
    double[] x = new double[NAMES.size()];
    double[] unseen = new double[FeatureSpace.ALL.length];
    int i = 0;
    for (FeatureSpace space : FeatureSpace.ALL) {
      x[i++] = cosine(query, space, story.sum(space), unseen);
    }
    for (FeatureSpace space : NAMED) {
      x[i++] = article.weights(space).isEmpty() || story.sum(space).isEmpty() ? 0 : 1;
    }
    i += 2; // other_language and neutral_across_languages, see acrossLanguages
    x[i++] = Math.log1p(sharedNumbers(article, story));
    x[i++] = nearDuplicate;
    int distance = story.days.distance(article.days());
    x[i++] = distance < 0 ? 0 : 1;
    x[i++] = distance < 0 ? 0 : Math.log1p(distance);
    x[i++] = distance > WEEK && distance <= MONTH ? 1 : 0;
    x[i++] = distance > MONTH ? 1 : 0;
    x[i++] = story.yearsConflict(article.years()) ? 1 : 0;
    x[i++] = Math.log1p(story.gapDays(article.published()));
    x[i++] = 1.0 / story.size(); // bounded, so stories far larger than any seen in training are not extrapolated to
    x[i++] = (double) story.headlines / story.size();
    i += 3; // the margins, see complete
    for (FeatureSpace space : UNSEEN) {
      x[i++] = unseen[space.ordinal()];
    }
    x[i++] = Math.log(LOG_FLOOR + x[FeatureSpace.TEXT.ordinal()]);
    x[i++] = Math.log(LOG_FLOOR + x[FeatureSpace.TITLE.ordinal()]);
    double names = 0;
    for (FeatureSpace space : NAMED) {
      names = Math.max(names, x[space.ordinal()]);
    }
    x[i++] = Math.log(LOG_FLOOR + names);
    x[i++] = Math.log(LOG_FLOOR + x[FeatureSpace.NEUTRAL.ordinal()]);
    // Evidence of another event weighs in proportion to the similarity it contradicts.
    boolean apart = distance > WEEK;
    boolean yearsConflict = story.yearsConflict(article.years());
    x[i++] = apart ? x[FeatureSpace.TEXT.ordinal()] : 0;
    x[i++] = apart ? x[FeatureSpace.NEUTRAL.ordinal()] : 0;
    x[i++] = yearsConflict ? x[FeatureSpace.TEXT.ordinal()] : 0;
    x[i++] = yearsConflict ? x[FeatureSpace.NEUTRAL.ordinal()] : 0;
    if (!story.languages.contains(article.language())) {
      acrossLanguages(x);
    }
    return x;
  }

  /**
   * Turns the features of a pair into those of the same pair across languages: the language-bound evidence reads as
   * for an unrelated text, {@code other_language} is set and the language-neutral evidence gets its {@code across_}
   * copies. Applied to every pair whose story holds no article in the article's language — and, in training, to a
   * replay of each decision, so that the model learns how far names, numbers and days alone carry a join from the
   * single-language corpora too. Margins and headline copies are then recomputed by {@link #complete}.
   */
  static void acrossLanguages(double[] x) {
    for (int column : LANGUAGE_BOUND_COLUMNS) {
      String name = BASE.get(column);
      x[column] = name.startsWith("unseen_") ? 1 : name.startsWith("log_") ? Math.log(LOG_FLOOR) : 0;
    }
    x[OTHER_LANGUAGE] = 1;
    x[OTHER_LANGUAGE + 1] = x[FeatureSpace.NEUTRAL.ordinal()];
    for (int c = 0; c < ACROSS_COLUMNS.length; c++) {
      x[ACROSS_COLUMNS[c]] = x[ACROSS_SOURCES[c]];
    }
  }

  /**
   * Completes the features of all the candidates of one article: how far each candidate's text, title and
   * neutral cosines lie above the best of the other candidates (the cosine itself when it is alone), then the
   * input kind and the headline-only copies.
   */
  void complete(ArticleFeatures article, List<double[]> candidates) {
    int base = BASE.indexOf("text_margin");
    int[] compared = {FeatureSpace.TEXT.ordinal(), FeatureSpace.TITLE.ordinal(), FeatureSpace.NEUTRAL.ordinal()};
    for (int c = 0; c < compared.length; c++) {
      int column = compared[c];
      double best = Double.NEGATIVE_INFINITY;
      double second = Double.NEGATIVE_INFINITY;
      for (double[] x : candidates) {
        if (x[column] > best) {
          second = best;
          best = x[column];
        } else if (x[column] > second) {
          second = x[column];
        }
      }
      for (double[] x : candidates) {
        double other = x[column] == best ? second : best;
        x[base + c] = x[column] - (other == Double.NEGATIVE_INFINITY ? 0 : other);
      }
    }
    double headline = article.headline() ? 1 : 0;
    for (double[] x : candidates) {
      x[BASE.size()] = headline;
      for (int j = 0; j < PER_KIND_COLUMNS.length; j++) {
        x[BASE.size() + 1 + j] = headline * x[PER_KIND_COLUMNS[j]];
      }
    }
  }

  private static int sharedNumbers(ArticleFeatures article, StoryState story) {
    FeatureSum neutral = story.sum(FeatureSpace.NEUTRAL);
    int shared = 0;
    for (String feature : article.weights(FeatureSpace.NEUTRAL).keySet()) {
      if (feature.startsWith("#") && neutral.get(feature) != 0) {
        shared++;
      }
    }
    return shared;
  }

  /**
   * The cosine of the article with a story's weighted sum in one space, one look-up per feature of the article;
   * also sets {@code unseen[space]} to the share of the article's (squared unit) weight on features the story
   * never had — 1 when the story has none of them, 0 when the article has no feature in the space.
   */
  private double cosine(Query query, FeatureSpace space, FeatureSum sum, double[] unseen) {
    String[] features = query.features[space.ordinal()];
    if (features.length == 0) {
      return 0;
    }
    double[] weights = query.weights[space.ordinal()];
    double[] squares = query.squares[space.ordinal()];
    double dot = 0;
    double missing = 0;
    for (int i = 0; i < features.length; i++) {
      double s = sum.get(features[i]);
      if (s != 0) {
        dot += weights[i] * s;
      } else {
        missing += squares[i];
      }
    }
    unseen[space.ordinal()] = missing;
    double norm = dot == 0 ? 0 : sum.norm(df, normRefreshGrowth);
    return norm == 0 ? 0 : dot / norm;
  }

  /** The cosine of a unit vector with a story's weighted sum. */
  double cosine(Map<String, Double> unit, FeatureSum sum) {
    double norm = sum.norm(df, normRefreshGrowth);
    if (norm == 0) {
      return 0;
    }
    double dot = 0;
    for (Map.Entry<String, Double> e : unit.entrySet()) {
      double s = sum.get(e.getKey());
      if (s != 0) {
        dot += e.getValue() * s * df.idf(e.getKey());
      }
    }
    return dot / norm;
  }
}
