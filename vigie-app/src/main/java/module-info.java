/**
 * The application: source → analysis → story → store as a stream, the composition root and the feed watcher. The
 * server and the CLI read the modules below through it.
 */
module org.vigie.app {
  requires static org.jspecify;
  requires transitive org.vigie.model;
  requires transitive org.vigie.ingest;
  requires transitive org.vigie.time;
  requires transitive org.vigie.nlp;
  requires transitive org.vigie.stories;
  requires transitive org.vigie.store;
  requires java.sql;
  requires jdk.jfr;
  requires com.fasterxml.jackson.core;
  requires org.apache.commons.csv;
  requires duckdb.jdbc;

  exports org.vigie.app;
  exports org.vigie.app.spi;
  exports org.vigie.app.export;

  uses org.vigie.app.spi.ServerLauncher;
  uses org.vigie.app.spi.BenchRunner;
}
