package org.vigie.nlp.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;
import org.vigie.model.Mention;
import org.vigie.model.Sentence;
import org.vigie.nlp.lexicon.Lexicon;
import org.vigie.nlp.lexicon.Word;
import org.vigie.nlp.lexicon.Words;

/** The article seen by the quote annotator: its paragraphs, sentences and entity mentions, by offset. */
final class Discourse {
  private static final Pattern FEMININE_COURTESY = Pattern.compile("\\b(?:Mme|Mrs\\.?|Ms\\.?|Mlle)\\s*$");
  private static final Pattern MASCULINE_COURTESY = Pattern.compile("(?:\\bM\\.|\\bMr\\.?)\\s*$");
  private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\n\\s*");

  final String text;
  final String language;
  final Cues cues;
  final List<int[]> paragraphs;
  final List<int[]> sentences;
  final List<Placed> mentions;
  final Map<String, Entity> entities = new HashMap<>();
  final int titleEnd;
  final Syntax syntax;

  /** A mention with its entity. */
  record Placed(int start, int end, Entity entity) {}

  Discourse(AnalyzedArticle document) {
    this.text = document.text();
    this.language = document.language() == null ? "fr" : document.language();
    this.cues = Cues.forLanguage(language);
    this.paragraphs = paragraphs(text);
    this.sentences = sentences(document, paragraphs);
    this.titleEnd = document.title().length();
    this.syntax = new Syntax(document, language);
    List<Placed> placed = new ArrayList<>();
    for (Entity entity : document.entities()) {
      entities.put(entity.id(), entity);
      for (Mention mention : entity.mentions()) {
        placed.add(new Placed(mention.start(), mention.end(), entity));
      }
    }
    placed.sort(Comparator.comparingInt(Placed::start));
    this.mentions = placed;
  }

  int[] paragraphAt(int position) {
    return containing(paragraphs, position);
  }

  int paragraphIndex(int position) {
    for (int i = 0; i < paragraphs.size(); i++) {
      if (position < paragraphs.get(i)[1] || i == paragraphs.size() - 1) {
        return i;
      }
    }
    return 0;
  }

  int[] sentenceAt(int position) {
    return containing(sentences, position);
  }

  int sentenceIndex(int position) {
    for (int i = 0; i < sentences.size(); i++) {
      if (position < sentences.get(i)[1]) {
        return i;
      }
    }
    return Math.max(0, sentences.size() - 1);
  }

  /** Mentions starting in {@code [from, to)}, in text order. */
  List<Placed> mentionsIn(int from, int to) {
    List<Placed> found = new ArrayList<>();
    for (Placed mention : mentions) {
      if (mention.start >= from && mention.start < to) {
        found.add(mention);
      }
    }
    return found;
  }

  @Nullable Placed mentionAt(int position) {
    for (Placed mention : mentions) {
      if (mention.start <= position && position < mention.end) {
        return mention;
      }
    }
    return null;
  }

  /**
   * Whether the article marks a person as a woman or a man: 'f', 'm' or '?'. The marks are a courtesy title ("Mme",
   * "M.", "Mrs", "Mr") and the determiner of a title right before a name ("la ministre X", "le général X").
   */
  char gender(Entity entity) {
    if (entity.type() != EntityType.PERSON) {
      return '?';
    }
    for (Mention mention : entity.mentions()) {
      String before = text.substring(Math.max(0, mention.start() - 60), mention.start());
      String surface = mention.text();
      if (FEMININE_COURTESY.matcher(before).find() || surface.matches("^(?:Mme|Mrs|Ms|Mlle)\\b.*")) {
        return 'f';
      }
      if (MASCULINE_COURTESY.matcher(before).find() || surface.matches("^(?:M\\.|Mr\\.?)\\s.*")) {
        return 'm';
      }
      char byTitle = genderOfTitleBefore(before);
      if (byTitle != '?') {
        return byTitle;
      }
    }
    return '?';
  }

  /** "la porte-parole, " or "le général " right before a name. */
  private static char genderOfTitleBefore(String before) {
    List<Word> words = Words.of(before);
    for (int i = words.size() - 1; i >= Math.max(0, words.size() - 6); i--) {
      Word word = words.get(i);
      if (Lexicon.titleAt(words, i) > 0 && i > 0) {
        String gap = before.substring(words.get(words.size() - 1).end());
        String between = before.substring(word.start(), words.get(words.size() - 1).end());
        if (between.chars().anyMatch(c -> ".;:!?«»“”\"".indexOf(c) >= 0) || !gap.strip().matches(",?")) {
          return '?';
        }
        return switch (words.get(i - 1).key()) {
          case "la", "une" -> 'f';
          case "le", "un" -> 'm';
          default -> '?';
        };
      }
    }
    return '?';
  }

  private static int[] containing(List<int[]> spans, int position) {
    for (int[] span : spans) {
      if (position < span[1]) {
        return span;
      }
    }
    return spans.isEmpty() ? new int[] {0, 0} : spans.get(spans.size() - 1);
  }

  /**
   * Paragraphs: text between line breaks (scraped news puts one paragraph, caption or intertitle a line; a blank
   * line is a break too), each covering up to the next one so that every offset has one.
   */
  static List<int[]> paragraphs(String text) {
    List<int[]> spans = new ArrayList<>();
    Matcher lineBreak = LINE_BREAK.matcher(text);
    int start = 0;
    while (lineBreak.find()) {
      if (lineBreak.start() > start) {
        spans.add(new int[] {start, lineBreak.start()});
      }
      start = lineBreak.end();
    }
    spans.add(new int[] {start, text.length()});
    return spans;
  }

  /** The document's sentences, cut at paragraph ends too, or its paragraphs when it has none. */
  private static List<int[]> sentences(AnalyzedArticle document, List<int[]> paragraphs) {
    if (document.sentences().isEmpty()) {
      return paragraphs;
    }
    List<int[]> spans = new ArrayList<>();
    int paragraph = 0;
    for (Sentence sentence : document.sentences()) {
      int start = sentence.start();
      while (paragraph < paragraphs.size() && paragraphs.get(paragraph)[1] <= start) {
        paragraph++;
      }
      int p = paragraph;
      while (p < paragraphs.size() - 1 && paragraphs.get(p)[1] < sentence.end()) {
        int cut = paragraphs.get(p)[1];
        if (cut > start) {
          spans.add(new int[] {start, cut});
        }
        start = Math.max(start, paragraphs.get(++p)[0]);
      }
      if (sentence.end() > start) {
        spans.add(new int[] {start, sentence.end()});
      }
    }
    return spans;
  }
}
