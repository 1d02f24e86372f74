package org.vigie.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Article;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;
import org.vigie.model.Mention;
import org.vigie.model.Quote;
import org.vigie.model.Speaker;
import org.vigie.model.TimeMention;
import org.vigie.model.TimeType;

/** Builds hand-made analysed articles; every span is found in the text, so offsets are always right. */
final class Articles {
  private final String id;
  private String title = "";
  private String body = "";
  private @Nullable String outlet;
  private @Nullable String language;
  private @Nullable String languageHint;
  private @Nullable LocalDate published;
  private @Nullable String url;
  private final Map<String, Object> metadata = new LinkedHashMap<>();
  private final List<EntitySpec> entities = new ArrayList<>();
  private final List<QuoteSpec> quotes = new ArrayList<>();
  private final List<TimeSpec> times = new ArrayList<>();

  private record EntitySpec(String name, EntityType type, List<String> roles, List<String> forms) {}

  private record QuoteSpec(String words, @Nullable String speaker, @Nullable String speakerEntity, boolean direct,
      @Nullable String cue) {}

  private record TimeSpec(String words, TimeType type, String value) {}

  private Articles(String id) {
    this.id = id;
  }

  static Articles article(String id) {
    return new Articles(id);
  }

  Articles title(String text) {
    this.title = text;
    return this;
  }

  Articles body(String text) {
    this.body = text;
    return this;
  }

  Articles outlet(String name) {
    this.outlet = name;
    return this;
  }

  /** The identified language; the input's hint is set to the same unless {@link #hint} says otherwise. */
  Articles language(String iso) {
    this.language = iso;
    if (languageHint == null) {
      languageHint = iso;
    }
    return this;
  }

  Articles hint(@Nullable String iso) {
    this.languageHint = iso;
    return this;
  }

  Articles published(String isoDate) {
    this.published = LocalDate.parse(isoDate);
    return this;
  }

  Articles url(String address) {
    this.url = address;
    return this;
  }

  Articles meta(String key, Object value) {
    metadata.put(key, value);
    return this;
  }

  /** An entity named at every occurrence of each form (the name itself when no form is given). */
  Articles entity(String name, EntityType type, List<String> roles, String... forms) {
    entities.add(new EntitySpec(name, type, roles, forms.length == 0 ? List.of(name) : List.of(forms)));
    return this;
  }

  /** A quote whose words occur in the text; the speaker's entity is the entity of that name, when there is one. */
  Articles quote(String words, @Nullable String speaker, boolean direct, @Nullable String cue) {
    quotes.add(new QuoteSpec(words, speaker, speaker, direct, cue));
    return this;
  }

  Articles time(String words, TimeType type, String value) {
    times.add(new TimeSpec(words, type, value));
    return this;
  }

  AnalyzedArticle build() {
    Article article = new Article(id, "test/" + id + ".json", url, outlet, title, published, languageHint, body,
        metadata);
    String text = article.text();
    AnalyzedArticle doc = AnalyzedArticle.of(article);
    if (language != null) {
      doc = doc.withLanguage(language);
    }
    List<Entity> built = new ArrayList<>();
    Map<String, String> localIds = new LinkedHashMap<>();
    for (EntitySpec e : entities) {
      List<Mention> mentions = new ArrayList<>();
      for (String form : e.forms()) {
        for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length())) {
          mentions.add(new Mention(at, at + form.length(), form));
        }
      }
      if (mentions.isEmpty()) {
        throw new IllegalArgumentException("entity " + e.name() + " does not occur in " + id);
      }
      mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
      String local = "e" + (built.size() + 1);
      localIds.put(e.name(), local);
      built.add(new Entity(local, e.name(), e.type(), e.roles(), mentions));
    }
    List<Quote> builtQuotes = new ArrayList<>();
    for (QuoteSpec q : quotes) {
      int at = find(text, q.words());
      Speaker speaker = q.speaker() == null ? null : new Speaker(q.speaker(), localIds.get(q.speakerEntity()));
      builtQuotes.add(new Quote(q.words(), at, at + q.words().length(), q.direct(), q.cue(), speaker));
    }
    List<TimeMention> builtTimes = new ArrayList<>();
    for (TimeSpec t : times) {
      int at = find(text, t.words());
      builtTimes.add(new TimeMention(t.words(), at, at + t.words().length(), t.type(), t.value()));
    }
    return doc.withEntities(built).withQuotes(builtQuotes).withTimes(builtTimes);
  }

  private int find(String text, String words) {
    int at = text.indexOf(words);
    if (at < 0) {
      throw new IllegalArgumentException("\"" + words + "\" does not occur in " + id);
    }
    return at;
  }

  // ------------------------------------------------------------------ a small invented corpus

  static AnalyzedArticle genevaFr() {
    return article("fr-geneve-1")
        .title("Reprise des négociations à Genève sur le nucléaire")
        .body("Les négociations ont repris mardi à Genève entre les délégations. \"Nous avançons pas à pas\", a"
            + " déclaré Claire Montval, ministre des Affaires étrangères, à l'issue de la séance.\n\n"
            + "Selon Claire Montval, un accord reste possible avant la fin du mois.")
        .outlet("Le Quotidien du Lac")
        .language("fr")
        .published("2026-03-10")
        .url("https://example.org/fr/geneve-1")
        .meta("author", "Rédaction")
        .meta("words", 52)
        .meta("score", 0.75)
        .meta("tags", List.of("diplomatie", "nucléaire"))
        .meta("source", Map.of("agency", "AFP", "wire", true))
        .entity("Claire Montval", EntityType.PERSON, List.of("ministre des Affaires étrangères"))
        .entity("Genève", EntityType.LOCATION, List.of())
        .quote("Nous avançons pas à pas", "Claire Montval", true, "a déclaré")
        .quote("un accord reste possible avant la fin du mois", "Claire Montval", false, "Selon")
        .time("mardi", TimeType.DATE, "2026-03-10")
        .build();
  }

  static AnalyzedArticle genevaEn() {
    return article("en-geneva-1")
        .title("Nuclear negotiations resume in Geneva")
        .body("Negotiations resumed on Tuesday in Geneva. \"We are moving step by step,\" said Claire Montval,"
            + " the French foreign minister.\n\nObservers remain cautious about a deal this month.")
        .outlet("Harbour Times")
        .language("en")
        .published("2026-03-11")
        .entity("Claire Montval", EntityType.PERSON, List.of("foreign minister"))
        .entity("Geneva", EntityType.LOCATION, List.of())
        .quote("We are moving step by step,", "Claire Montval", true, "said")
        .time("Tuesday", TimeType.DATE, "2026-03-10")
        .build();
  }

  static AnalyzedArticle harvestFr() {
    return article("fr-recolte-1")
        .title("Les viticulteurs bordelais inquiets après la grêle")
        .body("La grêle a détruit une partie des vignes près de Bordeaux. \"C'est une année perdue\", a confié"
            + " Étienne Darrieux, président de la coopérative.")
        .outlet("La Gazette du Sud-Ouest")
        .language("fr")
        .published("2026-05-02")
        .entity("Étienne Darrieux", EntityType.PERSON, List.of("président de la coopérative"))
        .entity("Bordeaux", EntityType.LOCATION, List.of())
        .quote("C'est une année perdue", "Étienne Darrieux", true, "a confié")
        .build();
  }

  static AnalyzedArticle scriptEn() {
    return article("en-script-1")
        .title("Hackers post <script>alert('x')</script> on a city website")
        .body("The defaced page showed <script>alert(\"pwned\")</script> & <b>bold</b> claims about the mayor's"
            + " budget. The city restored the website within an hour.")
        .outlet("Harbour Times")
        .language("en")
        .published("2026-04-01")
        .build();
  }
}
