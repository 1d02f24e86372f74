package org.vigie.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Article;
import org.vigie.model.DatelineCheck;
import org.vigie.model.Entity;
import org.vigie.model.Layer;
import org.vigie.model.Mention;
import org.vigie.model.NamedMention;
import org.vigie.model.Quote;
import org.vigie.model.Sentence;
import org.vigie.model.Speaker;
import org.vigie.model.TimeMention;
import org.vigie.model.Token;

/**
 * Makes any number of distinct analysed articles out of a few hundred really analysed ones, without running the NLP
 * again: each synthetic article takes the sentences of one real article (its topic), swaps about a third of them
 * for sentences of other articles in the same language, and carries every layer (tokens, sentences, mentions,
 * entities, quotes, times) of the sentences it took, shifted to their new offsets. Its title is one of its base
 * article's sentences plus a unique word, so titles and ids are unique and the word finds the article in search.
 */
public final class Recombiner {
  private static final int MAX_BODY_SENTENCES = 30;

  private final List<AnalyzedArticle> pool;
  private final Map<String, List<Piece>> piecesByLanguage = new HashMap<>();

  private record Piece(int doc, int sentence) {}

  /** @param analysed real analysed articles; those without sentences are ignored */
  public Recombiner(List<AnalyzedArticle> analysed) {
    List<AnalyzedArticle> usable = new ArrayList<>();
    for (AnalyzedArticle a : analysed) {
      if (a.language() != null && a.sentences().size() >= 2 && a.has(Layer.SENTENCES)) {
        usable.add(a);
      }
    }
    if (usable.isEmpty()) {
      throw new IllegalArgumentException("no analysed article with sentences to recombine");
    }
    this.pool = List.copyOf(usable);
    for (int d = 0; d < pool.size(); d++) {
      AnalyzedArticle a = pool.get(d);
      for (int s = 0; s < a.sentences().size(); s++) {
        if (a.sentences().get(s).start() >= a.title().length()) {
          piecesByLanguage.computeIfAbsent(a.language(), k -> new ArrayList<>()).add(new Piece(d, s));
        }
      }
    }
  }

  public int poolSize() {
    return pool.size();
  }

  /** A word of letters only, unique to {@code n}: what search finds the synthetic article by. */
  public static String marker(long n) {
    StringBuilder sb = new StringBuilder("vigiebench");
    long v = n;
    do {
      sb.append((char) ('a' + (int) (v % 26)));
      v /= 26;
    } while (v > 0);
    return sb.toString();
  }

  /** The {@code n}th synthetic article, published on {@code date}; the same n and seed give the same article. */
  public AnalyzedArticle make(long n, LocalDate date, long seed) {
    Random random = new Random(seed * 1_000_003L + n);
    int baseIndex = random.nextInt(pool.size());
    AnalyzedArticle base = pool.get(baseIndex);
    List<Piece> sameLanguage = piecesByLanguage.getOrDefault(base.language(), List.of());

    // Title: the first body sentence on one line, then the unique word.
    Piece titlePiece = null;
    List<Piece> bodyPieces = new ArrayList<>();
    for (int s = 0; s < base.sentences().size(); s++) {
      Sentence sentence = base.sentences().get(s);
      if (sentence.start() < base.title().length()) {
        continue;
      }
      Piece piece = new Piece(baseIndex, s);
      String text = base.text().substring(sentence.start(), sentence.end());
      if (titlePiece == null && text.indexOf('\n') < 0 && text.length() <= 300) {
        titlePiece = piece;
        continue;
      }
      if (bodyPieces.size() < MAX_BODY_SENTENCES) {
        bodyPieces.add(!sameLanguage.isEmpty() && random.nextInt(3) == 0
            ? sameLanguage.get(random.nextInt(sameLanguage.size())) : piece);
      }
    }
    if (bodyPieces.isEmpty() && !sameLanguage.isEmpty()) {
      bodyPieces.add(sameLanguage.get(random.nextInt(sameLanguage.size())));
    }

    Builder b = new Builder();
    if (titlePiece != null) {
      b.append(titlePiece);
      b.text.append(' ');
    }
    b.text.append(marker(n));
    int titleLength = b.text.length();
    b.text.append(Article.TITLE_SEPARATOR);
    for (int i = 0; i < bodyPieces.size(); i++) {
      if (i > 0) {
        b.text.append(random.nextInt(4) == 0 ? "\n\n" : " ");
      }
      b.append(bodyPieces.get(i));
    }
    String text = b.text.toString();
    String title = text.substring(0, titleLength);
    String body = text.substring(titleLength + Article.TITLE_SEPARATOR.length());
    Article article = new Article("bench-" + n, "bench:" + n, null, base.outlet(), title, date, base.language(),
        body, Map.of());
    List<Entity> entities = new ArrayList<>();
    for (var e : b.entities.values()) {
      entities.add(new Entity(e.id, e.source.name(), e.source.type(), e.source.roles(), e.mentions));
    }
    DatelineCheck dateline = base.dateline() == null ? null
        : new DatelineCheck(date.toString(), date.toString(), true, List.of());
    return new AnalyzedArticle(article, text, base.language(), b.tokens, b.sentences, b.named, entities, b.quotes,
        b.times, dateline, List.of(), base.layers());
  }

  private static final class NewEntity {
    final String id;
    final Entity source;
    final List<Mention> mentions = new ArrayList<>();

    NewEntity(String id, Entity source) {
      this.id = id;
      this.source = source;
    }
  }

  /** Accumulates the text and layers of the synthetic article, sentence by sentence. */
  private final class Builder {
    final StringBuilder text = new StringBuilder();
    final List<Token> tokens = new ArrayList<>();
    final List<Sentence> sentences = new ArrayList<>();
    final List<NamedMention> named = new ArrayList<>();
    final Map<String, NewEntity> entities = new LinkedHashMap<>();
    final List<Quote> quotes = new ArrayList<>();
    final List<TimeMention> times = new ArrayList<>();

    void append(Piece piece) {
      AnalyzedArticle doc = pool.get(piece.doc());
      Sentence s = doc.sentences().get(piece.sentence());
      int offset = text.length();
      int delta = offset - s.start();
      text.append(doc.text(), s.start(), s.end());
      int first = tokens.size();
      for (int t = s.firstToken(); t < s.endToken() && t < doc.tokens().size(); t++) {
        Token token = doc.tokens().get(t);
        tokens.add(new Token(token.start() + delta, token.end() + delta, token.text(), token.word(), token.pos(),
            token.ner()));
      }
      sentences.add(new Sentence(offset, offset + s.end() - s.start(), first, tokens.size()));
      for (NamedMention m : doc.namedMentions()) {
        if (inside(m.mention().start(), m.mention().end(), s)) {
          named.add(new NamedMention(shift(m.mention(), delta), m.type()));
        }
      }
      for (Entity e : doc.entities()) {
        for (Mention m : e.mentions()) {
          if (inside(m.start(), m.end(), s)) {
            entities.computeIfAbsent(piece.doc() + "/" + e.id(), k -> new NewEntity("e" + (entities.size() + 1), e))
                .mentions.add(shift(m, delta));
          }
        }
      }
      for (Quote q : doc.quotes()) {
        if (inside(q.start(), q.end(), s)) {
          Speaker speaker = q.speaker();
          if (speaker != null && speaker.entity() != null) {
            NewEntity mapped = entities.get(piece.doc() + "/" + speaker.entity());
            speaker = new Speaker(speaker.name(), mapped == null ? null : mapped.id);
          }
          quotes.add(new Quote(q.text(), q.start() + delta, q.end() + delta, q.direct(), q.cue(), speaker));
        }
      }
      for (TimeMention t : doc.times()) {
        if (inside(t.start(), t.end(), s)) {
          times.add(new TimeMention(t.text(), t.start() + delta, t.end() + delta, t.type(), t.value()));
        }
      }
    }
  }

  private static boolean inside(int start, int end, Sentence s) {
    return start >= s.start() && end <= s.end();
  }

  private static Mention shift(Mention m, int delta) {
    return new Mention(m.start() + delta, m.end() + delta, m.text());
  }

}
