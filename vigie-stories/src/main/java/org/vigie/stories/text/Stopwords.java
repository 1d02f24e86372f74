package org.vigie.stories.text;

import java.util.List;
import java.util.Set;

/** Folded French and English function words, plus the words every news report uses whatever the event. */
public final class Stopwords {
  private static final Set<String> WORDS = Set.copyOf(List.of(
      // English
      "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
      "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did",
      "do", "does", "doing", "down", "during", "each", "even", "ever", "few", "for", "from", "further", "had", "has",
      "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "however", "i", "if",
      "in", "into", "is", "it", "its", "itself", "just", "me", "more", "most", "much", "must", "my", "myself", "no",
      "nor", "not", "now", "of", "off", "on", "once", "one", "only", "or", "other", "our", "ours", "ourselves",
      "out", "over", "own", "same", "she", "should", "so", "some", "such", "than", "that", "the", "their",
      "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those", "through", "to", "too",
      "under", "until", "up", "upon", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who",
      "whom", "whose", "why", "will", "with", "within", "without", "would", "you", "your", "yours", "yourself",
      "said", "says", "say", "told", "tell", "according", "also", "new", "news", "two", "three", "first", "last",
      "year", "years", "week", "day", "days", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday", "mr", "mrs", "ms", "may", "might", "like", "get", "got", "since", "still", "yet", "around", "via",
      "among", "another", "many", "several", "per", "cent", "percent", "people", "time", "made", "make", "back",
      "s", "t", "don", "didn", "won", "isn", "wasn", "aren", "ll", "ve", "re", "d", "m",
      // French
      "au", "aux", "avec", "ce", "ces", "cet", "cette", "dans", "de", "des", "du", "elle", "elles", "en", "et",
      "eux", "il", "ils", "je", "la", "le", "les", "leur", "leurs", "lui", "ma", "mais", "me", "meme", "mes", "moi",
      "mon", "ne", "nos", "notre", "nous", "on", "ou", "par", "pas", "pour", "qu", "que", "qui", "sa", "se", "ses",
      "son", "sur", "ta", "te", "tes", "toi", "ton", "tu", "un", "une", "vos", "votre", "vous", "c", "j", "l",
      "n", "y", "ete", "etre", "avoir", "ai", "as", "avons", "avez", "ont", "eu", "est", "es", "sommes", "etes",
      "sont", "etait", "etaient", "sera", "seront", "serait", "a", "fait", "faire", "plus", "moins", "tres", "tout",
      "tous", "toute", "toutes", "aussi", "ainsi", "alors", "apres", "avant", "depuis", "entre", "lors", "selon",
      "sans", "sous", "vers", "chez", "contre", "comme", "dont", "ou", "si", "ni", "donc", "car", "deja", "encore",
      "bien", "peu", "trop", "autre", "autres", "quelque", "quelques", "chaque", "leurs", "celui", "celle", "ceux",
      "cela", "ca", "ici", "la", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "an",
      "ans", "annee", "jour", "jours", "semaine", "deux", "trois", "premier", "premiere", "dernier", "derniere",
      "selon", "declare", "indique", "explique", "affirme", "ajoute", "precise", "estime", "mme", "m", "pourrait",
      "peut", "doit", "va", "vont", "veut", "aujourd", "hui", "hier", "demain", "soir", "matin", "heure", "heures"));

  private Stopwords() {}

  /** True for a folded word that says nothing about which event an article reports. */
  public static boolean contains(String foldedWord) {
    return WORDS.contains(foldedWord);
  }
}
