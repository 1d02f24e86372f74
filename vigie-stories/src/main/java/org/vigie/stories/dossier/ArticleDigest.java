package org.vigie.stories.dossier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.DatelineCheck;
import org.vigie.model.Divergence;
import org.vigie.model.DivergenceClaim;
import org.vigie.model.DivergenceKind;
import org.vigie.model.DossierArticle;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;
import org.vigie.model.Mention;
import org.vigie.model.Quote;
import org.vigie.model.Speaker;
import org.vigie.model.TimeMention;
import org.vigie.model.TimeType;
import org.vigie.model.TimelineSource;
import org.vigie.text.Folding;

/**
 * All a dossier takes from one article, worked out of that article alone: how it is listed, its entities with their
 * folded keys, its quotes with their words, the days it mentions, its figures, the events it dates, a dateline its
 * content contradicts. A dossier is built from its members' digests only, so a growing story's dossier is built
 * again without reading its members back or working out again what each holds: whoever keeps the digests of a
 * story's members (the application keeps those of the articles it stored) pays for one article what that article
 * adds. A digest holds no text, tokens or offsets beyond these, so it is a small part of its article's size.
 */
public final class ArticleDigest {
  private static final Pattern DAY = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}(?:$|T.*)");

  /** An entity as actors are made of it, with its folded key and its mentions' texts, trimmed (empty ones left out). */
  record Named(String id, String name, EntityType type, String key, int mentions, List<String> aliases,
      List<String> roles) {}

  /** A quote with words, and its speaker as the article gives it. */
  record Quoted(String text, List<String> words, @Nullable Speaker speaker) {}

  /** A time the timeline shows, under its day. */
  record Dated(String day, TimelineSource source) {}

  private final DossierArticle listed;
  private final @Nullable LocalDate published;
  private final List<Named> entities;
  private final List<Quoted> quotes;
  private final List<Dated> days;
  private final List<Figures.Figure> figures;
  private final List<EventDates.EventDay> eventDays;
  private final @Nullable Divergence dateline;

  private ArticleDigest(AnalyzedArticle article) {
    this.published = article.article().published();
    this.listed = new DossierArticle(article.id(), article.outlet(), article.title(),
        published == null ? null : published.toString(), article.language());
    List<Named> named = new ArrayList<>(article.entities().size());
    for (Entity entity : article.entities()) {
      String key = Actors.withoutHonorific(Folding.words(entity.name()));
      if (!key.isEmpty()) {
        List<String> aliases = new ArrayList<>(entity.mentions().size());
        for (Mention mention : entity.mentions()) {
          String alias = Actors.trimmed(mention.text());
          if (!alias.isEmpty()) {
            aliases.add(alias);
          }
        }
        named.add(new Named(entity.id(), entity.name(), entity.type(), key, entity.mentions().size(),
            List.copyOf(aliases), entity.roles()));
      }
    }
    this.entities = List.copyOf(named);
    List<Quoted> quoted = new ArrayList<>(article.quotes().size());
    for (Quote quote : article.quotes()) {
      List<String> words = QuoteMatching.words(quote.text());
      if (!words.isEmpty()) {
        quoted.add(new Quoted(quote.text(), List.copyOf(words), quote.speaker()));
      }
    }
    this.quotes = List.copyOf(quoted);
    List<Dated> dated = new ArrayList<>();
    for (TimeMention time : article.times()) {
      if ((time.type() == TimeType.DATE || time.type() == TimeType.TIME) && DAY.matcher(time.value()).matches()) {
        dated.add(new Dated(time.value().substring(0, 10), new TimelineSource(article.id(), article.outlet(),
            time.text(), time.value(), Timeline.sentence(article, time.start(), time.end()))));
      }
    }
    this.days = List.copyOf(dated);
    this.figures = List.copyOf(Figures.figures(article));
    this.eventDays = List.copyOf(EventDates.of(article));
    this.dateline = dateline(article);
  }

  /** The digest of one article. */
  public static ArticleDigest of(AnalyzedArticle article) {
    return new ArticleDigest(article);
  }

  /** The article's id. */
  public String id() {
    return listed.id();
  }

  /** The article's publication day, if it has one. */
  public @Nullable LocalDate published() {
    return published;
  }

  DossierArticle listed() {
    return listed;
  }

  @Nullable String outlet() {
    return listed.outlet();
  }

  List<Named> entities() {
    return entities;
  }

  List<Quoted> quotes() {
    return quotes;
  }

  List<Dated> days() {
    return days;
  }

  List<Figures.Figure> figures() {
    return figures;
  }

  List<EventDates.EventDay> eventDays() {
    return eventDays;
  }

  @Nullable Divergence dateline() {
    return dateline;
  }

  /** The article's own dates contradicting its dateline, as the times annotator found. */
  private static @Nullable Divergence dateline(AnalyzedArticle a) {
    DatelineCheck check = a.dateline();
    if (check == null || check.consistent()) {
      return null;
    }
    return new Divergence(DivergenceKind.DATELINE, a.id(),
        "dated " + check.published() + " but its content implies " + check.implied(),
        List.of(new DivergenceClaim(a.id(), a.outlet(), check.implied(),
            "dated " + check.published() + "; " + String.join("; ", check.evidence()))));
  }
}
