package org.vigie.stories;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Article;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;
import org.vigie.model.Layer;
import org.vigie.model.Mention;
import org.vigie.model.Quote;
import org.vigie.model.Speaker;
import org.vigie.model.TimeMention;
import org.vigie.model.TimeType;

/** Builds analysed articles by hand for unit tests: offsets are found in the text, so tests stay readable. */
public final class Docs {
  private final String id;
  private final String title;
  private final String body;
  private String language = "fr";
  private String outlet;
  private LocalDate published;
  private final List<Entity> entities = new ArrayList<>();
  private final List<Quote> quotes = new ArrayList<>();
  private final List<TimeMention> times = new ArrayList<>();

  private Docs(String id, String title, String body) {
    this.id = id;
    this.title = title;
    this.body = body;
  }

  public static Docs article(String id, String title, String body) {
    return new Docs(id, title, body);
  }

  public Docs language(String code) {
    this.language = code;
    return this;
  }

  public Docs outlet(String name) {
    this.outlet = name;
    return this;
  }

  public Docs published(String isoDate) {
    this.published = LocalDate.parse(isoDate);
    return this;
  }

  /** An entity named {@code name}, with one mention per occurrence of each form in the text. */
  public Docs entity(String name, EntityType type, List<String> roles, String... forms) {
    String text = text();
    List<Mention> mentions = new ArrayList<>();
    for (String form : forms.length == 0 ? new String[] {name} : forms) {
      int at = text.indexOf(form);
      while (at >= 0) {
        mentions.add(new Mention(at, at + form.length(), form));
        at = text.indexOf(form, at + form.length());
      }
    }
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException("no form of " + name + " in the text of " + id);
    }
    mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
    entities.add(new Entity("e" + (entities.size() + 1), name, type, roles, mentions));
    return this;
  }

  public Docs entity(String name, EntityType type) {
    return entity(name, type, List.of());
  }

  /** A direct quote whose words occur in the text, credited to {@code speaker} (an entity name of this article). */
  public Docs quote(String words, String speaker) {
    int at = text().indexOf(words);
    if (at < 0) {
      throw new IllegalArgumentException("quote not in the text of " + id + ": " + words);
    }
    String entityId = entities.stream().filter(e -> e.name().equals(speaker)).map(Entity::id).findFirst()
        .orElse(null);
    quotes.add(new Quote(words, at, at + words.length(), true, "a déclaré",
        speaker == null ? null : new Speaker(speaker, entityId)));
    return this;
  }

  public Docs time(String expression, TimeType type, String value) {
    int at = text().indexOf(expression);
    if (at < 0) {
      throw new IllegalArgumentException("time not in the text of " + id + ": " + expression);
    }
    times.add(new TimeMention(expression, at, at + expression.length(), type, value));
    return this;
  }

  private String text() {
    return title + Article.TITLE_SEPARATOR + body;
  }

  public AnalyzedArticle build() {
    Article article = new Article(id, id + ".txt", null, outlet, title, published, language, body, Map.of());
    return new AnalyzedArticle(article, article.text(), language, List.of(), List.of(), List.of(), entities, quotes,
        times, List.of(), EnumSet.of(Layer.TEXT, Layer.LANGUAGE, Layer.ENTITIES, Layer.QUOTES, Layer.TIMES));
  }
}
