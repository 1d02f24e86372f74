package org.vigie.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.EntityType;
import org.vigie.model.Mention;
import org.vigie.model.NamedMention;
import org.vigie.model.Sentence;
import org.vigie.model.Token;

/**
 * Documents built by hand, without CoreNLP, for unit tests. Named mentions are marked in the text as
 * {@code [Marco Rubio|PER]} (PER, LOC, ORG, MISC); tokens are words and single punctuation marks, spaCy style; a
 * sentence ends after . ! ? or … followed by a space, and at every blank line.
 */
public final class HandDocuments {
  private static final Pattern MARKED = Pattern.compile("\\[([^\\[\\]|]+)\\|(PER|LOC|ORG|MISC)]");
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:[-'’.][\\p{L}\\p{M}\\p{N}]+)*|\\S");
  private static final Map<String, EntityType> TYPES = Map.of("PER", EntityType.PERSON, "LOC", EntityType.LOCATION,
      "ORG", EntityType.ORGANIZATION, "MISC", EntityType.MISC);

  private HandDocuments() {}

  /** A document with language, tokens, sentences and the marked named mentions; no entities yet. */
  public static AnalyzedArticle tagged(String language, String markedTitle, String markedBody) {
    String marked = markedTitle + "\n\n" + markedBody;
    StringBuilder plain = new StringBuilder();
    List<int[]> spans = new ArrayList<>();
    List<EntityType> types = new ArrayList<>();
    Matcher matcher = MARKED.matcher(marked);
    int last = 0;
    while (matcher.find()) {
      plain.append(marked, last, matcher.start());
      int start = plain.length();
      plain.append(matcher.group(1));
      spans.add(new int[] {start, plain.length()});
      types.add(TYPES.get(matcher.group(2)));
      last = matcher.end();
    }
    plain.append(marked.substring(last));
    String text = plain.toString();
    String title = text.substring(0, text.indexOf("\n\n"));
    String body = text.substring(text.indexOf("\n\n") + 2);

    List<NamedMention> mentions = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      int[] span = spans.get(i);
      mentions.add(new NamedMention(new Mention(span[0], span[1], text.substring(span[0], span[1])), types.get(i)));
    }
    List<Token> tokens = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    Matcher token = TOKEN.matcher(text);
    int sentenceStart = -1;
    int firstToken = 0;
    while (token.find()) {
      String ner = Token.OUTSIDE;
      for (int i = 0; i < spans.size(); i++) {
        if (spans.get(i)[0] <= token.start() && token.end() <= spans.get(i)[1]) {
          ner = types.get(i).name();
        }
      }
      if (sentenceStart >= 0 && text.substring(tokens.get(tokens.size() - 1).end(), token.start()).contains("\n\n")) {
        sentences.add(new Sentence(sentenceStart, tokens.get(tokens.size() - 1).end(), firstToken, tokens.size()));
        sentenceStart = -1;
      }
      if (sentenceStart < 0) {
        sentenceStart = token.start();
        firstToken = tokens.size();
      }
      tokens.add(new Token(token.start(), token.end(), token.group(), token.group(), "X", ner));
      boolean ends = token.group().matches("[.!?…]") && (token.end() == text.length()
          || Character.isWhitespace(text.charAt(token.end())));
      if (ends) {
        sentences.add(new Sentence(sentenceStart, token.end(), firstToken, tokens.size()));
        sentenceStart = -1;
      }
    }
    if (sentenceStart >= 0) {
      sentences.add(new Sentence(sentenceStart, tokens.get(tokens.size() - 1).end(), firstToken, tokens.size()));
    }
    return AnalyzedArticle.of(Articles.article("hand", title, body))
        .withLanguage(language)
        .withTokens(tokens, sentences)
        .withNamedMentions(mentions);
  }
}
