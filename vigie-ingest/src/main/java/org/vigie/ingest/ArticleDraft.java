package org.vigie.ingest;

import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An article as a reader found it, before {@link ArticleAssembler} normalizes it into an {@link
 * org.vigie.model.Article}: fields are as given, the title may be missing and the text may be raw.
 */
record ArticleDraft(
    String source,
    @Nullable String id,
    @Nullable String url,
    @Nullable String outlet,
    @Nullable String title,
    @Nullable LocalDate published,
    @Nullable String language,
    String text,
    Map<String, Object> metadata) {

  ArticleDraft {
    metadata = Map.copyOf(metadata);
  }
}
