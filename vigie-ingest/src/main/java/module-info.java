/** Readers of every input format, and Vigie's one HTTP fetcher. */
module org.vigie.ingest {
  requires static org.jspecify;
  requires transitive org.vigie.model;
  requires java.net.http;
  requires com.fasterxml.jackson.databind;
  requires org.jsoup;
  requires readability4j;
  requires com.rometools.rome;
  requires crawler.commons;
  requires kotlin.stdlib;

  exports org.vigie.ingest;
}
