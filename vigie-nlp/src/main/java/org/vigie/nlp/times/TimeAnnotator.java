package org.vigie.nlp.times;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.DatelineCheck;
import org.vigie.model.Layer;
import org.vigie.model.TimeMention;
import org.vigie.nlp.Annotator;
import org.vigie.nlp.UnsupportedLanguageException;
import org.vigie.time.FoundTimes;
import org.vigie.time.TimeTagger;

/**
 * Tags temporal expressions and normalises them to TIMEX3 values against the publication date, after checking that
 * date against the article's own dates: when the content contradicts it (seed-style "date 2026-02-04" over a report
 * of Friday's talks), the times are resolved against the date the content implies, so timelines hold real dates,
 * and the contradiction is reported in the DATELINE layer.
 */
public final class TimeAnnotator implements Annotator {
  private static final Set<String> SUPPORTED = Set.of("fr", "en");
  private final TimeTagger tagger;
  private final DatelineChecker datelines;

  public TimeAnnotator(TimeTagger tagger) {
    this.tagger = tagger;
    this.datelines = new DatelineChecker();
  }

  @Override
  public String name() {
    return "times";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.LANGUAGE);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.TIMES, Layer.DATELINE);
  }

  @Override
  public AnalyzedArticle annotate(AnalyzedArticle document) {
    String language = document.language() == null ? "" : document.language();
    if (!SUPPORTED.contains(language)) {
      throw new UnsupportedLanguageException(name(), language);
    }
    LocalDate published = document.article().published();
    FoundTimes found = tagger.find(document.text(), language);
    List<TimeMention> times = found.resolve(published);
    if (published == null) {
      return document.withTimes(times).withDateline(null);
    }
    DatelineCheck check = datelines.check(document.text(), found, published, times);
    if (!check.consistent()) {
      times = found.resolve(LocalDate.parse(check.implied()));
    }
    return document.withTimes(times).withDateline(check);
  }
}
