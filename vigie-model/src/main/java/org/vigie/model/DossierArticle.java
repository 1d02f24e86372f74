package org.vigie.model;

import org.jspecify.annotations.Nullable;

/** One article of a dossier, as a reader sees it listed. {@code published} is ISO-8601 or null when unknown. */
public record DossierArticle(
    String id, @Nullable String outlet, String title, @Nullable String published, @Nullable String language) {}
