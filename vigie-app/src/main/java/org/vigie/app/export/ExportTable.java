package org.vigie.app.export;

import java.util.List;
import java.util.Locale;
import static org.vigie.app.export.ExportColumn.Type.BOOLEAN;
import static org.vigie.app.export.ExportColumn.Type.DATE;
import static org.vigie.app.export.ExportColumn.Type.INTEGER;
import static org.vigie.app.export.ExportColumn.Type.TEXT;

/** What an export holds, one row per what: its columns, in order. The README documents the same columns. */
public enum ExportTable {
  /** One row per article. */
  ARTICLES(List.of(
      new ExportColumn("article_id", TEXT, "the article's id"),
      new ExportColumn("url", TEXT, "its canonical URL, when known"),
      new ExportColumn("outlet", TEXT, "the publishing outlet, when known"),
      new ExportColumn("published", DATE, "the publication date, when known"),
      new ExportColumn("language", TEXT, "the identified language, else the input's hint (ISO 639-1)"),
      new ExportColumn("story_id", TEXT, "the story it belongs to now"),
      new ExportColumn("title", TEXT, "the headline"),
      new ExportColumn("entities", INTEGER, "distinct entities it names"),
      new ExportColumn("quotes", INTEGER, "quotes found in it"),
      new ExportColumn("source", TEXT, "the file or URL it was read from"),
      new ExportColumn("body", TEXT, "the body text, paragraphs separated by a blank line"))),
  /** One row per (article, entity), in the spirit of GDELT's mentions table. */
  MENTIONS(List.of(
      new ExportColumn("article_id", TEXT, "the article"),
      new ExportColumn("entity_id", TEXT, "the store-wide entity id (type and folded name)"),
      new ExportColumn("entity_name", TEXT, "the entity's canonical name in this article"),
      new ExportColumn("entity_type", TEXT, "PERSON, ORGANIZATION, LOCATION or MISC"),
      new ExportColumn("role", TEXT, "the roles this article gives the entity, joined with \" | \""),
      new ExportColumn("mentions", INTEGER, "how many times the article names it"),
      new ExportColumn("outlet", TEXT, "the article's outlet"),
      new ExportColumn("published", DATE, "the article's publication date"),
      new ExportColumn("language", TEXT, "the article's language"),
      new ExportColumn("story_id", TEXT, "the article's story"))),
  /** One row per quote. */
  QUOTES(List.of(
      new ExportColumn("article_id", TEXT, "the article it is in"),
      new ExportColumn("quote_index", INTEGER, "its place among the article's quotes, from 0"),
      new ExportColumn("text", TEXT, "the words quoted or reported"),
      new ExportColumn("direct", BOOLEAN, "true for quoted words, false for reported speech"),
      new ExportColumn("cue", TEXT, "the verb or phrase that introduces it, when there is one"),
      new ExportColumn("speaker", TEXT, "who said it, as the article names them"),
      new ExportColumn("speaker_entity_id", TEXT, "the speaker's store-wide entity id, when recognised"),
      new ExportColumn("speaker_role", TEXT, "the speaker's roles in this article (at the time of speaking)"),
      new ExportColumn("outlet", TEXT, "the article's outlet"),
      new ExportColumn("published", DATE, "the article's publication date"),
      new ExportColumn("story_id", TEXT, "the article's story"))),
  /** One row per entity named in the matching articles. */
  ENTITIES(List.of(
      new ExportColumn("entity_id", TEXT, "the store-wide entity id"),
      new ExportColumn("name", TEXT, "its canonical name, as first seen"),
      new ExportColumn("type", TEXT, "PERSON, ORGANIZATION, LOCATION or MISC"),
      new ExportColumn("articles", INTEGER, "matching articles that name it"),
      new ExportColumn("mentions", INTEGER, "times those articles name it"),
      new ExportColumn("quotes", INTEGER, "quotes those articles attribute to it"),
      new ExportColumn("first_published", DATE, "the earliest publication date among those articles"),
      new ExportColumn("last_published", DATE, "the latest one"),
      new ExportColumn("roles", TEXT, "every distinct role those articles give it, joined with \" | \""))),
  /** One row per story holding at least one matching article. */
  STORIES(List.of(
      new ExportColumn("story_id", TEXT, "the story's id"),
      new ExportColumn("title", TEXT, "its title"),
      new ExportColumn("first_date", DATE, "the earliest publication date among its articles"),
      new ExportColumn("last_date", DATE, "the latest one"),
      new ExportColumn("size", INTEGER, "all its articles"),
      new ExportColumn("matching_articles", INTEGER, "its articles that match the export's filters"),
      new ExportColumn("article_ids", TEXT, "its articles' ids, separated by spaces")));

  private final List<ExportColumn> columns;

  ExportTable(List<ExportColumn> columns) {
    this.columns = columns;
  }

  public List<ExportColumn> columns() {
    return columns;
  }

  /** The name as the CLI and the API spell it: {@code articles}, {@code mentions}, ... */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The table of this name, as {@link #label()} spells it; an {@link IllegalArgumentException} names the choices. */
  public static ExportTable of(String label) {
    for (ExportTable t : values()) {
      if (t.label().equals(label.strip().toLowerCase(Locale.ROOT))) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown export '" + label + "': choose articles, entities, quotes, stories"
        + " or mentions");
  }
}
