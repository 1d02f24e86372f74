package org.vigie.stories.clustering;

import java.util.List;
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
 * @param revised         the stories whose earlier members moved when this article came: a young story split in
 *                        two (it keeps its id) and the story split off it, whose dossiers must be written again;
 *                        empty in most assignments
 */
public record Assignment(String article, String story, double similarity, boolean newStory,
    @Nullable String nearDuplicateOf, List<String> revised) {

  public Assignment {
    revised = List.copyOf(revised);
  }

  /** An assignment that moved no earlier article. */
  public Assignment(String article, String story, double similarity, boolean newStory,
      @Nullable String nearDuplicateOf) {
    this(article, story, similarity, newStory, nearDuplicateOf, List.of());
  }

  public Optional<String> nearDuplicate() {
    return Optional.ofNullable(nearDuplicateOf);
  }
}
