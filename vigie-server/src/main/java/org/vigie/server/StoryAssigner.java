package org.vigie.server;

import java.util.List;
import java.util.Optional;
import org.vigie.model.AnalyzedArticle;
import org.vigie.store.StoryRecord;

/**
 * Where the server's ingest path meets story clustering: assigns each analysed article to a story and gives back
 * the story as the store keeps it. {@link StoryBook} implements it with vigie-stories.
 */
public interface StoryAssigner {

  /** Assigns one article and returns its story id. Assigning an id again returns its first story. */
  String assign(AnalyzedArticle article);

  /** The story as it stands now, its dossier rebuilt, or empty for an unknown id. */
  Optional<StoryRecord> record(String storyId);

  /** Every story as it stands now. */
  List<StoryRecord> records();
}
