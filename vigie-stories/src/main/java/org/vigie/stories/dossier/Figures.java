package org.vigie.stories.dossier;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Divergence;
import org.vigie.model.DivergenceClaim;
import org.vigie.model.DivergenceKind;
import org.vigie.stories.text.Stopwords;
import org.vigie.stories.text.Words;
import org.vigie.text.Folding;

/**
 * Different figures for the same fact. Deliberately narrow, for precision: only counts of people attached to one
 * of a few facts (evacuated, dead, injured, missing, arrested), in French or English, where the number is followed
 * within four words (twelve after "people", "habitants"...) by a word naming the fact ("1 200 habitants
 * évacués", "1,500 evacuated", "about 1,200 residents were evacuated"). Percentages, times, lengths, ages and sums
 * are never counts of people. Articles whose sets of figures for a fact share no value diverge.
 */
final class Figures {
  private static final Pattern NUMBER = Pattern.compile("(?<![\\d.,])\\d+(?:\\.\\d+)?(?![\\d])");
  private static final Pattern UNIT = Pattern.compile(
      "\\s*(%|per ?cent|pour ?cent|h\\b|heures?\\b|m\\b|cm\\b|km|metres?|meters?|ans?\\b|years?\\b|€|eur|euros?"
          + "|millions?|milliards?|billions?|\\$)");
  private static final Map<String, List<String>> FACTS = new LinkedHashMap<>();

  static {
    FACTS.put("evacuated", List.of("evacu"));
    FACTS.put("dead", List.of("mort", "dead", "died", "killed", "tues", "tuee", "deced", "victim", "fatalit"));
    FACTS.put("injured", List.of("bless", "injur", "wounded", "hurt"));
    FACTS.put("missing", List.of("disparu", "missing"));
    FACTS.put("arrested", List.of("arret", "interpel", "arrest", "detained"));
  }

  private static final Set<String> PEOPLE = Set.of("people", "persons", "residents", "inhabitants", "villagers",
      "personnes", "habitants", "riverains", "villageois");

  record Figure(String fact, String value, String evidence) {}

  private Figures() {}

  static List<Divergence> divergences(List<ArticleDigest> articles) {
    Map<String, Map<ArticleDigest, List<Figure>>> byFact = new LinkedHashMap<>();
    for (ArticleDigest article : articles) {
      for (Figure figure : article.figures()) {
        byFact.computeIfAbsent(figure.fact(), k -> new LinkedHashMap<>())
            .computeIfAbsent(article, k -> new ArrayList<>()).add(figure);
      }
    }
    List<Divergence> out = new ArrayList<>();
    byFact.forEach((fact, perArticle) -> {
      Set<String> all = new TreeSet<>();
      boolean disjoint = false;
      List<Set<String>> sets = new ArrayList<>();
      for (List<Figure> figures : perArticle.values()) {
        Set<String> values = new TreeSet<>();
        figures.forEach(f -> values.add(f.value()));
        sets.add(values);
        all.addAll(values);
      }
      for (int i = 0; i < sets.size() && !disjoint; i++) {
        for (int j = i + 1; j < sets.size() && !disjoint; j++) {
          disjoint = sets.get(i).stream().noneMatch(sets.get(j)::contains);
        }
      }
      if (disjoint) {
        List<DivergenceClaim> claims = new ArrayList<>();
        perArticle.forEach((article, figures) -> figures.stream().map(f -> f.value()).distinct().forEach(value ->
            claims.add(new DivergenceClaim(article.id(), article.outlet(), value, figures.stream()
                .filter(f -> f.value().equals(value)).findFirst().orElseThrow().evidence()))));
        out.add(new Divergence(DivergenceKind.FIGURE, fact,
            "the articles give different figures for people " + fact + ": " + String.join(", ", all), claims));
      }
    });
    return out;
  }

  /** Counts of people attached to a known fact, one per number. */
  static List<Figure> figures(AnalyzedArticle article) {
    List<Figure> out = new ArrayList<>();
    for (String sentence : sentences(article.text())) {
      if (sentence.chars().noneMatch(c -> c >= '0' && c <= '9')) {
        continue; // folding makes no digit: no number, no figure
      }
      String folded = Words.joinGroupedNumbers(Folding.fold(sentence));
      Matcher m = NUMBER.matcher(folded);
      while (m.find()) {
        String after = folded.substring(m.end());
        if (UNIT.matcher(after).lookingAt()) {
          continue;
        }
        List<String> next = new ArrayList<>();
        int window = 4;
        for (String word : Words.of(after)) {
          if (next.size() == window || Words.isNumber(word)) {
            break;
          }
          if (!Stopwords.contains(word) || word.equals("people")) {
            next.add(word);
            if (next.size() <= 2 && PEOPLE.contains(word)) {
              // "1,200 people from three villages were evacuated": the clause may run longer
              window = 12;
            }
          }
        }
        String fact = fact(next);
        if (fact != null) {
          out.add(new Figure(fact, Words.number(m.group()), sentence.strip()));
        }
      }
    }
    return out;
  }

  private static @org.jspecify.annotations.Nullable String fact(List<String> words) {
    for (String word : words) {
      for (Map.Entry<String, List<String>> e : FACTS.entrySet()) {
        for (String prefix : e.getValue()) {
          if (word.startsWith(prefix)) {
            return e.getKey();
          }
        }
      }
    }
    return null;
  }

  /**
   * The text cut where a run of whitespace follows a full stop, question or exclamation mark, and at every run of
   * line breaks, blank pieces left out; scanned by hand, as this runs on every member each time a dossier is built.
   */
  static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < text.length()) {
      int end = i;
      if (i > 0 && isSpace(text.charAt(i)) && isStop(text.charAt(i - 1))) {
        while (end < text.length() && isSpace(text.charAt(end))) {
          end++;
        }
      } else {
        while (end < text.length() && text.charAt(end) == '\n') {
          end++;
        }
      }
      if (end > i) {
        addNonBlank(out, text.substring(start, i));
        start = end;
        i = end;
      } else {
        i++;
      }
    }
    addNonBlank(out, text.substring(start));
    return out;
  }

  private static void addNonBlank(List<String> out, String sentence) {
    if (!sentence.isBlank()) {
      out.add(sentence);
    }
  }

  /** What {@code \\s} matches in a regular expression. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static boolean isStop(char c) {
    return c == '.' || c == '!' || c == '?';
  }
}
