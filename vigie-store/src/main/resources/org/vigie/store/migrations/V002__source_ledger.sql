-- Vigie store, schema 2: the completeness ledger, one row per outlet and day, counted at ingest time.
-- outlet is '' when the input named none; day is the publication date, else the day of ingest (UTC).
-- Duplicates and errors are not articles, so they are counted here and nowhere else.
CREATE TABLE source_day (
  outlet     TEXT NOT NULL,
  day        TEXT NOT NULL,
  articles   INTEGER NOT NULL DEFAULT 0,
  duplicates INTEGER NOT NULL DEFAULT 0,
  errors     INTEGER NOT NULL DEFAULT 0,
  first_at   TEXT NOT NULL,
  last_at    TEXT NOT NULL,
  PRIMARY KEY (outlet, day)
);

-- The articles stored before the ledger existed (their duplicates and errors were not kept).
INSERT INTO source_day (outlet, day, articles, first_at, last_at)
  SELECT coalesce(outlet, ''), coalesce(published, substr(stored_at, 1, 10)), count(*), min(stored_at), max(stored_at)
  FROM article GROUP BY 1, 2;
