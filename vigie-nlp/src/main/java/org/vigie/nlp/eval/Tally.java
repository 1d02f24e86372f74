package org.vigie.nlp.eval;

/**
 * The counts behind the figures, for one article or a sum of them.
 *
 * @param entities          non-optional gold entities
 * @param entitiesFound     of those, found with an accepted type
 * @param predicted         predicted persons, organisations and places
 * @param predictedRight    of those, matching a gold entity (optional ones included)
 * @param roles             gold roles of the found entities
 * @param rolesFound        of those, found among the matched entities' roles
 * @param quotes            gold quotes
 * @param quotesFound       of those, matched one to one with a predicted quote (word overlap 0.5 or more)
 * @param speakersRight     of the gold quotes, matched with the right speaker
 * @param times             non-optional gold times other than the dateline
 * @param timesRight        of those, matched with a predicted time of the same value
 * @param published         articles whose gold gives a publication date
 * @param publishedRight    of those, analysed with that date
 */
public record Tally(
    int entities, int entitiesFound, int predicted, int predictedRight, int roles, int rolesFound, int quotes,
    int quotesFound, int speakersRight, int times, int timesRight, int published, int publishedRight) {

  public static final Tally ZERO = new Tally(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

  public Tally plus(Tally o) {
    return new Tally(entities + o.entities, entitiesFound + o.entitiesFound, predicted + o.predicted,
        predictedRight + o.predictedRight, roles + o.roles, rolesFound + o.rolesFound, quotes + o.quotes,
        quotesFound + o.quotesFound, speakersRight + o.speakersRight, times + o.times, timesRight + o.timesRight,
        published + o.published, publishedRight + o.publishedRight);
  }

  public double entityRecall() {
    return ratio(entitiesFound, entities);
  }

  public double entityPrecision() {
    return ratio(predictedRight, predicted);
  }

  public double roleRecall() {
    return ratio(rolesFound, roles);
  }

  public double quoteRecall() {
    return ratio(quotesFound, quotes);
  }

  public double speakerAccuracy() {
    return ratio(speakersRight, quotes);
  }

  public double timeValueAccuracy() {
    return ratio(timesRight, times);
  }

  /** part / whole, and 1 when there is nothing to find (nothing was missed). */
  private static double ratio(int part, int whole) {
    return whole == 0 ? 1 : (double) part / whole;
  }
}
