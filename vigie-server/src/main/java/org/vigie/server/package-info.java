/**
 * Vigie's one-process server: the {@link org.vigie.server.IngestService} shared by the CLI and {@code POST
 * /api/articles}, the story book that assigns articles to stories and keeps their dossiers, the HTTP JSON API and the
 * server-rendered web UI ({@link org.vigie.server.VigieServer}).
 */
@NullMarked
package org.vigie.server;

import org.jspecify.annotations.NullMarked;
