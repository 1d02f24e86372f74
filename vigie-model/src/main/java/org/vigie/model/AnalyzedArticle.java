package org.vigie.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An article and the layers the pipeline has added to it so far. Immutable: every {@code with...} method returns a
 * new document with one more layer. All spans index {@link #text()}.
 */
@JsonPropertyOrder({
  "id", "source", "outlet", "title", "published", "language", "text", "entities", "quotes", "times", "dateline",
  "errors"
})
public record AnalyzedArticle(
    @JsonIgnore Article article,
    String text,
    @Nullable String language,
    @JsonIgnore List<Token> tokens,
    @JsonIgnore List<Sentence> sentences,
    @JsonIgnore List<NamedMention> namedMentions,
    @JsonIgnore List<Dependency> dependencies,
    List<Entity> entities,
    List<Quote> quotes,
    List<TimeMention> times,
    @Nullable DatelineCheck dateline,
    List<String> errors,
    @JsonIgnore Set<Layer> layers) {

  public AnalyzedArticle {
    if (!text.equals(article.text())) {
      throw new IllegalArgumentException("text must be the article's title, a blank line and its body");
    }
    tokens = List.copyOf(tokens);
    sentences = List.copyOf(sentences);
    namedMentions = List.copyOf(namedMentions);
    dependencies = List.copyOf(dependencies);
    entities = List.copyOf(entities);
    quotes = List.copyOf(quotes);
    times = List.copyOf(times);
    errors = List.copyOf(errors);
    layers = Set.copyOf(layers);
  }

  /** A document without a parse. */
  public AnalyzedArticle(Article article, String text, @Nullable String language, List<Token> tokens,
      List<Sentence> sentences, List<NamedMention> namedMentions, List<Entity> entities, List<Quote> quotes,
      List<TimeMention> times, @Nullable DatelineCheck dateline, List<String> errors, Set<Layer> layers) {
    this(article, text, language, tokens, sentences, namedMentions, List.of(), entities, quotes, times, dateline,
        errors, layers);
  }

  /** A document without a parse nor a dateline check. */
  public AnalyzedArticle(Article article, String text, @Nullable String language, List<Token> tokens,
      List<Sentence> sentences, List<NamedMention> namedMentions, List<Entity> entities, List<Quote> quotes,
      List<TimeMention> times, List<String> errors, Set<Layer> layers) {
    this(article, text, language, tokens, sentences, namedMentions, entities, quotes, times, null, errors, layers);
  }

  /** A document with only its text, ready for the first annotator. */
  public static AnalyzedArticle of(Article article) {
    return new AnalyzedArticle(
        article, article.text(), null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of(), Set.of(Layer.TEXT));
  }

  public boolean has(Layer layer) {
    return layers.contains(layer);
  }

  @JsonProperty("id")
  public String id() {
    return article.id();
  }

  @JsonProperty("source")
  public String source() {
    return article.source();
  }

  @JsonProperty("outlet")
  public @Nullable String outlet() {
    return article.outlet();
  }

  @JsonProperty("title")
  public String title() {
    return article.title();
  }

  /** The publication date as ISO-8601, or null when unknown. */
  @JsonProperty("published")
  public @Nullable String published() {
    return article.published() == null ? null : article.published().toString();
  }

  /** The covered text of a span. */
  public String cover(int start, int end) {
    return text.substring(start, end);
  }

  public AnalyzedArticle withLanguage(String iso639) {
    return new AnalyzedArticle(article, text, iso639, tokens, sentences, namedMentions, dependencies, entities,
        quotes, times, dateline, errors, plus(Layer.LANGUAGE));
  }

  public AnalyzedArticle withTokens(List<Token> newTokens, List<Sentence> newSentences) {
    return new AnalyzedArticle(article, text, language, newTokens, newSentences, namedMentions, dependencies,
        entities, quotes, times, dateline, errors, plus(Layer.TOKENS, Layer.SENTENCES));
  }

  public AnalyzedArticle withNamedMentions(List<NamedMention> mentions) {
    return new AnalyzedArticle(article, text, language, tokens, sentences, mentions, dependencies, entities, quotes,
        times, dateline, errors, plus(Layer.NAMED_MENTIONS));
  }

  /** The parses of some sentences: every dependency's token and head index {@link #tokens()}. */
  public AnalyzedArticle withDependencies(List<Dependency> parsed) {
    return new AnalyzedArticle(article, text, language, tokens, sentences, namedMentions, parsed, entities, quotes,
        times, dateline, errors, plus(Layer.SYNTAX));
  }

  public AnalyzedArticle withEntities(List<Entity> newEntities) {
    return new AnalyzedArticle(article, text, language, tokens, sentences, namedMentions, dependencies, newEntities,
        quotes, times, dateline, errors, plus(Layer.ENTITIES));
  }

  public AnalyzedArticle withQuotes(List<Quote> newQuotes) {
    return new AnalyzedArticle(article, text, language, tokens, sentences, namedMentions, dependencies, entities,
        newQuotes, times, dateline, errors, plus(Layer.QUOTES));
  }

  public AnalyzedArticle withTimes(List<TimeMention> newTimes) {
    return new AnalyzedArticle(article, text, language, tokens, sentences, namedMentions, dependencies, entities,
        quotes, newTimes, dateline, errors, plus(Layer.TIMES));
  }

  public AnalyzedArticle withDateline(@Nullable DatelineCheck check) {
    return new AnalyzedArticle(article, text, language, tokens, sentences, namedMentions, dependencies, entities,
        quotes, times, check, errors, plus(Layer.DATELINE));
  }

  /** Records that an annotator failed on this article; the layers it would have added stay absent. */
  public AnalyzedArticle withError(String message) {
    List<String> more = new ArrayList<>(errors);
    more.add(message);
    return new AnalyzedArticle(article, text, language, tokens, sentences, namedMentions, dependencies, entities,
        quotes, times, dateline, more, layers);
  }

  private Set<Layer> plus(Layer... added) {
    EnumSet<Layer> all = EnumSet.of(Layer.TEXT);
    all.addAll(layers);
    all.addAll(List.of(added));
    return all;
  }
}
