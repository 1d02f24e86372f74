/**
 * The Store port (records in, records out) and its two implementations, embedded (SQLite + Lucene) and on server
 * engines (PostgreSQL + OpenSearch), sharing their SQL; no SQL, Lucene or OpenSearch type leaves it.
 */
module org.vigie.store {
  requires static org.jspecify;
  requires transitive org.vigie.model;
  requires java.sql;
  requires java.net.http;
  requires org.postgresql.jdbc;
  requires org.xerial.sqlitejdbc;
  requires org.apache.lucene.core;
  requires org.apache.lucene.analysis.common;
  requires org.apache.lucene.queryparser;
  requires org.apache.lucene.highlighter;
  requires com.fasterxml.jackson.databind;
  requires org.slf4j;

  exports org.vigie.store;
}
