package org.vigie.nlp.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Dependency;
import org.vigie.model.Token;
import org.vigie.nlp.lexicon.FrenchLemmas;
import org.vigie.nlp.lexicon.Lexicon;
import org.vigie.text.Folding;

/**
 * The dependency parses of the article, as the quote rules read them: who depends on whom, the subject of a verb,
 * the words a token governs. Only some sentences are parsed; for the others every question answers "nothing", and
 * the rules on words take over.
 */
final class Syntax {
  /** Relations by which a quote or a clause hangs from the verb that reports it. */
  private static final Set<String> REPORTING_PATHS = Set.of("ccomp", "xcomp", "parataxis", "obj", "dep", "advcl",
      "conj", "appos", "obl", "obl:arg", "obl:mod", "nmod", "root", "acl");
  private static final Set<String> SUBJECTS = Set.of("nsubj");
  private static final int MAX_PATH = 4;

  private final List<Token> tokens;
  private final String language;
  private final Map<Integer, Dependency> parsed = new HashMap<>();
  private final Map<Integer, List<Integer>> children = new HashMap<>();

  Syntax(AnalyzedArticle document, String language) {
    this.tokens = document.tokens();
    this.language = language;
    for (Dependency dependency : document.dependencies()) {
      parsed.put(dependency.token(), dependency);
      if (dependency.head() != Dependency.ROOT) {
        children.computeIfAbsent(dependency.head(), head -> new ArrayList<>()).add(dependency.token());
      }
    }
  }

  boolean isEmpty() {
    return parsed.isEmpty();
  }

  Token token(int index) {
    return tokens.get(index);
  }

  /** The parsed tokens that start in {@code [from, to)}, in text order. */
  List<Integer> tokensIn(int from, int to) {
    List<Integer> found = new ArrayList<>();
    int first = firstTokenFrom(from);
    for (int i = first; i < tokens.size() && tokens.get(i).start() < to; i++) {
      if (parsed.containsKey(i)) {
        found.add(i);
      }
    }
    return found;
  }

  @Nullable Dependency dependency(int token) {
    return parsed.get(token);
  }

  String relation(int token) {
    Dependency dependency = parsed.get(token);
    return dependency == null ? "" : dependency.relation();
  }

  int head(int token) {
    Dependency dependency = parsed.get(token);
    return dependency == null ? Dependency.ROOT : dependency.head();
  }

  List<Integer> children(int token) {
    return children.getOrDefault(token, List.of());
  }

  /** The first child of {@code token} whose relation is {@code relation} or one of its subtypes ("obl" for "obl:arg"). */
  int child(int token, String relation) {
    for (int child : children(token)) {
      String found = relation(child);
      if (found.equals(relation) || found.startsWith(relation + ":")) {
        return child;
      }
    }
    return -1;
  }

  /**
   * Whether the token is a verb of saying: its lemma is in the lexicon; in French, a word the tagger took for an
   * adjective or a noun ("précise", "estime") counts when one of its verb readings is, and it governs a clause or a
   * subject as a verb would.
   */
  boolean isSpeechVerb(int token) {
    Dependency dependency = parsed.get(token);
    if (dependency == null) {
      return false;
    }
    if (child(token, "aux:pass") >= 0 || child(token, "nsubj:pass") >= 0) {
      return false; // "les prisonniers sont maintenus dans ...": a passive reports nobody's words
    }
    String pos = tokens.get(token).pos();
    if ((pos.equals("VERB") || pos.equals("AUX") && child(token, "ccomp") >= 0)
        && Lexicon.isSpeechVerb(language, dependency.lemma())) {
      return true;
    }
    if (!"fr".equals(language) || !(pos.equals("ADJ") || pos.equals("NOUN"))
        || child(token, "nsubj") < 0 && child(token, "ccomp") < 0) {
      return false;
    }
    for (String lemma : FrenchLemmas.of(tokens.get(token).word(), FrenchLemmas.WordClass.VERB)) {
      if (Lexicon.isSpeechVerb(language, lemma)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The verb of saying that governs {@code token}: its head, or its head's head..., along relations by which a
   * quote hangs from its verb, at most {@value #MAX_PATH} steps up; -1 when there is none.
   */
  int governingSpeechVerb(int token) {
    int current = token;
    for (int step = 0; step < MAX_PATH; step++) {
      int head = head(current);
      if (head == Dependency.ROOT || !REPORTING_PATHS.contains(baseRelation(relation(current)))
          && !relation(current).equals("punct")) {
        return -1;
      }
      if (isSpeechVerb(head)) {
        return head;
      }
      current = head;
    }
    return -1;
  }

  /**
   * The subject of a verb: its own nsubj, else, for a verb without one that continues another ("a déclaré ... et
   * ajouté", "s'est dit déterminé à", "..., en affirmant que"), the subject of the verb it depends on.
   */
  int subject(int verb) {
    int current = verb;
    for (int step = 0; step < MAX_PATH && current != Dependency.ROOT; step++) {
      for (int child : children(current)) {
        if (isInvertedClitic(child)) {
          return child; // "a-t-il", "s'est-elle": the parser often takes the clitic for an object or an expletive
        }
      }
      for (int child : children(current)) {
        if (SUBJECTS.contains(relation(child))) {
          return child;
        }
      }
      String relation = baseRelation(relation(current));
      boolean participle = relation.equals("advcl") && isPresentParticiple(current);
      if (!relation.equals("conj") && !relation.equals("xcomp") && !participle) {
        return -1;
      }
      current = head(current);
    }
    return -1;
  }

  /**
   * The characters of a verb with its auxiliaries, reflexive pronoun and clitic subject: "a répété",
   * "s'est-il félicité", "has said".
   */
  int[] verbPhrase(int verb) {
    int start = tokens.get(verb).start();
    int end = tokens.get(verb).end();
    for (int child : children(verb)) {
      String relation = relation(child);
      boolean clitic = isInvertedClitic(child);
      if (relation.startsWith("aux") || relation.equals("expl") || relation.startsWith("expl:") || clitic) {
        if (Math.abs(child - verb) <= 3) {
          start = Math.min(start, tokens.get(child).start());
          end = Math.max(end, tokens.get(child).end());
        }
      }
    }
    return new int[] {start, end};
  }

  /** "affirmant", "adding": a present participle, whose subject is its clause's ("..., en affirmant que"). */
  boolean isPresentParticiple(int token) {
    String key = Folding.key(tokens.get(token).text());
    return key.length() > 5 && (key.endsWith("ant") || key.endsWith("ing"));
  }

  /** "-il", "-t-elle", "-ils": a subject pronoun glued after its verb. */
  boolean isInvertedClitic(int token) {
    String text = tokens.get(token).text();
    return text.startsWith("-") && Speakers.isPronoun(Folding.key(text.replaceFirst("^-(t-)?", "")));
  }

  /** The first and last token of the words {@code token} governs, itself included. */
  int[] subtree(int token) {
    int[] range = {token, token};
    extend(token, range, 0);
    return range;
  }

  private void extend(int token, int[] range, int depth) {
    if (depth > 60) {
      return; // a malformed graph never makes this loop forever
    }
    for (int child : children(token)) {
      range[0] = Math.min(range[0], child);
      range[1] = Math.max(range[1], child);
      extend(child, range, depth + 1);
    }
  }

  /** The index of the first token that starts at or after {@code offset}. */
  int firstTokenFrom(int offset) {
    int low = 0;
    int high = tokens.size();
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (tokens.get(middle).start() < offset) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  static String baseRelation(String relation) {
    int colon = relation.indexOf(':');
    return colon < 0 ? relation : relation.substring(0, colon);
  }
}
