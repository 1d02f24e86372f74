package org.vigie.store;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Entity;
import org.vigie.model.Excerpt;

/**
 * The Lucene side of the embedded store: derived from the database, never the system of record. Each commit records
 * in its user data the highest database sequence number it contains, so the store can tell which rows to index
 * again after a crash. Not thread-safe for writes: the store serialises them.
 */
final class SearchIndex implements Closeable {
  private static final String ID = "id";
  private static final String TITLE = "title";
  private static final String LANGUAGE = "lang";
  private static final String OUTLET = "outlet";
  private static final String ENTITY = "entity";
  /** The database sequence number, to walk every match of a query in ingest order (exports, counts). */
  private static final String SEQ = "seq";
  private static final String SEQUENCE_KEY = "vigie.sequence";
  /** Bumped when documents gain a field; an index of another format is rebuilt from the database on open. */
  private static final String FORMAT_KEY = "vigie.format";
  private static final String FORMAT = "2";
  private static final String REFUSED_KEY = "vigie.refused";
  /** Ids longer than this (in UTF-8) are indexed by a hash: Lucene refuses terms over 32,766 bytes. */
  private static final int MAX_ID_TERM_BYTES = 512;
  /** Facet values (outlet, language, entity names) are cut to this many UTF-8 bytes, far below Lucene's limit. */
  private static final int MAX_FACET_BYTES = 1024;
  private static final int SNIPPET_PASSAGES = 2;
  private static final int HIGHLIGHT_MAX_CHARS = 200_000;
  private static final int MAX_FACET_VALUES = 20;
  static final int MAX_HITS = 1_000;
  private static final int FALLBACK_SNIPPET_CHARS = 240;

  /** Stored, tokenised, with offsets in the postings so the highlighter need not analyse text again. */
  private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

  private final Directory directory;
  private final Analyzer analyzer;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final SearchQueries queries;
  private long addedSequence;
  private long committedSequence;
  /** Database rows up to {@link #addedSequence} that the index could not take (see {@link #refuse}). */
  private long refused;
  /** Bumped on every change; a search refreshes first when {@link #visible} is behind it. */
  private final AtomicLong changes = new AtomicLong();
  private final AtomicLong visible = new AtomicLong();

  private SearchIndex(Directory directory, Analyzer analyzer, IndexWriter writer, SearcherManager searchers,
      long committedSequence, long refused) {
    this.directory = directory;
    this.analyzer = analyzer;
    this.writer = writer;
    this.searchers = searchers;
    this.queries = queries(analyzer);
    this.committedSequence = committedSequence;
    this.addedSequence = committedSequence;
    this.refused = refused;
  }

  /**
   * Opens the index in {@code dir}, creating it when absent. The index is derived data: one that cannot be read (a
   * file missing, truncated or corrupt, a format of another Lucene) is deleted and opened empty, to be rebuilt from
   * the database, and {@code notices} is told so.
   */
  static SearchIndex open(Path dir, Consumer<String> notices) throws IOException {
    try {
      return openAsIs(dir);
    } catch (LockObtainFailedException e) {
      throw e; // in use, not damaged
    } catch (IOException | RuntimeException e) {
      notices.accept("the search index at " + dir + " cannot be read (" + e.getClass().getSimpleName() + ": "
          + e.getMessage() + "); it is rebuilt from the database");
      deleteTree(dir);
      return openAsIs(dir);
    }
  }

  private static SearchIndex openAsIs(Path dir) throws IOException {
    Directory directory = FSDirectory.open(dir);
    IndexWriter writer = null;
    try {
      Analyzer analyzer = LanguageAnalyzers.perField();
      IndexWriterConfig config = new IndexWriterConfig(analyzer)
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
          .setCommitOnClose(false);
      writer = new IndexWriter(directory, config);
      long committed = 0;
      long refused = 0;
      String format = null;
      for (Map.Entry<String, String> e : liveData(writer)) {
        if (SEQUENCE_KEY.equals(e.getKey())) {
          committed = Long.parseLong(e.getValue());
        } else if (REFUSED_KEY.equals(e.getKey())) {
          refused = Long.parseLong(e.getValue());
        } else if (FORMAT_KEY.equals(e.getKey())) {
          format = e.getValue();
        }
      }
      if (committed > 0 && !FORMAT.equals(format)) {
        throw new IOException("it was written by an older Vigie, without the sequence of each article");
      }
      // Opens every segment's files: a missing or truncated one fails here rather than in a later search.
      SearcherManager searchers = new SearcherManager(writer, null);
      return new SearchIndex(directory, analyzer, writer, searchers, committed, refused);
    } catch (IOException | RuntimeException e) {
      if (writer != null) {
        try {
          writer.rollback(); // releases the write lock, or reopening in this process would find it held
        } catch (IOException | RuntimeException suppressed) {
          e.addSuppressed(suppressed);
        }
      }
      directory.close();
      throw e;
    }
  }

  private static void deleteTree(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static Iterable<Map.Entry<String, String>> liveData(IndexWriter writer) {
    Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
    return data == null ? List.of() : data;
  }

  /** The highest database sequence number in the last commit: every row up to it is in the index. */
  long committedSequence() {
    return committedSequence;
  }

  /** Rows added since the last commit. */
  long uncommitted() {
    return addedSequence - committedSequence;
  }

  /** Database rows, up to the last one added, that the index could not take: with {@link #count()}, every row. */
  long refused() {
    return refused;
  }

  /**
   * Adds or replaces the article's document. The next search sees it: searches refresh the near-real-time reader
   * first when anything changed since the last refresh, so one refresh serves a burst of writes.
   *
   * @throws IllegalArgumentException when Lucene refuses the document; {@link #refuse} it then
   */
  void add(long sequence, AnalyzedArticle article) throws IOException {
    Document doc = document(article);
    doc.add(new LongField(SEQ, sequence, Field.Store.NO));
    writer.updateDocument(idTerm(article.id()), doc);
    addedSequence = Math.max(addedSequence, sequence);
    changes.incrementAndGet();
  }

  /**
   * Records that the row {@code sequence} will not be in the index, so that its absence is not taken for damage
   * (which would rebuild the index on every open).
   */
  void refuse(long sequence) {
    refused++;
    addedSequence = Math.max(addedSequence, sequence);
  }

  /** Makes every change so far visible to searches. */
  void refresh() throws IOException {
    long target = changes.get();
    if (visible.get() < target) {
      searchers.maybeRefreshBlocking();
      visible.accumulateAndGet(target, Math::max);
    }
  }

  /** Makes everything added so far durable, recording the highest sequence number it holds. */
  void commit() throws IOException {
    writer.setLiveCommitData(
        Map.of(SEQUENCE_KEY, Long.toString(addedSequence), REFUSED_KEY, Long.toString(refused), FORMAT_KEY, FORMAT)
            .entrySet());
    writer.commit();
    committedSequence = addedSequence;
  }

  /** Removes every document; the next {@link #commit()} records {@code sequence} as the watermark. */
  void clear() throws IOException {
    writer.deleteAll();
    addedSequence = 0;
    refused = 0;
    changes.incrementAndGet();
  }

  /** Documents in the index, every change so far included. */
  long count() throws IOException {
    refresh();
    IndexSearcher searcher = searchers.acquire();
    try {
      return searcher.getIndexReader().numDocs();
    } finally {
      searchers.release(searcher);
    }
  }

  /** Drops everything not committed and releases the index, as a crash would. For tests. */
  void abandon() throws IOException {
    try {
      searchers.close();
      writer.rollback();
    } finally {
      directory.close();
    }
  }

  @Override
  public void close() throws IOException {
    try {
      searchers.close();
      if (addedSequence != committedSequence || writer.hasUncommittedChanges()) {
        commit();
      }
      writer.close();
    } finally {
      directory.close();
    }
  }

  private static Document document(AnalyzedArticle article) {
    String group = LanguageAnalyzers.group(languageOf(article));
    Document doc = new Document();
    doc.add(new StringField(ID, idTerm(article.id()).bytes(), Field.Store.NO));
    doc.add(new StoredField(ID, article.id()));
    doc.add(new StoredField(TITLE, article.title()));
    doc.add(new Field(LanguageAnalyzers.titleField(group), article.title(), TEXT_WITH_OFFSETS));
    doc.add(new Field(LanguageAnalyzers.bodyField(group), article.article().body(), TEXT_WITH_OFFSETS));
    doc.add(new SortedDocValuesField(LANGUAGE, facetValue(languageOf(article))));
    String outlet = article.outlet();
    if (outlet != null && !outlet.isBlank()) {
      doc.add(new SortedDocValuesField(OUTLET, facetValue(outlet)));
    }
    Set<String> names = new LinkedHashSet<>();
    for (Entity entity : article.entities()) {
      names.add(entity.name());
    }
    for (String name : names) {
      doc.add(new SortedSetDocValuesField(ENTITY, facetValue(name)));
    }
    return doc;
  }

  /** Queries over the title and body fields of every language group, titles weighing twice. */
  static SearchQueries queries(Analyzer analyzer) {
    List<String> fields = new ArrayList<>();
    Map<String, Float> boosts = new HashMap<>();
    for (String group : LanguageAnalyzers.GROUPS) {
      fields.add(LanguageAnalyzers.titleField(group));
      fields.add(LanguageAnalyzers.bodyField(group));
      boosts.put(LanguageAnalyzers.titleField(group), 2.0f);
      boosts.put(LanguageAnalyzers.bodyField(group), 1.0f);
    }
    return new SearchQueries(fields.toArray(String[]::new), boosts, analyzer);
  }

  /** The term that identifies an article's document: its id, or a hash of an id too long for a Lucene term. */
  private static Term idTerm(String id) {
    BytesRef bytes = new BytesRef(id);
    if (bytes.length <= MAX_ID_TERM_BYTES) {
      return new Term(ID, bytes);
    }
    // A control character cannot start a real id (ingest refuses them), so no real id takes a hashed one's term.
    return new Term(ID, new BytesRef("\u0001sha256:" + sha256(id)));
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
          text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK ships SHA-256", e);
    }
  }

  /** The value as doc values may hold it: cut, on a character boundary, to {@value #MAX_FACET_BYTES} bytes. */
  private static BytesRef facetValue(String value) {
    BytesRef bytes = new BytesRef(value);
    if (bytes.length <= MAX_FACET_BYTES) {
      return bytes;
    }
    int end = bytes.offset + MAX_FACET_BYTES;
    while ((bytes.bytes[end] & 0xC0) == 0x80) {
      end--; // back to the first byte of the character that would be cut
    }
    return new BytesRef(bytes.bytes, bytes.offset, end - bytes.offset);
  }

  /** The identified language, else the input's hint, else "und" (undetermined). */
  static String languageOf(AnalyzedArticle article) {
    String language = article.language();
    if (language == null || language.isBlank()) {
      language = article.article().language();
    }
    return language == null || language.isBlank() ? "und" : language;
  }

  private static FieldType textWithOffsets() {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setStored(true);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  /** One search hit before the store adds the story id. */
  record RawHit(String articleId, String title, Snippet snippet, float score) {}

  record Found(long total, List<RawHit> hits, SearchResult.Facets facets) {}

  /**
   * @param timeLimitNanos how long counting and ranking may take; past it the search stops
   * @throws InvalidQueryException      when the query cannot be read or asks for too much
   * @throws SearchTimeoutException when the search ran past {@code timeLimitNanos}
   */
  Found search(String queryText, int limit, long timeLimitNanos) throws IOException {
    Query query = queries.parse(queryText);
    refresh();
    IndexSearcher shared = searchers.acquire();
    try {
      // A searcher of its own, over the same reader, to carry this query's deadline.
      IndexSearcher searcher = new IndexSearcher(shared.getIndexReader());
      long deadline = System.nanoTime() + timeLimitNanos;
      searcher.setTimeout(() -> System.nanoTime() - deadline >= 0);
      FacetCounts counts = searcher.search(query, new FacetCounts.Manager());
      requireInTime(searcher, queryText, timeLimitNanos);
      if (counts.total == 0) {
        return new Found(0, List.of(), SearchResult.Facets.empty());
      }
      if (limit == 0) {
        return new Found(counts.total, List.of(), counts.facets());
      }
      TopDocs top = searcher.search(query, Math.min(limit, MAX_HITS));
      requireInTime(searcher, queryText, timeLimitNanos);
      List<RawHit> hits = hits(searcher, query, top);
      return new Found(counts.total, hits, counts.facets());
    } catch (IndexSearcher.TooManyClauses e) {
      throw SearchQueries.tooMany(queryText);
    } finally {
      searchers.release(shared);
    }
  }

  /**
   * The sequence numbers of the articles matching {@code queryText} after {@code afterSequence}, ascending, at most
   * {@code limit}: one page of a walk over every match, however many.
   *
   * @throws InvalidQueryException when the query cannot be read or asks for too much
   */
  long[] matchingSequences(String queryText, long afterSequence, int limit) throws IOException {
    Query query = new BooleanQuery.Builder()
        .add(queries.parse(queryText), BooleanClause.Occur.MUST)
        .add(LongField.newRangeQuery(SEQ, afterSequence + 1, Long.MAX_VALUE), BooleanClause.Occur.FILTER)
        .build();
    refresh();
    IndexSearcher searcher = searchers.acquire();
    try {
      TopDocs top = searcher.search(query, limit, new Sort(LongField.newSortField(SEQ, false, SortedNumericSelector.Type.MIN)), false);
      long[] out = new long[top.scoreDocs.length];
      for (int i = 0; i < out.length; i++) {
        out[i] = (Long) ((FieldDoc) top.scoreDocs[i]).fields[0];
      }
      return out;
    } catch (IndexSearcher.TooManyClauses e) {
      throw SearchQueries.tooMany(queryText);
    } finally {
      searchers.release(searcher);
    }
  }

  private static void requireInTime(IndexSearcher searcher, String queryText, long timeLimitNanos) {
    if (searcher.timedOut()) {
      throw new SearchTimeoutException("the search for \"" + Excerpt.of(queryText) + "\" ran past its time limit of "
          + timeLimitNanos / 1_000_000 + " ms and was stopped; try again, or narrow it down");
    }
  }

  private List<RawHit> hits(IndexSearcher searcher, Query query, TopDocs top) throws IOException {
    String[] fields = new String[LanguageAnalyzers.GROUPS.length * 2];
    int[] passages = new int[fields.length];
    for (int i = 0; i < LanguageAnalyzers.GROUPS.length; i++) {
      fields[2 * i] = LanguageAnalyzers.bodyField(LanguageAnalyzers.GROUPS[i]);
      fields[2 * i + 1] = LanguageAnalyzers.titleField(LanguageAnalyzers.GROUPS[i]);
      passages[2 * i] = SNIPPET_PASSAGES;
      passages[2 * i + 1] = 1;
    }
    SnippetHighlighter highlighter = new SnippetHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new SnippetFormatter())
        .withMaxLength(HIGHLIGHT_MAX_CHARS));
    int[] docs = new int[top.scoreDocs.length];
    for (int i = 0; i < docs.length; i++) {
      docs[i] = top.scoreDocs[i].doc;
    }
    Map<String, Object[]> snippets = highlighter.snippets(fields, query, docs, passages);
    StoredFields stored = searcher.storedFields();
    List<RawHit> hits = new ArrayList<>(top.scoreDocs.length);
    for (int i = 0; i < top.scoreDocs.length; i++) {
      ScoreDoc scoreDoc = top.scoreDocs[i];
      Document doc = stored.document(scoreDoc.doc, Set.of(ID, TITLE));
      String title = doc.get(TITLE);
      hits.add(new RawHit(doc.get(ID), title == null ? "" : title, snippet(snippets, fields, i, title),
          scoreDoc.score));
    }
    return hits;
  }

  /** The first field whose snippet holds a match; else the body's opening; else the title's start. */
  private static Snippet snippet(Map<String, Object[]> snippets, String[] fields, int hit, @Nullable String title) {
    Snippet unmarked = null;
    for (String field : fields) {
      Object[] values = snippets.get(field);
      if (values == null || !(values[hit] instanceof Snippet value) || value.text().isEmpty()) {
        continue;
      }
      if (!value.matches().isEmpty()) {
        return value;
      }
      if (unmarked == null && field.startsWith("body.")) {
        unmarked = value;
      }
    }
    if (unmarked != null) {
      return unmarked;
    }
    String plain = title == null ? "" : title;
    int end = Math.min(plain.length(), FALLBACK_SNIPPET_CHARS);
    if (end < plain.length() && Character.isHighSurrogate(plain.charAt(end - 1))) {
      end--;
    }
    return new Snippet(plain.substring(0, end), List.of());
  }

  /** The unified highlighter giving the {@link Snippet}s its formatter makes, for the documents in the order given. */
  private static final class SnippetHighlighter extends UnifiedHighlighter {
    SnippetHighlighter(UnifiedHighlighter.Builder builder) {
      super(builder);
    }

    Map<String, Object[]> snippets(String[] fields, Query query, int[] docs, int[] passages) throws IOException {
      return highlightFieldsAsObjects(fields, query, docs, passages);
    }
  }

  /** Counts matching documents by outlet, language and entity name, reading doc values. */
  private static final class FacetCounts implements Collector {
    private long total;
    private final List<LeafCounts> leaves = new ArrayList<>();

    private record LeafCounts(SortedDocValues outlets, int[] outletCounts, SortedDocValues languages,
        int[] languageCounts, SortedSetDocValues entities, int[] entityCounts) {}

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      SortedDocValues outlets = DocValues.getSorted(context.reader(), OUTLET);
      SortedDocValues languages = DocValues.getSorted(context.reader(), LANGUAGE);
      SortedSetDocValues entities = DocValues.getSortedSet(context.reader(), ENTITY);
      LeafCounts leaf = new LeafCounts(outlets, new int[outlets.getValueCount()], languages,
          new int[languages.getValueCount()], entities, new int[(int) entities.getValueCount()]);
      leaves.add(leaf);
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) throws IOException {
          total++;
          if (outlets.advanceExact(doc)) {
            leaf.outletCounts[outlets.ordValue()]++;
          }
          if (languages.advanceExact(doc)) {
            leaf.languageCounts[languages.ordValue()]++;
          }
          if (entities.advanceExact(doc)) {
            for (int i = 0, n = entities.docValueCount(); i < n; i++) {
              leaf.entityCounts[(int) entities.nextOrd()]++;
            }
          }
        }
      };
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }

    SearchResult.Facets facets() throws IOException {
      Map<String, Long> outlets = new HashMap<>();
      Map<String, Long> languages = new HashMap<>();
      Map<String, Long> entities = new HashMap<>();
      for (LeafCounts leaf : leaves) {
        for (int ord = 0; ord < leaf.outletCounts.length; ord++) {
          if (leaf.outletCounts[ord] > 0) {
            outlets.merge(leaf.outlets.lookupOrd(ord).utf8ToString(), (long) leaf.outletCounts[ord], Long::sum);
          }
        }
        for (int ord = 0; ord < leaf.languageCounts.length; ord++) {
          if (leaf.languageCounts[ord] > 0) {
            languages.merge(leaf.languages.lookupOrd(ord).utf8ToString(), (long) leaf.languageCounts[ord],
                Long::sum);
          }
        }
        for (int ord = 0; ord < leaf.entityCounts.length; ord++) {
          if (leaf.entityCounts[ord] > 0) {
            entities.merge(leaf.entities.lookupOrd(ord).utf8ToString(), (long) leaf.entityCounts[ord], Long::sum);
          }
        }
      }
      return new SearchResult.Facets(top(outlets), top(languages), top(entities));
    }

    private static List<SearchResult.Count> top(Map<String, Long> counts) {
      return counts.entrySet().stream()
          .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
          .limit(MAX_FACET_VALUES)
          .map(e -> new SearchResult.Count(e.getKey(), e.getValue()))
          .toList();
    }

    /** One collector for the whole search: the searcher has no executor, so there is one slice. */
    static final class Manager implements CollectorManager<FacetCounts, FacetCounts> {
      @Override
      public FacetCounts newCollector() {
        return new FacetCounts();
      }

      @Override
      public FacetCounts reduce(Collection<FacetCounts> collectors) {
        FacetCounts all = new FacetCounts();
        for (FacetCounts c : collectors) {
          all.total += c.total;
          all.leaves.addAll(c.leaves);
        }
        return all;
      }
    }
  }
}
