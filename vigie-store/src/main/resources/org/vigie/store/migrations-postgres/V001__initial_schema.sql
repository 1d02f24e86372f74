-- Vigie store on PostgreSQL, schema 1: the embedded schema with identity sequences, plus saved states and the
-- instr() the shared queries use. Dates are ISO-8601 text (yyyy-MM-dd), so they sort as text.
-- Columns named folded_* hold lower-case text without accents for accent-insensitive filters.

-- One row per article. seq is the ingest order and the search index's watermark: an identity never reuses one.
CREATE TABLE article (
  seq           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id            TEXT NOT NULL UNIQUE,
  story_id      TEXT,
  source        TEXT NOT NULL,
  url           TEXT,
  outlet        TEXT,
  title         TEXT NOT NULL,
  published     TEXT,
  language      TEXT,
  language_hint TEXT,
  body          TEXT NOT NULL,
  metadata      TEXT NOT NULL,
  layers        TEXT NOT NULL,
  analysis      TEXT NOT NULL,
  stored_at     TEXT NOT NULL
);
CREATE INDEX article_published ON article (published);
CREATE INDEX article_story ON article (story_id);
CREATE INDEX article_outlet ON article (outlet);
CREATE INDEX article_language ON article (language);

-- Entities across articles; id is the type and the folded canonical name as a slug.
CREATE TABLE entity (
  id          TEXT PRIMARY KEY,
  type        TEXT NOT NULL,
  name        TEXT NOT NULL,
  folded_name TEXT NOT NULL
);

-- Which entity each article-local entity (e1, e2, ...) is.
CREATE TABLE article_entity (
  article_seq BIGINT NOT NULL REFERENCES article (seq),
  local_id    TEXT NOT NULL,
  entity_id   TEXT NOT NULL REFERENCES entity (id),
  mentions    INTEGER NOT NULL,
  PRIMARY KEY (article_seq, local_id)
);
CREATE INDEX article_entity_entity ON article_entity (entity_id);

-- The roles each article gives an entity, in the article's order.
CREATE TABLE entity_role (
  entity_id   TEXT NOT NULL REFERENCES entity (id),
  article_seq BIGINT NOT NULL REFERENCES article (seq),
  ord         INTEGER NOT NULL,
  role        TEXT NOT NULL,
  PRIMARY KEY (entity_id, article_seq, ord)
);

CREATE TABLE quote (
  article_seq       BIGINT NOT NULL REFERENCES article (seq),
  ord               INTEGER NOT NULL,
  text              TEXT NOT NULL,
  folded_text       TEXT NOT NULL,
  start_offset      INTEGER NOT NULL,
  end_offset        INTEGER NOT NULL,
  direct            INTEGER NOT NULL,
  cue               TEXT,
  speaker           TEXT,
  folded_speaker    TEXT,
  speaker_entity_id TEXT REFERENCES entity (id),
  PRIMARY KEY (article_seq, ord)
);
CREATE INDEX quote_speaker_entity ON quote (speaker_entity_id);

-- Stories as the clusterer last wrote them; the dossier is one opaque JSON document.
CREATE TABLE story (
  id          TEXT PRIMARY KEY,
  title       TEXT NOT NULL,
  first_date  TEXT,
  last_date   TEXT,
  size        INTEGER NOT NULL,
  article_ids TEXT NOT NULL,
  dossier     TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);
CREATE INDEX story_recency ON story (last_date, size);

-- Story membership by article id, whichever of the article and the story is stored first.
CREATE TABLE story_member (
  article_id TEXT PRIMARY KEY,
  story_id   TEXT NOT NULL
);
CREATE INDEX story_member_story ON story_member (story_id);

-- States other components keep in their own format (the story clusterer's), one row per name.
CREATE TABLE saved_state (
  name       TEXT PRIMARY KEY,
  sequence   BIGINT NOT NULL,
  data       BYTEA NOT NULL,
  saved_at   TEXT NOT NULL
);

-- SQLite's instr(), which the queries shared with the embedded store use for accent-free substring filters.
CREATE FUNCTION instr(haystack TEXT, needle TEXT) RETURNS INTEGER LANGUAGE sql IMMUTABLE STRICT
  AS 'SELECT strpos(haystack, needle)';
