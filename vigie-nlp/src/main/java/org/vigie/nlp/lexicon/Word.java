package org.vigie.nlp.lexicon;

/**
 * A word of the text: a run of letters and digits, possibly hyphenated ("porte-parole"), or an elided article or
 * pronoun with its apostrophe ("l'", "qu'").
 *
 * @param key the word compared without case or accents
 */
public record Word(int start, int end, String text, String key) {

  public boolean isCapitalised() {
    return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
  }

  public boolean isElision() {
    return text.endsWith("'") || text.endsWith("’");
  }
}
