package org.vigie.stories.text;

/**
 * Light stemming of folded words: plurals and the commonest inflections only, so that "evacuees", "evacuated"
 * and "evacuee" meet without conflating words a full stemmer would. Numbers are left alone.
 */
public final class LightStemmer {
  private LightStemmer() {}

  /**
   * @param language an ISO 639-1 code ("fr", "en"); anything else gets plural stripping only
   */
  public static String stem(String word, String language) {
    if (word.length() <= 3 || Words.isNumber(word)) {
      return word;
    }
    return switch (language) {
      case "en" -> english(word);
      case "fr" -> french(word);
      default -> plural(word);
    };
  }

  private static String plural(String w) {
    if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is") && w.length() > 4) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  private static String english(String w) {
    if (w.endsWith("ies") && w.length() > 5) {
      w = w.substring(0, w.length() - 3) + "y";
    } else if (w.endsWith("sses")) {
      w = w.substring(0, w.length() - 2);
    } else {
      w = plural(w);
    }
    if (w.endsWith("ing") && w.length() > 6) {
      w = w.substring(0, w.length() - 3);
    } else if (w.endsWith("ed") && w.length() > 5) {
      w = w.substring(0, w.length() - 2);
    } else if (w.endsWith("e") && w.length() > 4) {
      w = w.substring(0, w.length() - 1);
    }
    return w;
  }

  private static String french(String w) {
    if ((w.endsWith("s") || w.endsWith("x")) && w.length() > 4) {
      w = w.substring(0, w.length() - 1);
    }
    if (w.endsWith("ement") && w.length() > 8) {
      w = w.substring(0, w.length() - 5);
    } else if (w.endsWith("ment") && w.length() > 7) {
      w = w.substring(0, w.length() - 4);
    }
    while (w.endsWith("e") && w.length() > 4) {
      w = w.substring(0, w.length() - 1);
    }
    return w;
  }
}
