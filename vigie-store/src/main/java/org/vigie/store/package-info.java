/**
 * Vigie's storage: the {@link org.vigie.store.Store} port and its embedded implementation, an SQLite database in
 * WAL mode as the system of record and a Lucene index derived from it.
 *
 * <p>No SQL or Lucene type leaves this package: callers see only the model records and the query results declared
 * here, so a server database and a search cluster can implement the same port later.
 */
@NullMarked
package org.vigie.store;

import org.jspecify.annotations.NullMarked;
