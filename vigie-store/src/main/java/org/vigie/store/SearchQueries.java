package org.vigie.store;

import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.vigie.model.Excerpt;

/**
 * Reads a user's search into a Lucene query over every language's title and body fields, bounding what one query
 * may cost. Words are ANDed; phrases, {@code OR}, {@code NOT}, {@code -word}, parentheses, {@code word*},
 * {@code wo?d} and {@code word~} are read. {@code /}, {@code :} and {@code !} are ordinary characters, so "24/7",
 * "Macron:" and "prix: 3,5" are words, not a regular expression, a field or an operator. Regular expressions and
 * ranges are refused (one {@code /[a-z]{1,60000}/} took half a minute of CPU to build); a wildcard or fuzzy term
 * is bounded in length and wildcards. Malformed input is an {@link InvalidQueryException} that says how to write it.
 */
final class SearchQueries {
  static final int MAX_QUERY_CHARS = 1_000;
  static final int MAX_PATTERN_CHARS = 64;
  static final int MAX_WILDCARDS = 3;
  private static final String HOW =
      "search words (all must match), \"a phrase\", OR, -word, word*, word~; put text in double quotes to search it"
          + " as it is";
  /** Characters the classic syntax gives a meaning users do not expect in a news search. */
  private static final Set<Character> ORDINARY = Set.of('/', ':', '!');

  private final String[] fields;
  private final java.util.Map<String, Float> boosts;
  private final Analyzer analyzer;

  SearchQueries(String[] fields, java.util.Map<String, Float> boosts, Analyzer analyzer) {
    this.fields = fields.clone();
    this.boosts = java.util.Map.copyOf(boosts);
    this.analyzer = analyzer;
  }

  /**
   * @throws InvalidQueryException when the query is malformed, too long, or asks for a refused kind of term
   */
  Query parse(String text) {
    if (text.isBlank()) {
      return new MatchAllDocsQuery();
    }
    if (text.length() > MAX_QUERY_CHARS) {
      throw new InvalidQueryException("the query is " + text.length() + " characters long; the most is "
          + MAX_QUERY_CHARS);
    }
    Parser parser = new Parser(fields, analyzer, boosts);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    parser.setSplitOnWhitespace(true);
    parser.setAutoGeneratePhraseQueries(true); // "24/7" and "AT&T" are phrases of their parts, not alternatives
    try {
      return parser.parse(withOrdinaryCharacters(text));
    } catch (ParseException e) {
      for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
        if (cause instanceof Refused refused) {
          throw new InvalidQueryException("cannot search for \"" + Excerpt.of(text) + "\": " + refused.getMessage());
        }
        if (cause instanceof IndexSearcher.TooManyClauses) {
          throw tooMany(text);
        }
      }
      throw new InvalidQueryException("cannot search for \"" + Excerpt.of(text) + "\": "
          + firstLine(e.getMessage()) + "; " + HOW);
    } catch (IndexSearcher.TooManyClauses e) {
      throw tooMany(text);
    } catch (InvalidQueryException e) {
      throw e; // already says what was refused and why
    } catch (RuntimeException e) {
      throw new InvalidQueryException("cannot search for \"" + Excerpt.of(text) + "\": " + e.getMessage() + "; "
          + HOW);
    }
  }

  static InvalidQueryException tooMany(String text) {
    return new InvalidQueryException("the query \"" + Excerpt.of(text) + "\" has too many words; use fewer");
  }

  /**
   * Escapes the characters that should not be syntax, unless the user escaped them already.
   *
   * @throws InvalidQueryException for a regular expression: a term that starts with {@code /} and a later {@code /}
   */
  private static String withOrdinaryCharacters(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    boolean escaped = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!escaped && c == '/' && startsTerm(text, i) && text.indexOf('/', i + 1) > 0) {
        throw new InvalidQueryException("cannot search for \"" + Excerpt.of(text) + "\": regular expressions"
            + " such as " + Excerpt.of(text.substring(i)) + " are not supported; " + HOW);
      }
      if (!escaped && ORDINARY.contains(c)) {
        out.append('\\');
      }
      out.append(c);
      escaped = !escaped && c == '\\';
    }
    return out.toString();
  }

  private static boolean startsTerm(String text, int at) {
    return at == 0 || Character.isWhitespace(text.charAt(at - 1)) || "(+-".indexOf(text.charAt(at - 1)) >= 0;
  }

  private static String firstLine(String message) {
    String line = message == null ? "" : message.lines().findFirst().orElse("");
    return line.startsWith("Cannot parse '") && line.indexOf("': ") > 0
        ? line.substring(line.indexOf("': ") + 3) : line;
  }

  /** Why a term was refused; carried as the cause of the parser's exception. */
  private static final class Refused extends RuntimeException {
    Refused(String message) {
      super(message, null, false, false);
    }
  }

  /** The classic parser with the refusals and bounds above. */
  private static final class Parser extends MultiFieldQueryParser {
    Parser(String[] fields, Analyzer analyzer, java.util.Map<String, Float> boosts) {
      super(fields, analyzer, boosts);
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
      throw refused("regular expressions are not supported"); // unreachable: '/' is escaped, kept for safety
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
        boolean endInclusive) throws ParseException {
      throw refused("ranges such as [" + part1 + " TO " + part2 + "] are not supported");
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
      bound("wildcard", termStr);
      long wildcards = termStr.chars().filter(c -> c == '*' || c == '?').count();
      if (wildcards > MAX_WILDCARDS) {
        throw refused("the wildcard term " + Excerpt.of(termStr) + " has " + wildcards + " wildcards; the most is "
            + MAX_WILDCARDS);
      }
      return super.getWildcardQuery(field, termStr);
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
      bound("wildcard", termStr);
      return super.getPrefixQuery(field, termStr);
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
      bound("fuzzy", termStr);
      return super.getFuzzyQuery(field, termStr, minSimilarity);
    }

    private static void bound(String kind, String term) throws ParseException {
      if (term.length() > MAX_PATTERN_CHARS) {
        throw refused("a " + kind + " term is at most " + MAX_PATTERN_CHARS + " characters long, not "
            + term.length());
      }
    }

    private static ParseException refused(String why) {
      ParseException e = new ParseException(why);
      e.initCause(new Refused(why));
      return e;
    }
  }
}
