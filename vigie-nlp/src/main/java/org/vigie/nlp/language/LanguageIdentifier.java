package org.vigie.nlp.language;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Layer;
import org.vigie.nlp.Annotator;

/**
 * Adds {@link Layer#LANGUAGE}: the article's ISO 639-1 code, lowercase. A valid ISO 639-1 hint carried by the
 * article wins; otherwise lingua decides among the configured languages only (each loaded language costs heap:
 * all 75 would take about 1.4 GB).
 *
 * <p>The lingua detector for a set of languages is built on first use, once per process, and shared by every
 * identifier configured with that set. Its models load as they are needed: lingua reads a text of 120 characters or
 * more by its trigrams alone (8 MB of heap for the six default languages), and needs its unigram, bigram, 4-gram and
 * 5-gram models (150 MB more) only for a shorter text with no language hint, such as a bare headline.
 *
 * <p>Lingua scores the languages as tasks on the JVM's common fork-join pool and waits for them: code that blocks
 * every worker of that pool (one worker on two cores) while an article is analysed would wait forever. Vigie
 * never blocks the common pool; run long or blocking work on threads of its own.
 */
public final class LanguageIdentifier implements Annotator {
  /** The languages detected when none are configured: French, English, German, Spanish, Italian, Portuguese. */
  public static final Set<String> DEFAULT_LANGUAGES = Set.of("fr", "en", "de", "es", "it", "pt");

  /**
   * Lingua's verdict is settled by this many characters (the 496 ECB+ articles, stripped of their language field,
   * and the French seeds get the same verdict as from 2,000), and its cost grows with the sample: longer texts are
   * not read further.
   */
  static final int SAMPLE_CHARS = 500;

  /** Lingua reads texts at least this long by their trigrams only, whatever its accuracy mode. */
  static final int WARM_UP_CHARS = 120;

  private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());
  private static final ConcurrentMap<Set<Language>, LanguageDetector> DETECTORS = new ConcurrentHashMap<>();

  private final Set<Language> languages;
  private final Set<String> codes;

  /** An identifier for {@link #DEFAULT_LANGUAGES}. */
  public LanguageIdentifier() {
    this(DEFAULT_LANGUAGES);
  }

  /**
   * @param isoCodes ISO 639-1 codes of the languages to tell apart ({@code "fr"}, {@code "en"}, ...)
   * @throws IllegalArgumentException when the set is empty or lingua has no model for a code
   */
  public LanguageIdentifier(Set<String> isoCodes) {
    if (isoCodes.isEmpty()) {
      throw new IllegalArgumentException("a language identifier needs at least one language");
    }
    EnumSet<Language> chosen = EnumSet.noneOf(Language.class);
    for (String code : isoCodes) {
      chosen.add(linguaLanguage(code));
    }
    this.languages = Set.copyOf(chosen);
    this.codes = Set.copyOf(isoCodes.stream().map(code -> code.strip().toLowerCase(Locale.ROOT)).toList());
  }

  @Override
  public String name() {
    return "language";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.TEXT);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.LANGUAGE);
  }

  /** The ISO 639-1 codes this identifier chooses among. */
  public Set<String> languages() {
    return codes;
  }

  /**
   * Loads now, rather than on the first article, the lingua models that articles need: those of texts of
   * {@value #WARM_UP_CHARS} characters or more.
   */
  public void warmUp() {
    detector().detectLanguageOf("vigie ".repeat(WARM_UP_CHARS / "vigie ".length() + 1));
  }

  @Override
  public AnalyzedArticle annotate(AnalyzedArticle document) {
    String language = isoCode(document.article().language()).orElseGet(() -> identify(document.text()));
    return document.withLanguage(language);
  }

  /**
   * The most likely of the configured languages. When lingua finds two languages equally likely (very short
   * texts), the first of its ranking is taken rather than giving up.
   *
   * @throws IllegalArgumentException when the text holds nothing lingua can weigh (no letters of any configured
   *     language: digits, punctuation, emoji, another script)
   */
  public String identify(String text) {
    String sample = sample(text);
    LanguageDetector detector = detector();
    Language best = detector.detectLanguageOf(sample);
    if (best == Language.UNKNOWN) {
      SortedMap<Language, Double> ranking = detector.computeLanguageConfidenceValues(sample);
      if (ranking.isEmpty()) {
        throw new IllegalArgumentException(
            "cannot identify the language: the text has no words in any of " + new TreeSet<>(codes));
      }
      best = ranking.firstKey();
    }
    return best.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
  }

  /**
   * The ISO 639-1 code of a language hint, when it is one: {@code "fr"}, {@code " FR "} and {@code "fr-BE"} give
   * {@code "fr"}; {@code "french"}, {@code "xx"} and blanks give nothing.
   */
  static Optional<String> isoCode(@Nullable String hint) {
    if (hint == null) {
      return Optional.empty();
    }
    String code = hint.strip().toLowerCase(Locale.ROOT);
    int region = indexOfAny(code, '-', '_');
    if (region >= 0) {
      code = code.substring(0, region);
    }
    return code.length() == 2 && ISO_639_1.contains(code) ? Optional.of(code) : Optional.empty();
  }

  static String sample(String text) {
    if (text.length() <= SAMPLE_CHARS) {
      return text;
    }
    int end = SAMPLE_CHARS;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--; // never split a surrogate pair
    }
    return text.substring(0, end);
  }

  private LanguageDetector detector() {
    return DETECTORS.computeIfAbsent(languages, chosen -> LanguageDetectorBuilder
        .fromLanguages(chosen.toArray(Language[]::new))
        .build());
  }

  private static Language linguaLanguage(String code) {
    String normalised = code.strip().toUpperCase(Locale.ROOT);
    try {
      IsoCode639_1 iso = IsoCode639_1.valueOf(normalised);
      if (iso != IsoCode639_1.NONE) {
        return Language.getByIsoCode639_1(iso);
      }
    } catch (IllegalArgumentException e) {
      // falls through to the error below
    }
    throw new IllegalArgumentException("lingua has no model for language '" + code + "' (expected an ISO 639-1 code"
        + " such as fr, en, de)");
  }

  private static int indexOfAny(String s, char a, char b) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == a || c == b) {
        return i;
      }
    }
    return -1;
  }
}
