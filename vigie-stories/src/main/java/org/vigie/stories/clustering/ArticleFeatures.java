package org.vigie.stories.clustering;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the clusterer keeps of an article: its language; sublinear term frequencies of its content features (stems, numbers,
 * resolved dates), of its entities' canonical names, the language-neutral features that
 * carry across languages (entity names and their words, numbers, dates); the years it mentions
 * or is dated in, the days it names or is dated on, and its MinHash signature.
 */
record ArticleFeatures(
    String id,
    String title,
    String language,
    @Nullable LocalDate published,
    Map<String, Double> terms,
    Map<String, Double> entities,
    Map<String, Double> neutral,
    Set<Integer> years,
    EventDays days,
    long[] signature) {}
