package org.vigie.time;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One pattern over folded text and the function that reads its groups into a {@link Meaning}. When the pattern has a
 * group named {@code t}, the expression is that group and the rest of the match is context.
 */
record Rule(String name, Pattern pattern, Set<String> groups, Interpreter interpreter) {

  Rule(String name, Pattern pattern, Interpreter interpreter) {
    this(name, pattern, Set.copyOf(pattern.namedGroups().keySet()), interpreter);
  }

  /** Reads a match; returns null to reject it (an age, an impossible date, a noun that only looks like a month). */
  @FunctionalInterface
  interface Interpreter {
    @Nullable Meaning interpret(Match match);
  }

  /** A match, the names of its pattern's groups, and the source it was found in. */
  record Match(Matcher matcher, Set<String> groups, Source source) {

    /** The folded text of a named group, or null when the group did not take part or does not exist. */
    @Nullable String group(String name) {
      return groups.contains(name) ? matcher.group(name) : null;
    }

    boolean has(String name) {
      return group(name) != null;
    }

    int start(String name) {
      return matcher.start(name);
    }

    /** Where the expression starts: group {@code t} if the pattern has one, else the whole match. */
    int start() {
      return groups.contains("t") ? matcher.start("t") : matcher.start();
    }

    int end() {
      return groups.contains("t") ? matcher.end("t") : matcher.end();
    }
  }

  /**
   * Tries the pattern at every word start (every pattern begins at a word boundary), which is several times cheaper
   * than scanning every char; matches of one rule may then nest, and {@link LongestMatch} keeps the longest.
   */
  void findAll(Source source, int priority, List<Candidate> out) {
    Matcher matcher = pattern.matcher(source.folded());
    matcher.useTransparentBounds(true);
    matcher.useAnchoringBounds(false);
    Match match = new Match(matcher, groups, source);
    int length = source.folded().length();
    for (int wordStart : source.wordStarts()) {
      matcher.region(wordStart, length);
      if (!matcher.lookingAt()) {
        continue;
      }
      int start = match.start();
      int end = match.end();
      if (start < 0 || end <= start) {
        continue;
      }
      Meaning meaning = interpreter.interpret(match);
      if (meaning != null) {
        out.add(new Candidate(start, end, meaning, priority, name));
      }
    }
  }
}
