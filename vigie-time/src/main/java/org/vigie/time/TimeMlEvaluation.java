package org.vigie.time;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.vigie.model.TimeMention;
import org.vigie.time.EvaluationError.Kind;

/**
 * Scores {@link TimeTagger} on TimeML files the TempEval-3 way, pooled over documents: strict extraction (same
 * span), relaxed extraction (overlapping spans, matched one to one), and value and type scores where a relaxed pair
 * counts as correct only with the gold value (type), over the system and gold totals.
 */
public final class TimeMlEvaluation {
  private static final int CONTEXT_CHARS = 90;

  private final TimeTagger tagger;
  private final String language;

  /** Evaluates a new French tagger. */
  public TimeMlEvaluation() {
    this(new TimeTagger(), "fr");
  }

  public TimeMlEvaluation(TimeTagger tagger, String language) {
    this.tagger = Objects.requireNonNull(tagger, "tagger must not be null");
    this.language = Objects.requireNonNull(language, "language must not be null");
  }

  /**
   * Tags every file's plain text with the file's creation time and compares with its gold TIMEX3s.
   *
   * @throws UncheckedIOException when a file cannot be read or parsed
   */
  public EvaluationReport evaluate(List<Path> tmlFiles) {
    Scores scores = Scores.EMPTY;
    List<EvaluationError> errors = new ArrayList<>();
    for (Path file : tmlFiles) {
      TimeMlDocument document;
      try {
        document = TimeMlReader.read(file);
      } catch (IOException unreadable) {
        throw new UncheckedIOException(unreadable);
      }
      scores = scores.plus(compare(document, tagger.tag(document.text(), language, document.dct()), errors));
    }
    return new EvaluationReport(scores, errors);
  }

  static Scores compare(TimeMlDocument document, List<TimeMention> system, List<EvaluationError> errors) {
    List<TimeMention> gold = document.timexes();
    int[] pairOfGold = new int[gold.size()];
    boolean[] systemPaired = new boolean[system.size()];
    Arrays.fill(pairOfGold, -1);
    int strict = 0;
    for (int g = 0; g < gold.size(); g++) {
      for (int s = 0; s < system.size(); s++) {
        if (!systemPaired[s] && sameSpan(gold.get(g), system.get(s))) {
          pairOfGold[g] = s;
          systemPaired[s] = true;
          strict++;
          break;
        }
      }
    }
    for (int g = 0; g < gold.size(); g++) {
      for (int s = 0; s < system.size() && pairOfGold[g] < 0; s++) {
        if (!systemPaired[s] && overlap(gold.get(g), system.get(s))) {
          pairOfGold[g] = s;
          systemPaired[s] = true;
        }
      }
    }
    int relaxed = 0;
    int values = 0;
    int types = 0;
    for (int g = 0; g < gold.size(); g++) {
      TimeMention expected = gold.get(g);
      if (pairOfGold[g] < 0) {
        errors.add(error(Kind.MISSED, document, expected, null));
        continue;
      }
      TimeMention found = system.get(pairOfGold[g]);
      relaxed++;
      if (!sameSpan(expected, found)) {
        errors.add(error(Kind.BOUNDARY, document, expected, found));
      }
      if (expected.value().equals(found.value())) {
        values++;
      } else {
        errors.add(error(Kind.WRONG_VALUE, document, expected, found));
      }
      if (expected.type() == found.type()) {
        types++;
      } else {
        errors.add(error(Kind.WRONG_TYPE, document, expected, found));
      }
    }
    for (int s = 0; s < system.size(); s++) {
      if (!systemPaired[s]) {
        errors.add(error(Kind.SPURIOUS, document, null, system.get(s)));
      }
    }
    return new Scores(1, gold.size(), system.size(), strict, relaxed, values, types);
  }

  private static boolean sameSpan(TimeMention a, TimeMention b) {
    return a.start() == b.start() && a.end() == b.end();
  }

  private static boolean overlap(TimeMention a, TimeMention b) {
    return a.start() < b.end() && b.start() < a.end();
  }

  private static EvaluationError error(Kind kind, TimeMlDocument document, @Nullable TimeMention gold,
      @Nullable TimeMention system) {
    TimeMention at = Objects.requireNonNull(gold != null ? gold : system, "an error needs a gold or system mention");
    String text = document.text();
    int from = Math.max(0, at.start() - CONTEXT_CHARS);
    int to = Math.min(text.length(), at.end() + CONTEXT_CHARS / 2);
    String context = text.substring(from, at.start()) + "[[" + text.substring(at.start(), at.end()) + "]]"
        + text.substring(at.end(), to);
    return new EvaluationError(kind, document.name(), gold, system, context.replaceAll("\\s+", " "));
  }

  /**
   * Prints the scores of the development half, the held-out test half and the whole corpus, then the errors of the
   * development half only (tune on those, never on the test half).
   *
   * <p>Arguments: the corpus directory, then optionally {@code --errors=dev|none}.
   */
  public static void main(String[] args) {
    if (args.length < 1) {
      System.err.println("usage: TimeMlEvaluation <directory of .tml files> [--errors=dev|none]");
      System.exit(2);
    }
    CorpusSplit split = CorpusSplit.of(CorpusSplit.tmlFiles(Path.of(args[0])));
    boolean showErrors = !(args.length > 1 && args[1].equals("--errors=none"));
    TimeMlEvaluation evaluation = new TimeMlEvaluation();
    PrintStream out = System.out;
    EvaluationReport dev = evaluation.evaluate(split.dev());
    out.println("== dev half (even indexes)\n" + dev.summary());
    out.println("== test half (odd indexes, held out)\n" + evaluation.evaluate(split.test()).summary());
    out.println("== full corpus\n" + evaluation.evaluate(split.all()).summary());
    if (showErrors) {
      out.println("== dev errors\n" + dev.errorListing());
    }
  }
}
