/** The records every stage shares, their JSON shape (the analyze contract), and the one text folding. */
module org.vigie.model {
  requires static org.jspecify;
  requires transitive com.fasterxml.jackson.annotation;

  exports org.vigie.model;
  exports org.vigie.text;

  // Jackson writes and reads the records (the store keeps dossiers as their JSON).
  opens org.vigie.model to com.fasterxml.jackson.databind;
}
