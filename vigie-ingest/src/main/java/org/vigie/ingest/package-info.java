/**
 * Reads articles from files, directories, URLs and raw bytes: decodes the bytes, detects the format (plain text,
 * JSON, JSON Lines, HTML, RSS/Atom), extracts title, date, outlet and body, and gives every input either
 * {@link org.vigie.model.Article}s, {@link org.vigie.model.Duplicate}s or {@link org.vigie.model.ItemError}s.
 *
 * <p>The entry point is {@link org.vigie.ingest.Ingestor}; everything else is package-private.
 */
@NullMarked
package org.vigie.ingest;

import org.jspecify.annotations.NullMarked;
