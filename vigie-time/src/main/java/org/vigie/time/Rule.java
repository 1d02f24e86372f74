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
record Rule(String name, Pattern pattern, Set<String> groups, Interpreter interpreter, StartFilter starts) {

  Rule(String name, Pattern pattern, Interpreter interpreter) {
    this(name, pattern, Set.copyOf(pattern.namedGroups().keySet()), interpreter, StartFilter.of(pattern.pattern()));
  }

  /** The same rule tried at every word start: the reference {@link StartFilter} must agree with. */
  Rule withoutStartFilter() {
    return new Rule(name, pattern, groups, interpreter, StartFilter.NONE);
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
   * Tries the pattern at the first {@code count} of {@code wordStarts} (every pattern begins at a word boundary,
   * and {@link RuleIndex} passes only the word starts whose first chars can begin a match), which is much cheaper
   * than scanning every char; matches of one rule may then nest, and {@link LongestMatch} keeps the longest.
   */
  void findAt(Source source, int[] wordStarts, int count, int priority, List<Candidate> out) {
    Matcher matcher = pattern.matcher(source.folded());
    matcher.useTransparentBounds(true);
    matcher.useAnchoringBounds(false);
    Match match = new Match(matcher, groups, source);
    int length = source.folded().length();
    for (int i = 0; i < count; i++) {
      matcher.region(wordStarts[i], length);
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
