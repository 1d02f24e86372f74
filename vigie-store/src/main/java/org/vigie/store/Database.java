package org.vigie.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.jspecify.annotations.Nullable;
import org.sqlite.SQLiteConfig;

/**
 * The SQLite side of the embedded store: one writer connection, used one transaction at a time under the store's
 * write lock, and a pool of read-only connections, each read in its own snapshot (WAL mode).
 */
final class Database implements AutoCloseable {
  static final String FILE = "vigie.db";
  private static final int IDLE_READERS = 4;

  /** One unit of work on a connection. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection db) throws SQLException;
  }

  /** Opens a connection, read-only or not, not in auto-commit mode. */
  @FunctionalInterface
  private interface Connector {
    Connection connect(boolean readOnly) throws SQLException;
  }

  private final Connector connector;
  private final String where;
  private final Connection writer;
  private final ConcurrentLinkedQueue<Connection> idleReaders = new ConcurrentLinkedQueue<>();
  private volatile boolean closed;

  private Database(Connector connector, String where, Connection writer) {
    this.connector = connector;
    this.where = where;
    this.writer = writer;
  }

  static Database open(java.nio.file.Path dir) throws SQLException {
    String url = "jdbc:sqlite:" + dir.resolve(FILE);
    Connector connector = readOnly -> connect(url, readOnly);
    return new Database(connector, dir.toString(), connector.connect(false));
  }

  /**
   * A PostgreSQL system of record; reads see one snapshot each (repeatable read), like SQLite's WAL readers.
   *
   * @param jdbcUrl {@code jdbc:postgresql://host:port/database}, with {@code user} and {@code password} parameters
   *     when the server asks for them
   */
  static Database openPostgres(String jdbcUrl, String where) throws SQLException {
    Connector connector = readOnly -> {
      Connection c = DriverManager.getConnection(jdbcUrl);
      c.setAutoCommit(false);
      if (readOnly) {
        c.setReadOnly(true);
        c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      }
      return c;
    };
    return new Database(connector, where, connector.connect(false));
  }

  private static Connection connect(String url, boolean readOnly) throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    // FULL: a commit is on disk when it returns, so an acknowledged article survives power loss as well as kill -9.
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.setBusyTimeout(10_000);
    config.enforceForeignKeys(true);
    Connection c = DriverManager.getConnection(url, config.toProperties());
    if (readOnly) {
      try (Statement st = c.createStatement()) {
        st.execute("PRAGMA query_only = 1");
      }
    }
    c.setAutoCommit(false);
    return c;
  }

  /** The writer connection; the caller holds the store's write lock and commits or rolls back. */
  Connection writer() {
    return writer;
  }

  /** Runs {@code work} in one transaction on the writer, committed when it returns, rolled back when it throws. */
  <T> T write(Work<T> work) throws SQLException {
    try {
      T result = work.run(writer);
      writer.commit();
      return result;
    } catch (SQLException | RuntimeException e) {
      try {
        writer.rollback();
      } catch (SQLException ignored) {
        // The transaction is abandoned either way; the original error is the one to report.
      }
      throw e;
    }
  }

  /** Runs a read in one snapshot on a pooled connection. */
  <T> T read(String what, Work<T> work) {
    if (closed) {
      throw new StoreException("the store at " + where + " is closed");
    }
    Connection db = idleReaders.poll();
    boolean reusable = false;
    try {
      if (db == null) {
        db = connector.connect(true);
      }
      T result = work.run(db);
      db.rollback();
      reusable = true;
      return result;
    } catch (SQLException e) {
      throw new StoreException("cannot read " + what + " from the store at " + where + ": " + e.getMessage(), e);
    } finally {
      if (db != null) {
        if (reusable && !closed && idleReaders.size() < IDLE_READERS) {
          idleReaders.add(db);
        } else {
          closeQuietly(db);
        }
      }
    }
  }

  @Override
  public void close() {
    closed = true;
    Connection idle;
    while ((idle = idleReaders.poll()) != null) {
      closeQuietly(idle);
    }
    closeQuietly(writer);
  }

  static void bind(PreparedStatement ps, List<?> params) throws SQLException {
    for (int i = 0; i < params.size(); i++) {
      ps.setObject(i + 1, params.get(i));
    }
  }

  static @Nullable LocalDate date(@Nullable String iso) {
    return iso == null ? null : LocalDate.parse(iso);
  }

  static @Nullable String iso(@Nullable LocalDate date) {
    return date == null ? null : date.toString();
  }

  /** Values joined with the unit separator by {@code string_agg(x, U+001F)}, in SQLite and PostgreSQL alike. */
  static List<String> split(@Nullable String joined) {
    return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split("\u001f"));
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException ignored) {
      // closing after a failure or on shutdown: nothing more useful to do
    }
  }
}
