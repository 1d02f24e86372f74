package org.vigie.nlp.quotes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;
import org.vigie.nlp.lexicon.Lexicon;
import org.vigie.nlp.lexicon.PersonNouns;
import org.vigie.nlp.lexicon.Word;
import org.vigie.nlp.lexicon.Words;
import org.vigie.text.Folding;

/**
 * The speakers a quote may have, each with the features {@link SpeakerRanker} weighs: the rules' answer, the people
 * and organisations named outside quotation marks before the quote or in its sentence (each at its nearest
 * mention), the previous quote's speaker, and nobody.
 */
final class SpeakerCandidates {
  /** The features, in the order of the vectors; their names are the keys of the weights file. */
  static final List<String> FEATURES = List.of(
      "none", // the candidate is "no speaker"
      "none_reported", // ... for reported speech
      "rule", // the rules chose this candidate
      "phrase", // a description without an entity
      "person",
      "organisation",
      "has_role",
      "same_sentence",
      "earlier_sentence",
      "same_paragraph",
      "before_quote",
      "distance", // log(1 + words between the candidate and the quote) / 3
      "speech_subject", // the parse makes it the subject of a verb of saying
      "subject", // the parse makes it the subject of any verb
      "mentions", // log(1 + mentions of the entity in the article)
      "last_person", // the last person named before the quote
      "previous_speaker", // the speaker of the previous quote, in this paragraph or the one before
      "complement", // right after a preposition ("de X", "à X")
      "according_to", // right after "selon" or "d'après"
      "referred", // the rules reached it through a pronoun or a description
      "sentences_back", // log(1 + sentences between the candidate and the quote) / 2
      "main_actor", // the entity of its type named most often before the quote
      "instead_of_description", // an entity, where the rules chose a description
      "fits_description", // a person where the rules' description is a person noun, an organisation for an
                          // organisation noun ("l'expert", "la direction")
      "of_description"); // the complement of the rules' description ("la direction de [France 24]")

  private static final Set<String> COMPLEMENT = Set.of("de", "du", "des", "d'", "a", "au", "aux", "of", "to", "par",
      "pour", "avec", "contre", "sur", "chez");
  private static final Set<String> ACCORDING = Set.of("selon", "d'apres", "according");

  /** One candidate: a speaker (null for nobody) and its features. */
  record Candidate(@Nullable Who who, double[] features) {}

  private final Discourse discourse;
  private final Speakers speakers;
  private final List<MarkedSpan> marked;

  SpeakerCandidates(Discourse discourse, Speakers speakers, List<MarkedSpan> marked) {
    this.discourse = discourse;
    this.speakers = speakers;
    this.marked = marked;
  }

  /**
   * The candidates of {@code all.get(index)}, the rules' choice first. A title the rules chose ("le préfet de la
   * région", "le Premier ministre") is the only one: the guidelines keep a title no name is given for as the speaker,
   * and the annotator binds it to a person quoted next.
   */
  List<Candidate> of(List<Found> all, int index) {
    Found quote = all.get(index);
    Map<String, Candidate> byKey = new LinkedHashMap<>();
    Who previous = previousSpeaker(all, index);
    Who rule = quote.who();
    if (rule != null && rule.isPhrase() && rule.title()) {
      return List.of(new Candidate(rule, features(rule, quote, rule, true, sameSpeaker(rule, previous), false)));
    }
    if (rule != null) {
      add(byKey, rule, quote, rule, true, rule.equals(previous) || sameSpeaker(rule, previous),
          discourse.mentionAt(rule.start()) == null || rule.entityId() == null
              || !rule.entityId().equals(discourse.mentionAt(rule.start()).entity().id()));
    }
    int from = 0;
    int to = discourse.sentenceAt(Math.max(quote.start(), quote.end() - 1))[1];
    for (Discourse.Placed mention : discourse.mentionsIn(from, to)) {
      EntityType type = mention.entity().type();
      boolean inside = mention.start() >= quote.start() && mention.start() < quote.end();
      if (inside || MarkedSpan.inside(mention.start(), marked)
          || type != EntityType.PERSON && type != EntityType.ORGANIZATION) {
        continue;
      }
      Who who = speakers.entity(mention.entity(), mention.start(), mention.end());
      add(byKey, who, quote, rule, false, sameSpeaker(who, previous), false);
    }
    if (previous != null) {
      add(byKey, previous, quote, rule, false, true, true);
    }
    List<Candidate> candidates = new ArrayList<>(byKey.values());
    double[] none = new double[FEATURES.size()];
    none[0] = 1;
    none[1] = quote.direct() ? 0 : 1;
    none[2] = rule == null && quote.direct() ? 1 : 0; // a reported clause is found with its speaker, or for one
    candidates.add(new Candidate(null, none));
    return candidates;
  }

  /** Adds a candidate, or merges it into the one with the same speaker: the nearest place, the flags of both. */
  private void add(Map<String, Candidate> byKey, Who who, Found quote, @Nullable Who ruled, boolean rule,
      boolean previous, boolean referred) {
    String key = who.entityId() != null ? who.entityId() : "phrase:" + Folding.key(who.name());
    double[] features = features(who, quote, ruled, rule, previous, referred);
    Candidate known = byKey.get(key);
    if (known == null) {
      byKey.put(key, new Candidate(who, features));
      return;
    }
    double[] kept = known.features();
    boolean nearer = !referred && (kept[FEATURES.indexOf("referred")] > 0 || features[11] < kept[11]);
    double[] merged = nearer ? features.clone() : kept.clone();
    for (String flag : List.of("rule", "previous_speaker", "speech_subject", "subject", "according_to")) {
      int f = FEATURES.indexOf(flag);
      merged[f] = Math.max(kept[f], features[f]);
    }
    byKey.put(key, new Candidate(known.who(), merged));
  }

  private double[] features(Who who, Found quote, @Nullable Who ruled, boolean rule, boolean previous,
      boolean referred) {
    double[] x = new double[FEATURES.size()];
    x[2] = rule ? 1 : 0;
    Entity entity = who.entityId() == null ? null : discourse.entities.get(who.entityId());
    x[3] = entity == null ? 1 : 0;
    x[4] = entity != null && entity.type() == EntityType.PERSON ? 1 : 0;
    x[5] = entity != null && entity.type() == EntityType.ORGANIZATION ? 1 : 0;
    x[6] = entity != null && !entity.roles().isEmpty() ? 1 : 0;
    int quoteSentence = discourse.sentenceIndex(quote.start());
    int whoSentence = discourse.sentenceIndex(who.start());
    boolean sameSentence = whoSentence == quoteSentence
        || who.start() >= quote.end() && whoSentence <= discourse.sentenceIndex(quote.end() - 1);
    x[7] = sameSentence ? 1 : 0;
    x[8] = whoSentence < quoteSentence ? 1 : 0;
    x[9] = discourse.paragraphIndex(who.start()) == discourse.paragraphIndex(quote.start()) ? 1 : 0;
    boolean before = who.start() < quote.start();
    x[10] = before ? 1 : 0;
    int words = before ? Words.of(discourse.text, Math.min(who.end(), quote.start()), quote.start()).size()
        : Words.of(discourse.text, quote.end(), Math.max(quote.end(), who.start())).size();
    x[11] = Math.log1p(words) / 3;
    int[] subject = subjectOf(who);
    x[12] = subject[1];
    x[13] = subject[0];
    x[14] = entity == null ? 0 : Math.log1p(entity.mentions().size()) / 2;
    x[15] = entity != null && entity.id().equals(lastPersonBefore(quote.start())) ? 1 : 0;
    x[16] = previous ? 1 : 0;
    List<Word> preceding = Words.of(discourse.text, Math.max(0, who.start() - 20), who.start());
    String last = preceding.isEmpty() ? "" : preceding.get(preceding.size() - 1).key();
    x[17] = COMPLEMENT.contains(last) ? 1 : 0;
    x[18] = ACCORDING.contains(last) ? 1 : 0;
    x[19] = referred ? 1 : 0;
    x[20] = Math.log1p(Math.max(0, quoteSentence - whoSentence)) / 2;
    x[21] = entity != null && entity.id().equals(mainActor(entity.type(), quote.start())) ? 1 : 0;
    boolean description = ruled != null && ruled.isPhrase() && !Words.of(ruled.name()).isEmpty();
    x[22] = description && entity != null ? 1 : 0;
    if (description && entity != null) {
      String head = Words.of(ruled.name()).get(0).text();
      boolean personNoun = "fr".equals(discourse.language) && PersonNouns.isPersonNoun(head);
      boolean organisationNoun = Lexicon.ORGANISATION_NOUNS.containsKey(Folding.key(head));
      x[23] = personNoun && entity.type() == EntityType.PERSON
          || organisationNoun && entity.type() == EntityType.ORGANIZATION ? 1 : 0;
      List<Word> between = Words.of(discourse.text, ruled.end(), Math.max(ruled.end(), who.start()));
      x[24] = who.start() >= ruled.end() && between.size() == 1
          && Set.of("de", "du", "des", "d'", "of").contains(between.get(0).key()) ? 1 : 0;
    }
    return x;
  }

  /** {is a subject, is the subject of a verb of saying}, by the parse of the words at the candidate's place. */
  private int[] subjectOf(Who who) {
    Syntax syntax = discourse.syntax;
    int[] found = {0, 0};
    if (syntax.isEmpty()) {
      return found;
    }
    for (int token : syntax.tokensIn(who.start(), Math.max(who.end(), who.start() + 1))) {
      int at = token;
      String relation = syntax.relation(at);
      if (Set.of("appos", "flat", "flat:name").contains(relation) && syntax.head(at) >= 0) {
        at = syntax.head(at);
        relation = syntax.relation(at);
      }
      if (relation.startsWith("nsubj") && !relation.equals("nsubj:pass")) {
        found[0] = 1;
        if (syntax.head(at) >= 0 && syntax.isSpeechVerb(syntax.head(at))) {
          found[1] = 1;
        }
      }
    }
    return found;
  }

  /** The entity of {@code type} with the most mentions before {@code position}, outside quotation marks. */
  private @Nullable String mainActor(EntityType type, int position) {
    Map<String, Integer> counts = new java.util.HashMap<>();
    String best = null;
    for (Discourse.Placed mention : discourse.mentionsIn(0, position)) {
      if (mention.entity().type() == type && !MarkedSpan.inside(mention.start(), marked)) {
        int count = counts.merge(mention.entity().id(), 1, Integer::sum);
        if (best == null || count > counts.get(best)) {
          best = mention.entity().id();
        }
      }
    }
    return best;
  }

  private @Nullable String lastPersonBefore(int position) {
    String last = null;
    for (Discourse.Placed mention : discourse.mentionsIn(0, position)) {
      if (mention.entity().type() == EntityType.PERSON && !MarkedSpan.inside(mention.start(), marked)) {
        last = mention.entity().id();
      }
    }
    return last;
  }

  private @Nullable Who previousSpeaker(List<Found> all, int index) {
    Found quote = all.get(index);
    int paragraph = discourse.paragraphIndex(quote.start());
    for (int i = index - 1; i >= 0; i--) {
      Found earlier = all.get(i);
      if (paragraph - discourse.paragraphIndex(earlier.start()) > 1) {
        return null;
      }
      if (earlier.who() != null && earlier.start() >= discourse.titleEnd) {
        return earlier.who();
      }
    }
    return null;
  }

  private static boolean sameSpeaker(Who a, @Nullable Who b) {
    if (b == null) {
      return false;
    }
    return a.entityId() != null ? a.entityId().equals(b.entityId())
        : b.entityId() == null && Folding.key(a.name()).equals(Folding.key(b.name()));
  }
}
