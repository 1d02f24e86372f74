package org.vigie.store;

/**
 * What a store holds.
 *
 * @param indexed       documents in the search index; equal to {@code articles} in a healthy store
 * @param schemaVersion the database schema version
 */
public record Health(long articles, long stories, long indexed, int schemaVersion) {}
