package org.vigie.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;
import org.vigie.model.Layer;
import org.vigie.model.Mention;
import org.vigie.model.Quote;
import org.vigie.model.Speaker;
import org.vigie.nlp.Annotator;
import org.vigie.nlp.Pipeline;

/**
 * A pipeline of tiny hand-written annotators, so that server tests run without loading CoreNLP: French for every
 * article, the people of a fixed list as entities, and every «...» as a direct quote of the first person named.
 */
public final class HandmadePipeline {
  public static final List<String> PEOPLE = List.of("Claire Montval", "Marco Rubio", "Abbas Araghchi");
  private static final Pattern QUOTE = Pattern.compile("«\\s*([^»]+?)\\s*»");

  private HandmadePipeline() {}

  public static Pipeline create() {
    return new Pipeline(List.of(new French(), new People(), new Quotes()));
  }

  /** The same annotators, then {@code last} (which must need nothing they do not produce). */
  public static Pipeline with(Annotator last) {
    return new Pipeline(List.of(new French(), new People(), new Quotes(), last));
  }

  private record French() implements Annotator {
    public String name() {
      return "language";
    }

    public Set<Layer> requires() {
      return Set.of(Layer.TEXT);
    }

    public Set<Layer> produces() {
      return Set.of(Layer.LANGUAGE);
    }

    public AnalyzedArticle annotate(AnalyzedArticle document) {
      return document.withLanguage("fr");
    }
  }

  private record People() implements Annotator {
    public String name() {
      return "people";
    }

    public Set<Layer> requires() {
      return Set.of(Layer.LANGUAGE);
    }

    public Set<Layer> produces() {
      return Set.of(Layer.ENTITIES);
    }

    public AnalyzedArticle annotate(AnalyzedArticle document) {
      List<Entity> entities = new ArrayList<>();
      for (String person : PEOPLE) {
        List<Mention> mentions = new ArrayList<>();
        int at = document.text().indexOf(person);
        while (at >= 0) {
          mentions.add(new Mention(at, at + person.length(), person));
          at = document.text().indexOf(person, at + 1);
        }
        if (!mentions.isEmpty()) {
          entities.add(new Entity("e" + (entities.size() + 1), person, EntityType.PERSON,
              List.of("porte-parole"), mentions));
        }
      }
      return document.withEntities(entities);
    }
  }

  private record Quotes() implements Annotator {
    public String name() {
      return "quotes";
    }

    public Set<Layer> requires() {
      return Set.of(Layer.ENTITIES);
    }

    public Set<Layer> produces() {
      return Set.of(Layer.QUOTES);
    }

    public AnalyzedArticle annotate(AnalyzedArticle document) {
      Speaker speaker = document.entities().isEmpty() ? null
          : new Speaker(document.entities().getFirst().name(), document.entities().getFirst().id());
      List<Quote> quotes = new ArrayList<>();
      Matcher m = QUOTE.matcher(document.text());
      while (m.find()) {
        quotes.add(new Quote(m.group(1), m.start(1), m.end(1), true, "a déclaré", speaker));
      }
      return document.withQuotes(quotes);
    }
  }
}
