package org.vigie.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.CarriedQuote;
import org.vigie.model.Dossier;
import org.vigie.model.DossierArticle;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;
import org.vigie.model.Quote;
import org.vigie.model.SpeakerQuotes;

/**
 * schema.org metadata as JSON-LD: a {@code NewsArticle} (with its {@code dateline}) for an article, and its
 * quotes as {@code Quotation}s with their {@code creator}. Written inside {@code <script type="application/ld+json">},
 * a data block the browser never runs (so the Content-Security-Policy, which allows no script, does not block it);
 * {@code <}, {@code >} and {@code &} are written as JSON escapes, so no text from an article can close the element.
 */
final class JsonLd {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CONTEXT = "https://schema.org";

  private JsonLd() {}

  /** The NewsArticle of a stored article, its quotes in {@code citation}. */
  static ObjectNode newsArticle(AnalyzedArticle a, @Nullable String storyUrl) {
    ObjectNode node = JSON.createObjectNode();
    node.put("@context", CONTEXT);
    node.put("@type", "NewsArticle");
    node.put("identifier", a.id());
    node.put("headline", a.title());
    putIfPresent(node, "url", a.article().url());
    putIfPresent(node, "datePublished", a.published());
    putIfPresent(node, "inLanguage", a.language() != null ? a.language() : a.article().language());
    if (storyUrl != null) {
      node.putObject("isPartOf").put("@type", "CreativeWork").put("url", storyUrl);
    }
    if (a.outlet() != null) {
      node.putObject("publisher").put("@type", "Organization").put("name", a.outlet());
    }
    String dateline = dateline(a);
    putIfPresent(node, "dateline", dateline);
    Map<String, Entity> local = new HashMap<>();
    a.entities().forEach(e -> local.put(e.id(), e));
    ArrayNode about = node.putArray("mentions");
    for (Entity e : a.entities()) {
      about.add(thing(e.type(), e.name()));
    }
    ArrayNode citations = node.putArray("citation");
    for (Quote q : a.quotes()) {
      Entity speaker = q.speaker() == null || q.speaker().entity() == null ? null : local.get(q.speaker().entity());
      ObjectNode quotation = citations.addObject();
      quotation.put("@type", "Quotation");
      quotation.put("text", q.text());
      if (speaker != null) {
        quotation.set("creator", thing(speaker.type(), speaker.name()));
      } else if (q.speaker() != null) {
        quotation.set("creator", thing(EntityType.PERSON, q.speaker().name()));
      }
    }
    return node;
  }

  /** A story as a CreativeWork listing its articles, and its quotes as Quotations with their creator. */
  static ObjectNode story(Dossier dossier, String url) {
    ObjectNode node = JSON.createObjectNode();
    node.put("@context", CONTEXT);
    node.put("@type", "CreativeWork");
    node.put("identifier", dossier.story());
    node.put("name", dossier.title());
    node.put("url", url);
    putIfPresent(node, "dateCreated", dossier.from());
    ArrayNode parts = node.putArray("hasPart");
    for (DossierArticle a : dossier.articles()) {
      ObjectNode part = parts.addObject();
      part.put("@type", "NewsArticle");
      part.put("identifier", a.id());
      part.put("headline", a.title());
      putIfPresent(part, "datePublished", a.published());
      putIfPresent(part, "inLanguage", a.language());
      if (a.outlet() != null) {
        part.putObject("publisher").put("@type", "Organization").put("name", a.outlet());
      }
    }
    ArrayNode citations = node.putArray("citation");
    for (SpeakerQuotes speaker : dossier.quotes()) {
      for (CarriedQuote q : speaker.quotes()) {
        ObjectNode quotation = citations.addObject();
        quotation.put("@type", "Quotation");
        quotation.put("text", q.text());
        if (!speaker.speaker().isEmpty()) {
          quotation.set("creator", thing(EntityType.PERSON, speaker.speaker()));
        }
      }
    }
    return node;
  }

  /** The JSON for {@link Html#dataBlock}: {@code <>&} and line separators escaped as JSON escapes. */
  static String script(ObjectNode node) {
    String json;
    try {
      json = JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON-LD", e);
    }
    // Outside strings JSON has none of these characters, so escaping them everywhere changes no value.
    String safe = json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
        .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    return safe;
  }

  /**
   * Where and when the article was written: the place its body opens with, when a recognised location opens it
   * (the classic "GENEVA — ..." dateline), and the date its content implies (else its publication date).
   */
  private static @Nullable String dateline(AnalyzedArticle a) {
    String date = a.dateline() != null ? a.dateline().implied() : a.published();
    int bodyStart = a.text().length() - a.article().body().length();
    String place = a.entities().stream()
        .filter(e -> e.type() == EntityType.LOCATION)
        .filter(e -> e.mentions().stream().anyMatch(m -> m.start() == bodyStart))
        .map(Entity::name).findFirst().orElse(null);
    if (place == null) {
      return date;
    }
    return date == null ? place : place + ", " + date;
  }

  private static ObjectNode thing(EntityType type, String name) {
    ObjectNode node = JSON.createObjectNode();
    node.put("@type", switch (type) {
      case PERSON -> "Person";
      case ORGANIZATION -> "Organization";
      case LOCATION -> "Place";
      default -> "Thing";
    });
    node.put("name", name);
    return node;
  }

  private static void putIfPresent(ObjectNode node, String key, @Nullable String value) {
    if (value != null && !value.isBlank()) {
      node.put(key, value);
    }
  }
}
