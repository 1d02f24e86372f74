package org.vigie.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.vigie.model.Dependency;
import org.vigie.model.EntityType;
import org.vigie.model.Mention;
import org.vigie.model.NamedMention;
import org.vigie.model.Sentence;
import org.vigie.model.Token;

/**
 * Turns an annotated CoreNLP document into Vigie records. CoreNLP's character offsets count UTF-16 units of the
 * text it was given, as Java does, so they index the article text directly; each is still checked, and covered
 * texts are always cut from the article text, never taken from CoreNLP (whose words may be normalised).
 */
final class Conversion {
  private final String text;
  private final CoreNlpModel model;
  private final List<Token> tokens = new ArrayList<>();
  private final List<Sentence> sentences = new ArrayList<>();
  private final List<NamedMention> mentions = new ArrayList<>();
  private final List<Dependency> dependencies = new ArrayList<>();
  private final Map<CoreMap, ArcStandardParser.Parse> parses;

  /** The layers of one document. */
  record Layers(List<Token> tokens, List<Sentence> sentences, List<NamedMention> mentions,
      List<Dependency> dependencies) {}

  private Conversion(String text, Map<CoreMap, ArcStandardParser.Parse> parses, CoreNlpModel model) {
    this.text = text;
    this.parses = parses;
    this.model = model;
  }

  /** The layers of a document CoreNLP annotated, with the parses of some of its sentences. */
  static Layers of(String text, Annotation annotated, Map<CoreMap, ArcStandardParser.Parse> parses,
      CoreNlpModel model) {
    Conversion conversion = new Conversion(text, parses, model);
    List<CoreMap> sentences = annotated.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences != null) {
      sentences.forEach(conversion::addSentence);
    }
    return new Layers(conversion.tokens, conversion.sentences, conversion.mentions, conversion.dependencies);
  }

  private void addSentence(CoreMap sentence) {
    List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
    if (labels == null || labels.isEmpty()) {
      return;
    }
    int firstToken = tokens.size();
    OpenMention open = null;
    for (CoreLabel label : labels) {
      Token token = token(label);
      tokens.add(token);
      Optional<EntityType> type = TagMapping.entityType(label.ner());
      if (open != null && open.continuedBy(type, label.ner())) {
        open.end = Math.max(open.end, token.end());
        continue;
      }
      close(open);
      open = type.isEmpty() ? null : new OpenMention(token.start(), token.end(), type.get());
    }
    close(open);
    int start = offset(sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class), "sentence start");
    int end = offset(sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class), "sentence end");
    checkSpan(start, end, "sentence");
    sentences.add(new Sentence(start, end, firstToken, tokens.size()));
    ArcStandardParser.Parse parse = parses.get(sentence);
    if (parse != null) {
      addDependencies(parse, labels, firstToken);
    }
  }

  /** The parse of one sentence, its word numbers (from 1) turned into the document's token indexes. */
  private void addDependencies(ArcStandardParser.Parse parse, List<CoreLabel> labels, int firstToken) {
    for (int word = 1; word <= parse.size(); word++) {
      int head = parse.heads()[word] == 0 ? Dependency.ROOT : firstToken + parse.heads()[word] - 1;
      CoreLabel label = labels.get(word - 1);
      String lemma = model.lemma(label.word() == null ? "" : label.word(), label.tag() == null ? "" : label.tag());
      dependencies.add(new Dependency(firstToken + word - 1, head, parse.labels()[word], lemma));
    }
  }

  private Token token(CoreLabel label) {
    int start = label.beginPosition();
    int end = label.endPosition();
    checkSpan(start, end, "token '" + label.word() + "'");
    String word = label.word() == null ? text.substring(start, end) : label.word();
    String tag = label.tag() == null ? "X" : model.universalPos(label.tag(), word);
    String ner = TagMapping.entityType(label.ner()).map(Enum::name).orElse(Token.OUTSIDE);
    return new Token(start, end, text.substring(start, end), word, tag, ner);
  }

  private void close(@Nullable OpenMention open) {
    if (open != null) {
      mentions.add(new NamedMention(new Mention(open.start, open.end, text.substring(open.start, open.end)),
          open.type));
    }
  }

  private void checkSpan(int start, int end, String what) {
    if (start < 0 || end < start || end > text.length()) {
      throw new IllegalStateException("CoreNLP gave the " + what + " the span [" + start + ", " + end
          + "), outside the text of length " + text.length());
    }
  }

  private static int offset(@Nullable Integer offset, String what) {
    if (offset == null) {
      throw new IllegalStateException("CoreNLP gave no " + what + " offset");
    }
    return offset;
  }

  /** A mention still growing token by token. */
  private static final class OpenMention {
    private final int start;
    private int end;
    private final EntityType type;

    OpenMention(int start, int end, EntityType type) {
      this.start = start;
      this.end = end;
      this.type = type;
    }

    /** Whether a token of this type and NER tag extends the mention rather than ending it. */
    boolean continuedBy(Optional<EntityType> tokenType, @Nullable String tag) {
      return tokenType.isPresent() && tokenType.get() == type && !TagMapping.beginsMention(tag);
    }
  }
}
