package org.vigie.nlp;

/** Thrown by an annotator that has no model for the document's language; the pipeline reports its message as is. */
public final class UnsupportedLanguageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UnsupportedLanguageException(String annotator, String language) {
    super(annotator + ": language '" + language + "' is not supported yet (supported: fr, en)");
  }
}
