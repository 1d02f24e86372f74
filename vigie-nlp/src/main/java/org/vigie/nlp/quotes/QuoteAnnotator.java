package org.vigie.nlp.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;
import org.vigie.model.Layer;
import org.vigie.model.Quote;
import org.vigie.model.Speaker;
import org.vigie.nlp.Annotator;
import org.vigie.nlp.entities.EntityGrouper;
import org.vigie.nlp.lexicon.Words;
import org.vigie.text.Folding;

/**
 * Adds {@link Layer#QUOTES}: direct quotes ({@link QuoteMarks}, attributed by {@link DirectQuotes}) and reported
 * speech ({@link ReportedSpeech}), each with its speaker. It also refines {@link Layer#ENTITIES}, which it requires:
 *
 * <ul>
 *   <li>A title phrase that speaks ("Le ministre iranien des Affaires étrangères appelle au « respect mutuel »")
 *       without the article ever pairing that title with a name is bound to the person quoted next, when that
 *       quote comes within the next {@value #BINDING_PARAGRAPHS} paragraphs, no other person is named in between,
 *       and that person has no role of another title: the phrase becomes their role, and every use of it a mention.
 *   <li>A speaker named by a description that refers back to no entity ("le gouvernement iranien", "plusieurs
 *       témoins") stays a description: the speaker has a name and no entity (common nouns are not entities).
 *   <li>A quote in the headline takes the speaker of the body quote with the same words, else, when it has more than
 *       one word, the article's main speaker (the entity quoted most often); a short one with neither is dropped.
 * </ul>
 */
public final class QuoteAnnotator implements Annotator {
  static final int BINDING_PARAGRAPHS = 2;

  private final @Nullable SpeakerRanker ranker;

  /**
   * Speakers of French quotes chosen by the shipped {@link SpeakerRanker} among the candidates around the rules'
   * answer.
   */
  public QuoteAnnotator() {
    this(Shipped.RANKER);
  }

  /** @param ranker chooses each body quote's speaker among its candidates; null keeps the rules' answer */
  public QuoteAnnotator(@Nullable SpeakerRanker ranker) {
    this.ranker = ranker;
  }

  /** The shipped weights, read once. */
  private static final class Shipped {
    static final SpeakerRanker RANKER = SpeakerRanker.shipped();
  }

  /** A body quote of an analysed article with the speakers it may have, for training the ranker. */
  public record SpeakerChoice(int start, int end, List<@Nullable String> names, List<double[]> features) {
    public SpeakerChoice {
      names = java.util.Collections.unmodifiableList(new ArrayList<>(names));
      features = List.copyOf(features);
    }
  }

  /** The rules' quotes, before any ranking, sorted, and what found them. */
  private record Rules(Discourse discourse, Speakers speakers, List<MarkedSpan> marked, List<Found> all) {
    static Rules of(AnalyzedArticle document) {
      Discourse discourse = new Discourse(document);
      Speakers speakers = new Speakers(discourse);
      List<MarkedSpan> marked = Incises.split(discourse, QuoteMarks.find(discourse.text, discourse.paragraphs));
      List<Found> direct = new DirectQuotes(discourse, speakers).attribute(marked);
      List<Found> reported = new ReportedSpeech(discourse, speakers).find(marked, direct);
      List<Found> all = new ArrayList<>(withinReported(direct, reported));
      all.addAll(reported);
      all.sort(Comparator.comparingInt(Found::start).thenComparingInt(Found::end));
      return new Rules(discourse, speakers, marked, all);
    }
  }

  /**
   * The body quotes the rules find in {@code document} (its entities and syntax as the pipeline left them), each
   * with its candidate speakers (the rules' answer among them, null for nobody) and their features.
   */
  public static List<SpeakerChoice> choices(AnalyzedArticle document) {
    Rules rules = Rules.of(document);
    SpeakerCandidates candidates = new SpeakerCandidates(rules.discourse(), rules.speakers(), rules.marked());
    List<SpeakerChoice> choices = new ArrayList<>();
    for (int i = 0; i < rules.all().size(); i++) {
      Found found = rules.all().get(i);
      if (found.start() < rules.discourse().titleEnd) {
        continue;
      }
      List<SpeakerCandidates.Candidate> each = candidates.of(rules.all(), i);
      choices.add(new SpeakerChoice(found.start(), found.end(),
          each.stream().map(c -> c.who() == null ? null : c.who().name()).toList(),
          each.stream().map(SpeakerCandidates.Candidate::features).toList()));
    }
    return choices;
  }

  @Override
  public String name() {
    return "quotes";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.TOKENS, Layer.SENTENCES, Layer.ENTITIES);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.QUOTES);
  }

  @Override
  public AnalyzedArticle annotate(AnalyzedArticle document) {
    Rules rules = Rules.of(document);
    Discourse discourse = rules.discourse();
    // the weights were learned on French news: English keeps the rules' answer; a reported clause still without a
    // speaker is no quote
    List<Found> all = (ranker == null || !"fr".equals(discourse.language) ? rules.all() : ranked(rules, ranker))
        .stream().filter(found -> found.direct() || found.who() != null).toList();
    all = headlines(discourse, all);

    List<Entity> entities = new ArrayList<>(document.entities());
    entities = bindTitles(discourse, all, entities);
    Map<String, Entity> byId = new HashMap<>();
    entities.forEach(entity -> byId.put(entity.id(), entity));

    List<Quote> quotes = new ArrayList<>();
    for (Found found : all) {
      Speaker speaker = null;
      if (found.who() != null) {
        Entity entity = found.who().entityId() == null ? null : byId.get(found.who().entityId());
        speaker = new Speaker(entity == null ? found.who().name() : entity.name(),
            entity == null ? null : entity.id());
      }
      quotes.add(new Quote(discourse.text.substring(found.start(), found.end()), found.start(), found.end(),
          found.direct(), found.cue(), speaker));
    }
    return document.withEntities(entities).withQuotes(quotes);
  }

  /** Each body quote with the speaker the ranker prefers among its candidates. */
  private static List<Found> ranked(Rules rules, SpeakerRanker ranker) {
    SpeakerCandidates candidates = new SpeakerCandidates(rules.discourse(), rules.speakers(), rules.marked());
    List<Found> ranked = new ArrayList<>();
    for (int i = 0; i < rules.all().size(); i++) {
      Found found = rules.all().get(i);
      if (found.start() < rules.discourse().titleEnd) {
        ranked.add(found);
        continue;
      }
      Found previous = ranked.isEmpty() ? null : ranked.get(ranked.size() - 1);
      if (previous != null && previous.who() != null && continues(rules, previous, found)) {
        ranked.add(found.withWho(previous.who()));
        continue;
      }
      List<SpeakerCandidates.Candidate> each = candidates.of(rules.all(), i);
      int best = ranker.choose(each.stream().map(SpeakerCandidates.Candidate::features).toList());
      ranked.add(found.withWho(each.get(best).who()));
    }
    return ranked;
  }

  /**
   * Whether {@code quote} opens its paragraph and goes on with {@code previous}, a quote left open at the end of the
   * paragraph before: French typography opens each paragraph of a long quote and closes only the last, so it has
   * the speaker chosen for the first.
   */
  private static boolean continues(Rules rules, Found previous, Found quote) {
    if (!quote.direct() || !previous.direct()) {
      return false;
    }
    MarkedSpan span = spanOf(rules.marked(), quote);
    MarkedSpan before = spanOf(rules.marked(), previous);
    Discourse discourse = rules.discourse();
    return span != null && before != null && before.openEnded()
        && discourse.paragraphAt(span.open())[0] == span.open()
        && discourse.paragraphIndex(before.open()) == discourse.paragraphIndex(span.open()) - 1;
  }

  private static @Nullable MarkedSpan spanOf(List<MarkedSpan> marked, Found quote) {
    return marked.stream().filter(span -> span.start() == quote.start() && span.end() == quote.end()).findFirst()
        .orElse(null);
  }

  /**
   * A direct quote that no cue of its own attributes, inside the clause of a reported speech ("Pour l'ONG, ... prouve
   * qu'il existe « ... »"), is the words of that speech's speaker.
   */
  private static List<Found> withinReported(List<Found> direct, List<Found> reported) {
    List<Found> updated = new ArrayList<>();
    for (Found quote : direct) {
      Found around = null;
      if (quote.cue() == null) {
        for (Found clause : reported) {
          if (clause.start() <= quote.start() && quote.end() <= clause.end() && clause.who() != null) {
            around = clause;
          }
        }
      }
      updated.add(around == null ? quote : new Found(quote.start(), quote.end(), true, around.cue(), around.who()));
    }
    return updated;
  }

  private static List<Found> headlines(Discourse discourse, List<Found> all) {
    Map<String, Integer> counts = new HashMap<>();
    Who main = null;
    int best = 0;
    for (Found found : all) {
      if (found.direct() && found.start() >= discourse.titleEnd && found.who() != null
          && found.who().entityId() != null) {
        int count = counts.merge(found.who().entityId(), 1, Integer::sum);
        if (count > best) {
          best = count;
          main = found.who();
        }
      }
    }
    List<Found> kept = new ArrayList<>();
    for (Found found : all) {
      if (found.start() >= discourse.titleEnd || found.who() != null) {
        kept.add(found);
        continue;
      }
      String words = Folding.key(discourse.text.substring(found.start(), found.end()));
      Who who = null;
      for (Found body : all) {
        if (body.start() >= discourse.titleEnd && body.direct() && body.who() != null
            && Folding.key(discourse.text.substring(body.start(), body.end())).contains(words)) {
          who = body.who();
          break;
        }
      }
      if (who == null && Words.of(words).size() > 1) {
        who = main; // a single word in the headline is more likely irony than the main speaker's
      }
      if (who != null) {
        kept.add(found.withWho(who));
      } else if (Words.of(discourse.text, found.start(), found.end()).size() >= DirectQuotes.MIN_UNATTRIBUTED_WORDS) {
        kept.add(found);
      }
    }
    return kept;
  }

  private static List<Entity> bindTitles(Discourse discourse, List<Found> all, List<Entity> entities) {
    List<Entity> current = entities;
    for (int i = 0; i < all.size(); i++) {
      Who title = all.get(i).who();
      if (title == null || !title.title() || title.entityId() != null) {
        continue;
      }
      Who holder = nextQuotedPerson(discourse, all, i, current);
      if (holder == null) {
        continue;
      }
      current = EntityGrouper.bindTitle(discourse.text, current, holder.entityId(), title.name());
      String key = Folding.key(title.name());
      for (int j = 0; j < all.size(); j++) {
        Who who = all.get(j).who();
        if (who != null && who.entityId() == null && Folding.key(who.name()).equals(key)) {
          all.set(j, all.get(j).withWho(new Who(holder.name(), holder.entityId(), who.start(), who.end(), false)));
        }
      }
    }
    return current;
  }

  private static Who nextQuotedPerson(Discourse discourse, List<Found> all, int index, List<Entity> entities) {
    Found titled = all.get(index);
    int paragraph = discourse.paragraphIndex(titled.start());
    for (int j = index + 1; j < all.size(); j++) {
      Found next = all.get(j);
      if (!next.direct() || next.who() == null || next.who().entityId() == null) {
        continue;
      }
      if (discourse.paragraphIndex(next.start()) - paragraph > BINDING_PARAGRAPHS) {
        return null;
      }
      Entity person = entities.stream().filter(entity -> entity.id().equals(next.who().entityId())).findFirst()
          .orElse(null);
      if (person == null || person.type() != EntityType.PERSON) {
        return null;
      }
      for (Discourse.Placed between : discourse.mentionsIn(titled.end(), next.start())) {
        if (between.entity().type() == EntityType.PERSON && !between.entity().id().equals(person.id())) {
          return null;
        }
      }
      String head = Folding.key(Words.of(titled.who().name()).get(0).text());
      for (String role : person.roles()) {
        if (!Words.of(role).isEmpty() && !Folding.key(Words.of(role).get(0).text()).equals(head)) {
          return null;
        }
      }
      return next.who();
    }
    return null;
  }
}
