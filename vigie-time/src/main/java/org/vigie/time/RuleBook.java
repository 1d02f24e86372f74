package org.vigie.time;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Collects the rules of one language. Patterns are written over folded text with {@code {NAME}} macros (upper-case
 * names, so {@code \p{L}} is left alone), expanded here once and compiled once.
 */
final class RuleBook {
  private static final Pattern MACRO = Pattern.compile("(?<![pP])\\{([A-Z][A-Z_0-9]*)}");

  private final Map<String, String> macros = new LinkedHashMap<>();
  private final List<Rule> rules = new ArrayList<>();

  RuleBook() {
    macro("B", "(?<![\\p{L}\\p{N}])");
    macro("E", "(?![\\p{L}\\p{N}])");
  }

  RuleBook macro(String name, String regex) {
    macros.put(name, regex);
    return this;
  }

  RuleBook add(String name, String regex, Rule.Interpreter interpreter) {
    rules.add(new Rule(name, Pattern.compile(expand(regex)), interpreter));
    return this;
  }

  List<Rule> rules() {
    return List.copyOf(rules);
  }

  private String expand(String regex) {
    String expanded = regex;
    for (int round = 0; round < 5; round++) {
      Matcher matcher = MACRO.matcher(expanded);
      StringBuilder out = new StringBuilder();
      boolean changed = false;
      while (matcher.find()) {
        String macro = macros.get(matcher.group(1));
        if (macro == null) {
          throw new IllegalStateException("unknown macro {" + matcher.group(1) + "} in " + regex);
        }
        matcher.appendReplacement(out, Matcher.quoteReplacement(macro));
        changed = true;
      }
      matcher.appendTail(out);
      expanded = out.toString();
      if (!changed) {
        return expanded;
      }
    }
    throw new IllegalStateException("macros nest too deep in " + regex);
  }
}
