package org.vigie.nlp.eval;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;

/**
 * Entity errors sorted into classes fixed before looking at any output, counts only (so they may be shown for a
 * held-out half). A missed gold entity (non-optional, not found) is, in this order: tagged MISC (a MISC prediction
 * has one of its forms), wrong type (a person, organisation or place prediction has one of its forms), span (a
 * prediction of any type overlaps one of its forms), or not tagged. A spurious prediction (person, organisation or
 * place matching no gold entity) is: type (a gold entity, optional ones included, has one of its forms), span (it
 * overlaps a gold form), or no gold overlap. Two forms overlap when one's words contain the other's, or when they
 * share a word of four letters or more (so "de" or "la" alone never makes an overlap).
 */
public record EntityErrors(int missedMisc, int missedType, int missedSpan, int missedUntagged, int spuriousType,
    int spuriousSpan, int spuriousUnrelated) {

  public static final EntityErrors ZERO = new EntityErrors(0, 0, 0, 0, 0, 0, 0);

  public static EntityErrors of(GoldArticle gold, AnalyzedArticle predicted) {
    List<Entity> predictions = predicted.entities();
    int[] missed = new int[4];
    for (GoldEntity entity : gold.entities()) {
      if (entity.optional() || predictions.stream().anyMatch(p -> WhoScorer.matches(entity, p))) {
        continue;
      }
      Set<String> forms = entity.forms().map(ScoringText::fold).collect(Collectors.toSet());
      List<Entity> sameForm = predictions.stream()
          .filter(p -> WhoScorer.predictedForms(p).anyMatch(forms::contains)).toList();
      if (sameForm.stream().anyMatch(p -> p.type() == EntityType.MISC)) {
        missed[0]++;
      } else if (!sameForm.isEmpty()) {
        missed[1]++;
      } else if (predictions.stream().anyMatch(p -> overlaps(forms, p))) {
        missed[2]++;
      } else {
        missed[3]++;
      }
    }
    int[] spurious = new int[3];
    for (Entity entity : predictions) {
      if (entity.type() == EntityType.MISC || gold.entities().stream().anyMatch(g -> WhoScorer.matches(g, entity))) {
        continue;
      }
      Set<String> forms = WhoScorer.predictedForms(entity).collect(Collectors.toSet());
      if (gold.entities().stream().flatMap(GoldEntity::forms).map(ScoringText::fold).anyMatch(forms::contains)) {
        spurious[0]++;
      } else if (gold.entities().stream().anyMatch(
          g -> overlaps(g.forms().map(ScoringText::fold).collect(Collectors.toSet()), entity))) {
        spurious[1]++;
      } else {
        spurious[2]++;
      }
    }
    return new EntityErrors(missed[0], missed[1], missed[2], missed[3], spurious[0], spurious[1], spurious[2]);
  }

  private static boolean overlaps(Set<String> goldForms, Entity predicted) {
    return WhoScorer.predictedForms(predicted)
        .anyMatch(form -> goldForms.stream().anyMatch(gold -> formsOverlap(gold, form)));
  }

  static boolean formsOverlap(String a, String b) {
    Set<String> left = ScoringText.words(a);
    Set<String> right = ScoringText.words(b);
    if (left.isEmpty() || right.isEmpty()) {
      return false;
    }
    return left.containsAll(right) || right.containsAll(left)
        || ScoringText.contentWords(a).stream().anyMatch(right::contains);
  }

  public EntityErrors plus(EntityErrors o) {
    return new EntityErrors(missedMisc + o.missedMisc, missedType + o.missedType, missedSpan + o.missedSpan,
        missedUntagged + o.missedUntagged, spuriousType + o.spuriousType, spuriousSpan + o.spuriousSpan,
        spuriousUnrelated + o.spuriousUnrelated);
  }

  /** "entity misses: tagged MISC 5, wrong type 2, span 2, not tagged 2" and the spurious line. */
  public List<String> lines() {
    return List.of(
        String.format(Locale.ROOT, "entity misses: tagged MISC %d, wrong type %d, span %d, not tagged %d",
            missedMisc, missedType, missedSpan, missedUntagged),
        String.format(Locale.ROOT, "spurious entities: type %d, span %d, no gold overlap %d",
            spuriousType, spuriousSpan, spuriousUnrelated));
  }
}
