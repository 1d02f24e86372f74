/**
 * The application: the flow source → analysis → story → store as a stream ({@link org.vigie.app.IngestService}),
 * the stories kept with their dossiers and their clusterer's state ({@code StoryDesk}), the feed watcher, and the
 * composition root {@link org.vigie.app.Vigie}. It deals in the model's records only; the server and the CLI are
 * adapters over it.
 */
@NullMarked
package org.vigie.app;

import org.jspecify.annotations.NullMarked;
