/** The Store port (records in, records out) and its embedded implementation; no SQL or Lucene type leaves it. */
module org.vigie.store {
  requires static org.jspecify;
  requires transitive org.vigie.model;
  requires java.sql;
  requires org.xerial.sqlitejdbc;
  requires org.apache.lucene.core;
  requires org.apache.lucene.analysis.common;
  requires org.apache.lucene.queryparser;
  requires org.apache.lucene.highlighter;
  requires com.fasterxml.jackson.databind;
  requires org.slf4j;

  exports org.vigie.store;
}
