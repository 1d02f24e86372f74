package org.vigie.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * What a web page says about itself, from the places publishers put it: Open Graph and article meta tags, JSON-LD
 * ({@code NewsArticle}, possibly inside an array or {@code @graph}), {@code <title>}, {@code <h1>},
 * {@code <time datetime>}, the canonical link and {@code <html lang>}.
 *
 * <p>Title: og:title, else {@code <title>} without a " - Outlet" or " | Outlet" suffix, else the first h1. Date:
 * article:published_time, meta date, JSON-LD datePublished, then {@code <time datetime>}. Outlet: og:site_name,
 * else the JSON-LD publisher's name, else the domain (without "www.") of the page's URL, which is the canonical
 * link, else og:url, else the URL the page was downloaded from.
 */
record HtmlMetadata(
    @Nullable String title,
    @Nullable LocalDate published,
    @Nullable String outlet,
    @Nullable String url,
    @Nullable String language) {

  private static final List<String> TITLE_SEPARATORS = List.of(" - ", " | ", " – ", " — ");

  static HtmlMetadata of(Document document, @Nullable URI origin) {
    List<JsonNode> jsonLd = jsonLd(document);
    String url = firstNonBlank(
        WebUrls.httpOrNull(absoluteUrl(document.selectFirst("link[rel=canonical][href]"))),
        WebUrls.httpOrNull(meta(document, "og:url")),
        origin == null ? null : WebUrls.httpOrNull(origin.toString()));
    String outlet = firstNonBlank(
        meta(document, "og:site_name"),
        jsonLd.stream().map(HtmlMetadata::publisherName).filter(Objects::nonNull).findFirst().orElse(null),
        domain(url));
    String title = firstNonBlank(
        withoutOutletSuffix(meta(document, "og:title"), outlet),
        withoutOutletSuffix(document.title(), outlet),
        textOf(document.selectFirst("h1")));
    LocalDate published = Stream.of(
            Stream.of(meta(document, "article:published_time"), meta(document, "date")),
            jsonLd.stream().map(node -> Json.scalarText(node.findValue("datePublished"))),
            document.select("time[datetime]").stream().map(time -> time.attr("datetime")))
        .flatMap(candidates -> candidates)
        .filter(Objects::nonNull)
        .map(PublicationDates::parse)
        .flatMap(Optional::stream)
        .findFirst()
        .orElse(null);
    Element html = document.selectFirst("html[lang]");
    return new HtmlMetadata(title, published, outlet, url, html == null ? null : html.attr("lang"));
  }

  /** The content of the first {@code <meta property=...>} or {@code <meta name=...>} with that key. */
  private static @Nullable String meta(Document document, String key) {
    for (Element meta : document.select("meta[content]")) {
      if (key.equalsIgnoreCase(meta.attr("property")) || key.equalsIgnoreCase(meta.attr("name"))) {
        return meta.attr("content");
      }
    }
    return null;
  }

  /** Every JSON-LD block that parses; a broken one is ignored, as browsers and search engines do. */
  private static List<JsonNode> jsonLd(Document document) {
    List<JsonNode> nodes = new ArrayList<>();
    for (Element script : document.select("script[type=application/ld+json]")) {
      try {
        nodes.add(Json.MAPPER.readTree(script.data()));
      } catch (JsonProcessingException e) {
        // Optional metadata: the page is read without it.
      }
    }
    return nodes;
  }

  private static @Nullable String publisherName(JsonNode jsonLd) {
    JsonNode publisher = jsonLd.findValue("publisher");
    if (publisher == null) {
      return null;
    }
    if (publisher.isArray() && !publisher.isEmpty()) {
      publisher = publisher.get(0);
    }
    return publisher.isObject() ? Json.scalarText(publisher.get("name")) : Json.scalarText(publisher);
  }

  private static @Nullable String withoutOutletSuffix(@Nullable String title, @Nullable String outlet) {
    if (title == null || outlet == null || outlet.isBlank()) {
      return title;
    }
    String trimmed = title.strip();
    for (String separator : TITLE_SEPARATORS) {
      String suffix = separator + outlet.strip();
      boolean endsWithSuffix = trimmed.toLowerCase(Locale.ROOT).endsWith(suffix.toLowerCase(Locale.ROOT));
      if (endsWithSuffix && trimmed.length() > suffix.length()) {
        return trimmed.substring(0, trimmed.length() - suffix.length());
      }
    }
    return trimmed;
  }

  private static @Nullable String absoluteUrl(@Nullable Element link) {
    if (link == null) {
      return null;
    }
    String absolute = link.absUrl("href");
    return absolute.isEmpty() ? link.attr("href") : absolute;
  }

  /** "https://www.example.org/a" gives "example.org". */
  private static @Nullable String domain(@Nullable String url) {
    if (url == null) {
      return null;
    }
    try {
      String host = URI.create(url.strip()).getHost();
      return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static @Nullable String textOf(@Nullable Element element) {
    return element == null ? null : HtmlText.paragraphs(element);
  }

  private static @Nullable String firstNonBlank(@Nullable String... candidates) {
    for (String candidate : candidates) {
      if (candidate != null && !candidate.isBlank()) {
        return candidate.strip();
      }
    }
    return null;
  }
}
