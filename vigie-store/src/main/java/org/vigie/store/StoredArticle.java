package org.vigie.store;

import org.jspecify.annotations.Nullable;
import org.vigie.model.AnalyzedArticle;

/**
 * An article as the store gives it back for rebuilding in-memory state (the clusterer) after a restart: the full
 * {@link org.vigie.model.Article} and its language, entities, quotes, times and errors. Tokens, sentences and raw
 * named mentions are not stored, and their layers are absent from {@link AnalyzedArticle#layers()}.
 *
 * @param sequence the store's ingest order; pass the last one seen to {@link Store#articles} to read the next page
 * @param storyId  the story the article currently belongs to, when it has one
 */
public record StoredArticle(long sequence, AnalyzedArticle article, @Nullable String storyId) {}
