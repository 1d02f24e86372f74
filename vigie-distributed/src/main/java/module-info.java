/**
 * The distributed mode: Kafka as the ingest log between the publishers, the analysis workers and the one ordered
 * storyteller, which writes to the store on server engines. No Kafka type leaves it.
 */
module org.vigie.distributed {
  requires static org.jspecify;
  requires org.vigie.app;
  requires kafka.clients;

  exports org.vigie.distributed;
}
