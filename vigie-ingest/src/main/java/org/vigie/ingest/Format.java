package org.vigie.ingest;

/** The input formats Vigie reads. */
enum Format {
  /** Plain text: a title line and an optional dateline, or a {@code date YYYY-MM-DD} header, then the body. */
  TEXT,
  /** One JSON object, or an array of objects, one article each. */
  JSON,
  /** One JSON object per line. */
  JSON_LINES,
  /** One web page. */
  HTML,
  /** An RSS or Atom feed, one article per item. */
  FEED
}
