package org.vigie.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Guesses the tense of the clause around an expression from light morphology: the verb form nearest to the
 * expression in its sentence decides. French: passé composé and plus-que-parfait (an auxiliary and a participle),
 * imparfait ("-ait"), passé simple ("-èrent"), futur ("-ra", "-ront"), conditionnel ("-erait") and "va / doit /
 * devrait + infinitive". English: "will", "-ed" forms, "said" and other irregular pasts.
 */
final class TenseGuesser {
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final int MAX_DISTANCE = 25;
  /** How far around the expression verbs are looked for, which bounds the work per expression. */
  private static final int WINDOW_CHARS = 240;
  private static final int PARTICIPLE_DISTANCE = 5;
  private static final Set<String> DETERMINERS = Set.of("le", "la", "l", "les", "un", "une", "des", "du", "au", "aux",
      "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "notre", "votre", "nos", "vos", "mon", "ma",
      "mes", "quel", "quelle", "chaque", "tout", "toute", "d");
  private static final Set<String> NOUNS_IN_E = Set.of("année", "journée", "soirée", "matinée", "été", "entrée",
      "arrivée", "durée", "armée", "idée", "rentrée", "tournée", "musée", "lycée", "société", "comité", "santé", "côté",
      "marché", "député", "traité", "café", "clé", "cité", "degré", "moitié", "qualité", "sécurité", "communauté",
      "université", "activité", "majorité", "autorité", "unité", "volonté", "difficulté", "vérité", "liberté",
      "réalité", "priorité", "capacité", "propriété", "solidarité", "quantité", "délégué", "salarié", "employé",
      "associé", "pensée", "fumée", "vallée", "randonnée", "chaussée", "portée", "épée", "mêlée");
  private static final String CLAUSE_MARKS = ",;:()«»\"“”—–[]";

  private static final Set<String> FRENCH_AUXILIARIES = Set.of("a", "ont", "avait", "avaient", "ai", "avons", "avez",
      "as", "eut", "eurent", "avions", "aviez", "est", "sont", "était", "étaient", "suis", "sommes", "êtes", "es",
      "fut", "furent", "étais", "étions");
  private static final Set<String> PRESENT_AUXILIARIES = Set.of("est", "sont", "suis", "es", "sommes", "êtes");
  private static final Set<String> REFLEXIVES = Set.of("se", "s", "me", "m", "te", "t", "nous", "vous");
  private static final List<String> ETRE_VERBS = List.of("arrivé", "parti", "venu", "né", "mort", "tombé", "resté",
      "entré", "sorti", "monté", "descendu", "retourné", "passé", "allé", "décédé", "apparu", "intervenu", "survenu",
      "rentré", "revenu", "devenu", "parvenu", "demeuré", "advenu");
  private static final Set<String> FRENCH_FILLERS = Set.of("ne", "n", "pas", "plus", "jamais", "déjà", "bien", "tout",
      "toujours", "également", "aussi", "encore", "ensuite", "alors", "donc", "enfin", "même", "guère", "rien", "point",
      "très", "peu", "beaucoup", "y", "en", "il", "elle", "ils", "elles", "on", "t", "lui", "leur", "certes", "ainsi",
      "parfois", "souvent", "longtemps", "vite", "mal", "trop", "ici", "là", "hier", "depuis", "d", "abord");
  private static final Set<String> PLANNED = Set.of("prévu", "prévue", "prévus", "prévues", "attendu", "attendue",
      "attendus", "attendues", "programmé", "programmée", "programmés", "programmées", "convoqué", "convoquée",
      "convoqués", "convoquées", "invité", "invitée", "invités", "invitées", "appelé", "appelés", "appelée", "appelées",
      "fixé", "fixée");
  private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("fait", "faits", "faite", "faites", "dit", "dite",
      "dits", "dites", "pris", "prise", "prises", "mis", "mise", "mises", "eu", "eue", "été", "vu", "vue", "vus", "su",
      "pu", "dû", "due", "lu", "venu", "venue", "venus", "venues", "devenu", "devenue", "mort", "morte", "morts",
      "mortes", "né", "née", "ouvert", "ouverte", "offert", "offerte", "couvert", "découvert", "découverte", "souffert",
      "atteint", "atteinte", "craint", "peint", "joint", "rejoint", "éteint", "plaint", "conduit", "conduite",
      "construit", "construite", "détruit", "détruite", "produit", "réduit", "traduit", "introduit", "écrit", "écrite",
      "inscrit", "inscrite", "décrit", "permis", "promis", "commis", "admis", "soumis", "transmis", "remis", "compris",
      "appris", "surpris", "repris", "reprise", "entrepris", "acquis", "conquis", "requis", "suivi", "suivie",
      "poursuivi", "vécu", "voulu", "valu", "fallu", "plu", "connu", "reconnu", "paru", "apparu", "disparu", "couru",
      "perdu", "perdue", "rendu", "rendue", "vendu", "vendue", "attendu", "entendu", "répondu", "descendu", "défendu",
      "étendu", "tendu", "battu", "abattu", "combattu", "débattu", "élu", "élue", "élus", "réélu", "réélue", "cru",
      "bu", "reçu", "reçue", "aperçu", "conçu", "déçu", "vaincu", "convaincu", "résolu", "dissous", "inclus", "exclu",
      "clos", "parti", "partie", "partis", "sorti", "sortie", "fini", "finie", "choisi", "réussi", "saisi", "subi",
      "agi", "réagi", "réuni", "réunie", "réunis", "établi", "rempli", "trahi", "accueilli", "cueilli", "servi",
      "senti", "menti", "dormi", "enfui", "fui", "ri", "nui", "survécu", "tenu", "obtenu", "maintenu", "retenu",
      "soutenu", "contenu", "détenu", "intervenu", "parvenu", "survenu", "revenu", "prévenu", "convenu", "mû", "nés",
      "nées");
  private static final Set<String> NEAR_FUTURE = Set.of("va", "vont", "vais", "allons", "allez", "doit", "doivent",
      "devra", "devront", "devrait", "devraient", "pourra", "pourront", "compte", "comptent", "entend", "entendent",
      "prévoit", "prévoient", "envisage", "envisagent", "espère", "espèrent", "souhaite", "souhaitent");
  private static final Set<String> INFINITIVE_FILLERS = Set.of("se", "s", "y", "en", "le", "la", "les", "lui", "leur",
      "ne", "n", "pas", "l", "me", "m", "te", "nous", "vous", "bientôt", "donc", "aussi", "également", "encore",
      "alors", "enfin", "plus", "à", "de", "d", "t", "il", "elle", "ils", "elles", "on");
  private static final List<String> FRENCH_FUTURE_ENDINGS = List.of("era", "eras", "erai", "erons", "erez", "eront",
      "ira", "iras", "irai", "irons", "irez", "iront", "dra", "dras", "drai", "drons", "drez", "dront", "vra", "vras",
      "vrons", "vrez", "vront", "rra", "rras", "rrai", "rrons", "rrez", "rront", "ttra", "ttrai", "ttront", "îtra",
      "îtront", "itra", "itront", "aura", "aurai", "auront", "aurons");
  private static final List<String> FRENCH_CONDITIONAL_ENDINGS = List.of("erait", "eraient", "drait", "draient",
      "vrait", "vraient", "rrait", "rraient", "aurait", "auraient", "ttrait", "ttraient");
  private static final Set<String> FRENCH_CONDITIONAL_WORDS = Set.of("irait", "iraient", "dirait", "diraient");
  private static final List<String> INFINITIVE_ENDINGS = List.of("er", "ir", "re", "oir");
  private static final Set<String> NOT_FUTURE = Set.of("vrai", "livra", "délivra", "entra", "montra", "extra", "contra",
      "opéra", "tiara", "sahara", "cobra", "hydra", "zebra", "libra", "vera", "sierra", "terra", "serra", "front",
      "affront", "era", "caméra", "mantra", "tantra", "para", "ultra", "cathédra", "paira", "tira", "retira", "inspira",
      "admira", "soupira", "expira", "attira", "aspira", "déclara", "sépara", "prépara", "répara", "compara", "empara",
      "figura", "assura", "inaugura", "mesura", "dura", "jura", "pleura", "demeura", "ignora", "honora", "adora",
      "explora", "restaura", "entoura", "chiffra", "souffra", "encadra", "cadra", "viscéra", "chimera", "tempera",
      "opera", "riviera", "madeira", "caldeira", "bandera", "galera", "cholera", "choléra", "guerra");
  private static final Set<String> NOT_IMPERFECT = Set.of("fait", "lait", "trait", "souhait", "portrait", "extrait",
      "retrait", "attrait", "parfait", "forfait", "bienfait", "méfait", "abstrait", "distrait", "plait", "plaît",
      "satisfait", "contrefait", "imparfait", "surfait");
  private static final Set<String> FRENCH_PAST_SIMPLE = Set.of("fut", "furent", "fit", "firent", "prit", "prirent",
      "vint", "vinrent", "devint", "mourut", "naquit", "dirent", "mirent", "eut", "eurent");

  private static final Set<String> ENGLISH_FUTURE = Set.of("will", "shall", "ll", "may", "might");
  /** Before these, an "-ed" form is a participle whose tense the auxiliary gives: "will be closed", "has started". */
  private static final Set<String> ENGLISH_AUXILIARIES = Set.of("be", "been", "being", "is", "are", "am", "has", "have",
      "s", "get", "gets", "to");
  private static final Set<String> ENGLISH_PAST = Set.of("said", "was", "were", "had", "did", "told", "went", "came",
      "took", "made", "met", "saw", "gave", "left", "held", "won", "lost", "began", "became", "found", "got", "thought",
      "knew", "brought", "bought", "ran", "fell", "sent", "spent", "built", "paid", "led", "wrote", "spoke", "stood",
      "struck", "broke", "chose", "drove", "rose", "grew", "threw", "flew", "sold", "sought", "caught", "taught",
      "fought", "kept", "felt", "heard", "meant", "slept", "swore", "tore", "wore", "woke", "ago", "earlier");
  private static final Set<String> NOT_ENGLISH_PAST = Set.of("need", "needed", "indeed", "speed", "seed", "feed", "bed",
      "red", "hundred", "proceed", "exceed", "succeed", "breed", "greed", "weed", "deed", "creed", "shed", "bred",
      "sled", "shred", "fled", "led", "wed", "reed", "steed", "embed", "naked", "wicked", "sacred", "kindred", "rugged",
      "ragged", "beloved", "learned", "aged", "alleged");

  private record Word(int start, int end, String lower, boolean capitalised) {}

  private TenseGuesser() {}

  /**
   * The tense of the sentence {@code [sentenceStart, sentenceEnd)} seen from the expression {@code [start, end)}: the
   * nearest verb form in the expression's own clause (between commas, quotes or brackets), else in the sentence up
   * to the nearest semicolons. An
   * infinitive governing the clause ("avant de quitter ses fonctions le 30 octobre") leaves the tense unknown.
   */
  static Tense guess(Source source, int sentenceStart, int sentenceEnd, int start, int end, Language language) {
    int segmentStart = Math.max(segmentStart(source.text(), sentenceStart, start), wordStartBefore(source.text(),
        start - WINDOW_CHARS));
    int segmentEnd = Math.min(segmentEnd(source.text(), sentenceEnd, end), wordEndAfter(source.text(),
        end + WINDOW_CHARS));
    List<Word> words = words(source.text(), segmentStart, segmentEnd);
    int before = 0;
    while (before < words.size() && words.get(before).end() <= start) {
      before++;
    }
    int after = before;
    while (after < words.size() && words.get(after).start() < end) {
      after++;
    }
    int clauseStart = clauseStart(source.text(), sentenceStart, start);
    int clauseEnd = clauseEnd(source.text(), sentenceEnd, end);
    Tense best = null;
    int bestDistance = Integer.MAX_VALUE;
    boolean blocked = false;
    int blockedDistance = Integer.MAX_VALUE;
    for (int i = 0; i < words.size(); i++) {
      if (i >= before && i < after) {
        continue;
      }
      int distance = i < before ? before - i : i - after + 1;
      Word word = words.get(i);
      boolean inClause = word.start() >= clauseStart && word.end() <= clauseEnd;
      if (inClause && language == Language.FRENCH && isGovernedInfinitive(words, i) && distance < blockedDistance) {
        blocked = true;
        blockedDistance = distance;
      }
      if (distance > MAX_DISTANCE) {
        continue;
      }
      Tense marker = language == Language.FRENCH ? french(words, i) : english(words, i);
      if (marker == null || !inClause && word.lower().equals("ici")) {
        continue;
      }
      int rank = inClause ? distance : distance + 1000;
      if (rank < bestDistance) {
        best = marker;
        bestDistance = rank;
      }
    }
    if (blocked && (best == null || bestDistance >= 1000 || bestDistance > blockedDistance)) {
      return Tense.UNKNOWN;
    }
    if ((best == null || bestDistance >= 1000) && language == Language.FRENCH) {
      Tense participle = nearbyParticiple(words, before, after, clauseStart, clauseEnd);
      if (participle != null) {
        return participle;
      }
    }
    return best == null ? Tense.UNKNOWN : best;
  }

  private static int wordStartBefore(String text, int position) {
    int i = Math.max(0, position);
    while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  private static int wordEndAfter(String text, int position) {
    int i = Math.min(text.length(), position);
    while (i < text.length() && Character.isLetter(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** A semicolon closes the context: "il sort le 12 mars ; il avait été présenté en janvier". */
  private static int segmentStart(String text, int sentenceStart, int start) {
    int semicolon = text.lastIndexOf(';', start - 1);
    return semicolon >= sentenceStart ? semicolon + 1 : sentenceStart;
  }

  private static int segmentEnd(String text, int sentenceEnd, int end) {
    int semicolon = text.indexOf(';', end);
    return semicolon >= 0 && semicolon < sentenceEnd ? semicolon : sentenceEnd;
  }

  /**
   * A participle without auxiliary next to the expression in its clause, when the clause has no finite verb: "les
   * frappes menées en juin" is past, "la rencontre prévue lundi" future. A determiner before it makes it a noun
   * ("l'année").
   */
  private static @Nullable Tense nearbyParticiple(List<Word> words, int before, int after, int clauseStart,
      int clauseEnd) {
    for (int distance = 1; distance <= PARTICIPLE_DISTANCE; distance++) {
      for (int i : new int[] {before - distance, after + distance - 1}) {
        if (i < 0 || i >= words.size() || i >= before && i < after || words.get(i).start() < clauseStart
            || words.get(i).end() > clauseEnd) {
          continue;
        }
        String word = words.get(i).lower();
        boolean determined = i > 0 && DETERMINERS.contains(words.get(i - 1).lower());
        if (!determined && !words.get(i).capitalised() && isFrenchParticiple(word)
            && !NOUNS_IN_E.contains(word)) {
          return PLANNED.contains(word) ? Tense.FUTURE : Tense.PAST;
        }
      }
    }
    return null;
  }

  private static int clauseStart(String text, int sentenceStart, int start) {
    for (int i = start - 1; i >= sentenceStart; i--) {
      if (CLAUSE_MARKS.indexOf(text.charAt(i)) >= 0) {
        return i + 1;
      }
    }
    return sentenceStart;
  }

  private static int clauseEnd(String text, int sentenceEnd, int end) {
    for (int i = end; i < sentenceEnd; i++) {
      if (CLAUSE_MARKS.indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    return sentenceEnd;
  }

  /** "de quitter", "pour rencontrer", "sans attendre": an infinitive whose time the morphology does not give. */
  private static boolean isGovernedInfinitive(List<Word> words, int i) {
    String lower = words.get(i).lower();
    if (i == 0 || lower.length() <= 3 || !endsWithAny(lower, INFINITIVE_ENDINGS)) {
      return false;
    }
    String previous = words.get(i - 1).lower();
    return previous.equals("de") || previous.equals("d") || previous.equals("pour") || previous.equals("sans")
        || previous.equals("à");
  }

  private static List<Word> words(String text, int from, int to) {
    List<Word> words = new ArrayList<>();
    Matcher matcher = WORD.matcher(text).region(from, to);
    boolean firstWord = true;
    while (matcher.find()) {
      String word = matcher.group();
      boolean capitalised = !firstWord && Character.isUpperCase(word.charAt(0));
      words.add(new Word(matcher.start(), matcher.end(), word.toLowerCase(Locale.ROOT), capitalised));
      firstWord = false;
    }
    return words;
  }

  private static @Nullable Tense french(List<Word> words, int i) {
    Word word = words.get(i);
    String lower = word.lower();
    if (word.capitalised() && !lower.equals("il") && !lower.equals("elle")) {
      return null;
    }
    if (FRENCH_AUXILIARIES.contains(lower)) {
      for (int j = i + 1; j < Math.min(words.size(), i + 5); j++) {
        String next = words.get(j).lower();
        if (FRENCH_FILLERS.contains(next) || (next.endsWith("ment") && next.length() > 5)) {
          continue;
        }
        if (isFrenchParticiple(next)) {
          if (PRESENT_AUXILIARIES.contains(lower) && PLANNED.contains(next)) {
            return Tense.FUTURE;
          }
          boolean passivePresent = PRESENT_AUXILIARIES.contains(lower) && !isEtreVerb(next)
              && !(i > 0 && REFLEXIVES.contains(words.get(i - 1).lower()));
          return passivePresent ? null : Tense.PAST;
        }
        break;
      }
      return lower.startsWith("ét") || lower.startsWith("av") ? Tense.PAST : null;
    }
    if (NEAR_FUTURE.contains(lower)) {
      for (int j = i + 1; j < Math.min(words.size(), i + 4); j++) {
        String next = words.get(j).lower();
        if (INFINITIVE_FILLERS.contains(next)) {
          continue;
        }
        if (next.length() > 3 && endsWithAny(next, INFINITIVE_ENDINGS)) {
          return Tense.FUTURE;
        }
        break;
      }
      return null;
    }
    if (FRENCH_PAST_SIMPLE.contains(lower)) {
      return Tense.PAST;
    }
    if (lower.equals("ici") && i > 0 && words.get(i - 1).lower().equals("d")) {
      return Tense.FUTURE;
    }
    if (lower.length() >= 3 && !NOT_FUTURE.contains(lower)) {
      if (FRENCH_CONDITIONAL_WORDS.contains(lower) || endsWithAny(lower, FRENCH_CONDITIONAL_ENDINGS)
          || endsWithAny(lower, FRENCH_FUTURE_ENDINGS)) {
        return Tense.FUTURE;
      }
    }
    if (lower.length() >= 5 && (lower.endsWith("ait") || lower.endsWith("aient")) && !NOT_IMPERFECT.contains(lower)) {
      return Tense.PAST;
    }
    if (lower.length() >= 6 && (lower.endsWith("èrent") || lower.endsWith("urent"))) {
      return Tense.PAST;
    }
    return null;
  }

  /** Verbs whose passé composé takes "être": "il est arrivé" is past, "les dossiers sont reçus" is present. */
  private static boolean isEtreVerb(String participle) {
    String stem = participle.replaceAll("(?:e?s|e)$", "");
    for (String verb : ETRE_VERBS) {
      if (stem.equals(verb) || stem.endsWith(verb) && stem.length() - verb.length() <= 3) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsWithAny(String word, List<String> endings) {
    for (String ending : endings) {
      if (word.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isFrenchParticiple(String word) {
    if (IRREGULAR_PARTICIPLES.contains(word) || PLANNED.contains(word)) {
      return true;
    }
    return word.length() >= 3 && (word.endsWith("é") || word.endsWith("ée") || word.endsWith("és")
        || word.endsWith("ées"));
  }

  private static @Nullable Tense english(List<Word> words, int i) {
    Word word = words.get(i);
    String lower = word.lower();
    if (ENGLISH_FUTURE.contains(lower)) {
      return Tense.FUTURE;
    }
    if (lower.equals("going") && i + 1 < words.size() && words.get(i + 1).lower().equals("to")) {
      return Tense.FUTURE;
    }
    if (word.capitalised()) {
      return null;
    }
    if ((lower.equals("has") || lower.equals("have")) && i + 1 < words.size()
        && (words.get(i + 1).lower().endsWith("ed") || ENGLISH_PAST.contains(words.get(i + 1).lower()))) {
      return Tense.PAST;
    }
    if (ENGLISH_PAST.contains(lower)) {
      return Tense.PAST;
    }
    if (lower.length() >= 4 && lower.endsWith("ed") && !NOT_ENGLISH_PAST.contains(lower)
        && !(i > 0 && ENGLISH_AUXILIARIES.contains(words.get(i - 1).lower()))) {
      return Tense.PAST;
    }
    return null;
  }
}
