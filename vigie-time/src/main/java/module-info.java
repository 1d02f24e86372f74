/** The temporal tagger and TIMEX3 normaliser, and its TimeML evaluation. */
module org.vigie.time {
  requires static org.jspecify;
  requires transitive org.vigie.model;
  requires java.xml;

  exports org.vigie.time;
}
