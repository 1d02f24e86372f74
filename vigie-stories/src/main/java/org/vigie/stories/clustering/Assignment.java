package org.vigie.stories.clustering;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where one article went.
 *
 * @param article         the article id
 * @param story           the story id
 * @param similarity      the article's similarity with the story it joined (1 for the article that starts a
 *                        story; the estimated shingle Jaccard similarity for a near-duplicate)
 * @param newStory        true when the article started the story
 * @param nearDuplicateOf the earlier article this one nearly copies, if any
 */
public record Assignment(
    String article, String story, double similarity, boolean newStory, @Nullable String nearDuplicateOf) {

  public Optional<String> nearDuplicate() {
    return Optional.ofNullable(nearDuplicateOf);
  }
}
