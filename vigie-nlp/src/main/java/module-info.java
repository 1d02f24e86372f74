/** The annotators and the pipeline; the only module that sees CoreNLP or lingua. */
module org.vigie.nlp {
  requires static org.jspecify;
  requires transitive org.vigie.model;
  requires org.vigie.time;
  requires edu.stanford.nlp.corenlp;
  requires com.github.pemistahl.lingua;
  requires kotlin.stdlib;
  requires morfologik.stemming;
  requires com.fasterxml.jackson.databind;

  exports org.vigie.nlp;
  exports org.vigie.nlp.eval;
  // the quote benchmark times the quote annotator on its own
  exports org.vigie.nlp.quotes to org.vigie.bench;
}
