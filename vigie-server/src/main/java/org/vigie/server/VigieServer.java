package org.vigie.server;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import org.vigie.app.Attention;
import org.vigie.app.SourceLedger;
import org.vigie.app.export.ExportFormat;
import org.vigie.app.export.ExportTable;
import org.vigie.app.export.Exporter;
import org.vigie.store.ArticleFilter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.ingest.IngestOptions;
import org.vigie.ingest.IngestResult;
import org.vigie.ingest.Ingestor;
import org.vigie.app.IngestReport;
import org.vigie.app.Vigie;
import org.vigie.model.Excerpt;
import org.vigie.model.ItemError;
import org.vigie.store.StoredArticle;
import org.vigie.store.EntityProfile;
import org.vigie.store.InvalidQueryException;
import org.vigie.store.QuoteQuery;
import org.vigie.store.SearchTimeoutException;
import org.vigie.store.Store;
import org.vigie.store.StoryQuery;
import org.vigie.store.StoryRecord;

/**
 * The HTTP server: the JSON API under {@code /api} and the web UI, in the calling process. Start it with {@link
 * #start}; close it to stop listening (the {@link Vigie} it serves stays open).
 */
public final class VigieServer implements AutoCloseable {
  /** The largest request body accepted, 10 MiB; larger ones get a 413. */
  public static final int MAX_BODY_BYTES = 10 * 1024 * 1024;
  /** The most articles one POST may hold. */
  static final int MAX_ARTICLES_PER_POST = 1000;
  /** The most refused items an error answer lists one by one in its message. */
  private static final int ITEMS_IN_MESSAGE = 3;
  static final int MAX_SEARCH_LIMIT = 1000;
  static final int MAX_LIST_LIMIT = 500;

  private static final Logger LOG = LoggerFactory.getLogger(VigieServer.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String JSON_TYPE = "application/json; charset=utf-8";

  private final Vigie vigie;
  private final Store store;
  private final Ingestor ingestor = new Ingestor(IngestOptions.defaults());
  private final Pages pages;
  private final ArticlePage articles;
  private final Javalin app;

  /** Set once listening, when the port is known; no request arrives before. */
  private volatile @Nullable HostCheck hosts;

  private VigieServer(Vigie vigie) {
    this.vigie = Objects.requireNonNull(vigie, "vigie");
    this.store = vigie.store();
    this.pages = new Pages(store);
    this.articles = new ArticlePage(store);
    this.app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.http.maxRequestSize = MAX_BODY_BYTES;
      config.router.ignoreTrailingSlashes = true;
      ErrorPages errors = new ErrorPages();
      config.jetty.modifyServer(server -> server.setErrorHandler(errors));
      config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(errors));
      config.routes.before(ctx -> SecurityHeaders.ALL.forEach(ctx::header));
      config.routes.before(this::requireKnownHost);
      config.routes.get("/api/health", this::health);
      config.routes.get("/api/openapi.json", ctx -> resource(ctx, "openapi.json", JSON_TYPE));
      config.routes.get("/api/stories", this::stories);
      config.routes.get("/api/stories/{id}", this::story);
      config.routes.get("/api/articles/{id}", this::article);
      config.routes.post("/api/articles", this::postArticles);
      config.routes.get("/api/search", this::search);
      config.routes.get("/api/entities", this::entities);
      config.routes.get("/api/entities/{id}", this::entity);
      config.routes.get("/api/quotes", this::quotes);
      config.routes.get("/api/articles", this::articlePage);
      config.routes.get("/api/search/count-over-time", this::searchCountOverTime);
      config.routes.get("/api/entities/{id}/count-over-time", this::entityCountOverTime);
      config.routes.get("/api/export", this::export);
      config.routes.get("/api/sources", ctx -> json(ctx, 200, Dto.Sources.of(SourceLedger.of(store.sourceDays()))));
      config.routes.get("/stories.atom", this::atom);
      config.routes.get("/sources", ctx -> html(ctx, SourcesPage.render(SourceLedger.of(store.sourceDays()))));
      config.routes.get("/articles/{id}", ctx -> html(ctx, articles.render(ctx.pathParam("id"))));
      config.routes.get("/static/vigie.css", ctx -> resource(ctx, "vigie.css", "text/css; charset=utf-8"));
      config.routes.get("/", ctx -> html(ctx, pages.home(
          Params.date("since", ctx.queryParam("since")), Params.text(ctx.queryParam("entity")))));
      config.routes.get("/stories/{id}", ctx -> html(ctx, pages.story(ctx.pathParam("id"))));
      config.routes.get("/entities/{id}", ctx -> html(ctx, pages.entity(ctx.pathParam("id"))));
      config.routes.get("/search", ctx -> html(ctx, pages.search(Params.text(ctx.queryParam("q")))));
      config.routes.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage(), e.items()));
      config.routes.exception(InvalidQueryException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
      config.routes.exception(SearchTimeoutException.class, (e, ctx) -> {
        ctx.header("Retry-After", "10");
        error(ctx, 503, e.getMessage());
      });
      config.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), message(e)));
      config.routes.exception(Exception.class, (e, ctx) -> {
        LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
        error(ctx, 500, "internal error: " + e.getClass().getSimpleName());
      });
    });
  }

  /** Starts serving {@code vigie} on {@code host}:{@code port} (0 for any free port). */
  public static VigieServer start(Vigie vigie, String host, int port) {
    return start(vigie, host, port, Set.of());
  }

  /**
   * Starts serving {@code vigie} on {@code host}:{@code port} (0 for any free port), answering requests whose
   * Host header names localhost, a loopback address, {@code host} itself or one of {@code allowedHosts}.
   */
  public static VigieServer start(Vigie vigie, String host, int port, Set<String> allowedHosts) {
    VigieServer server = new VigieServer(vigie);
    server.app.start(host, port);
    server.hosts = HostCheck.of(host, server.port(), allowedHosts);
    return server;
  }

  /** Refuses requests whose Host is a name this server does not know (DNS rebinding, see {@link HostCheck}). */
  private void requireKnownHost(Context ctx) {
    HostCheck check = hosts;
    String host = ctx.header("Host");
    if (check != null && !check.allows(host)) {
      throw new ApiException(403, check.describe() + ", not '" + Excerpt.of(String.valueOf(host)) + "'");
    }
  }

  public int port() {
    return app.port();
  }

  /** The base URL, such as {@code http://127.0.0.1:7070/}. */
  public URI uri(String host) {
    String h = host.contains(":") ? "[" + host + "]" : host;
    return URI.create("http://" + h + ":" + port() + "/");
  }

  @Override
  public void close() {
    app.stop();
  }

  private void health(Context ctx) {
    var health = store.health();
    json(ctx, 200, new Dto.Health("ok", health.articles(), health.stories()));
  }

  private void stories(Context ctx) {
    StoryQuery query = StoryQuery.all()
        .withSince(Params.date("since", ctx.queryParam("since")))
        .withUntil(Params.date("until", ctx.queryParam("until")))
        .withEntity(Params.text(ctx.queryParam("entity")))
        .withOutlet(Params.text(ctx.queryParam("outlet")))
        .withLanguage(Params.text(ctx.queryParam("language")))
        .withLimit(Params.integer("limit", ctx.queryParam("limit"), StoryQuery.DEFAULT_LIMIT, 1, MAX_LIST_LIMIT));
    List<Dto.StoryItem> items = store.stories(query).stream().map(Dto.StoryItem::of).toList();
    json(ctx, 200, new Dto.Stories(items));
  }

  private void story(Context ctx) {
    String id = ctx.pathParam("id");
    StoryRecord record = store.story(id).orElseThrow(() -> ApiException.notFound("no story with id '" + Excerpt.of(id) + "'"));
    json(ctx, 200, record.dossier());
  }

  private void article(Context ctx) {
    String id = ctx.pathParam("id");
    StoredArticle stored = store.article(id)
        .orElseThrow(() -> ApiException.notFound("no article with id '" + Excerpt.of(id) + "'"));
    json(ctx, 200, Dto.article(stored));
  }

  private void search(Context ctx) {
    String q = Objects.requireNonNullElse(Params.text(ctx.queryParam("q")), "");
    int limit = Params.integer("limit", ctx.queryParam("limit"), 20, 0, MAX_SEARCH_LIMIT);
    json(ctx, 200, Dto.Search.of(store.search(q, limit)));
  }

  private void entities(Context ctx) {
    String q = Objects.requireNonNullElse(Params.text(ctx.queryParam("q")), "");
    json(ctx, 200, new Dto.Entities(store.entities(q).stream().map(Dto.EntityItem::of).toList()));
  }

  private void entity(Context ctx) {
    String id = ctx.pathParam("id");
    EntityProfile profile = store.entity(id)
        .orElseThrow(() -> ApiException.notFound("no entity with id '" + Excerpt.of(id) + "'"));
    json(ctx, 200, Dto.Profile.of(profile));
  }

  private void quotes(Context ctx) {
    QuoteQuery query = QuoteQuery.all()
        .withSpeaker(Params.text(ctx.queryParam("speaker")))
        .withText(Params.text(ctx.queryParam("q")))
        .withSince(Params.date("since", ctx.queryParam("since")))
        .withLimit(Params.integer("limit", ctx.queryParam("limit"), QuoteQuery.DEFAULT_LIMIT, 1, MAX_SEARCH_LIMIT));
    json(ctx, 200, new Dto.Quotes(store.quotes(query).stream().map(Dto.QuoteItem::of).toList()));
  }

  /** The filter of the query parameters q, since, until, outlet and language, as every article listing reads it. */
  private static ArticleFilter filter(Context ctx) {
    LocalDate since = Params.date("since", ctx.queryParam("since"));
    LocalDate until = Params.date("until", ctx.queryParam("until"));
    if (since != null && until != null && until.isBefore(since)) {
      throw ApiException.badRequest("until (" + until + ") is before since (" + since + ")");
    }
    return new ArticleFilter(Params.text(ctx.queryParam("q")), since, until, Params.text(ctx.queryParam("outlet")),
        Params.text(ctx.queryParam("language")), Params.text(ctx.queryParam("entity")));
  }

  private static <T> T choice(String name, @Nullable String value, String defaultValue,
      java.util.function.Function<String, T> parse) {
    String v = Params.text(value);
    try {
      return parse.apply(v == null ? defaultValue : v);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(name + ": " + e.getMessage());
    }
  }

  /** One page of the articles a filter matches, in ingest order; {@code after} is the previous page's {@code next}. */
  private void articlePage(Context ctx) {
    ArticleFilter filter = filter(ctx);
    int limit = Params.integer("limit", ctx.queryParam("limit"), 100, 1, Store.MAX_PAGE);
    long after = Params.integer("after", ctx.queryParam("after"), 0, 0, Integer.MAX_VALUE);
    List<StoredArticle> page = store.articles(filter, after, limit);
    Long next = page.size() < limit ? null : page.getLast().sequence();
    json(ctx, 200, new Dto.ArticlePage(page.stream().map(Dto.ArticleLine::of).toList(), next));
  }

  private void searchCountOverTime(Context ctx) {
    countOverTime(ctx, filter(ctx));
  }

  private void entityCountOverTime(Context ctx) {
    String id = ctx.pathParam("id");
    if (store.entity(id).isEmpty()) {
      throw ApiException.notFound("no entity with id '" + Excerpt.of(id) + "'");
    }
    countOverTime(ctx, filter(ctx).withEntity(id));
  }

  private void countOverTime(Context ctx, ArticleFilter filter) {
    Attention.Interval interval = choice("interval", ctx.queryParam("interval"), "day", Attention.Interval::of);
    json(ctx, 200, Dto.CountOverTime.of(Attention.of(store, filter, interval)));
  }

  /** Streams an export: nothing is held whole, the rows are written as the store is read. */
  private void export(Context ctx) throws IOException {
    ExportTable table = choice("what", ctx.queryParam("what"), "", ExportTable::of);
    ExportFormat format = choice("format", ctx.queryParam("format"), "jsonl", ExportFormat::of);
    ArticleFilter filter = filter(ctx);
    store.articles(filter, 0, 1); // a malformed query is a 400 before the answer starts
    ctx.status(200).contentType(format.mediaType());
    ctx.header("Content-Disposition", "attachment; filename=\"" + Exporter.fileName(table, format) + "\"");
    try (OutputStream out = new BufferedOutputStream(ctx.outputStream())) {
      Exporter.export(store, filter, table, format, out);
    }
  }

  private void atom(Context ctx) {
    String base = ctx.scheme() + "://" + ctx.host();
    ctx.status(200).contentType("application/atom+xml; charset=utf-8")
        .result(AtomFeed.render(store.storyChanges(null, AtomFeed.ENTRIES), base));
  }

  private void postArticles(Context ctx) {
    if (ctx.contentLength() > MAX_BODY_BYTES) {
      throw new ApiException(413, "request body of " + ctx.contentLength() + " bytes is over the limit of "
          + MAX_BODY_BYTES + " bytes");
    }
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(java.util.Locale.ROOT);
    if (!type.startsWith("application/json")) {
      // Also keeps web pages of other origins out: a cross-origin JSON POST needs a preflight this server refuses.
      throw new ApiException(415, "send the articles as Content-Type: application/json");
    }
    byte[] body = ctx.bodyAsBytes();
    if (body.length > MAX_BODY_BYTES) {
      throw new ApiException(413, "request body is over the limit of " + MAX_BODY_BYTES + " bytes");
    }
    JsonNode parsed;
    try {
      parsed = JSON.readTree(body);
    } catch (IOException e) {
      throw ApiException.badRequest("the body is not well-formed JSON: " + firstLine(e.getMessage()));
    }
    if (parsed == null || !(parsed.isObject() || parsed.isArray())) {
      throw ApiException.badRequest("the body must be one article object or an array of them");
    }
    if (parsed.isArray() && parsed.isEmpty()) {
      throw ApiException.badRequest("the array holds no article");
    }
    if (parsed.isArray() && parsed.size() > MAX_ARTICLES_PER_POST) {
      throw ApiException.badRequest("the array holds " + parsed.size() + " elements; send at most "
          + MAX_ARTICLES_PER_POST + " articles per request");
    }
    IngestResult read = ingestor.read("POST /api/articles", body, "application/json");
    IngestReport report = vigie.ingest().ingest(read);
    if (report.added().isEmpty() && !report.conflicts().isEmpty()) {
      throw refused(409, report.conflicts());
    }
    if (report.added().isEmpty() && !report.errors().isEmpty()) {
      throw refused(400, report.errors());
    }
    // distributed: accepted into the ingest log; the workers and the storyteller store it shortly
    json(ctx, vigie.ingest().distributed() ? 202 : 201, Dto.Ingested.of(report));
  }

  /** Nothing of the request was stored: the answer names the first items and lists them all. */
  private static ApiException refused(int status, List<ItemError> items) {
    String first = items.stream().limit(ITEMS_IN_MESSAGE).map(e -> e.source() + ": " + e.message())
        .collect(java.util.stream.Collectors.joining("; "));
    String more = items.size() > ITEMS_IN_MESSAGE ? "; and " + (items.size() - ITEMS_IN_MESSAGE) + " more" : "";
    return new ApiException(status, "no article stored: " + first + more, items);
  }

  private static void error(Context ctx, int status, String message) {
    error(ctx, status, message, List.of());
  }

  private static void error(Context ctx, int status, String message, List<ItemError> items) {
    if (ctx.path().startsWith("/api/") || ctx.path().equals("/api")) {
      json(ctx, status, Dto.Error.of(status, message, items));
    } else {
      ctx.status(status).contentType("text/html; charset=utf-8").result(Pages.error(status, message));
    }
  }

  private static String message(HttpResponseException e) {
    String m = e.getMessage();
    if (e.getStatus() == 404) {
      return "no such resource";
    }
    if (e.getStatus() == 413) {
      return "request body is over the limit of " + MAX_BODY_BYTES + " bytes";
    }
    return m == null || m.isBlank() ? "HTTP " + e.getStatus() : m;
  }

  private static String firstLine(@Nullable String message) {
    if (message == null) {
      return "unreadable";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  private static void json(Context ctx, int status, Object body) {
    try {
      ctx.status(status).contentType(JSON_TYPE).result(JSON.writeValueAsString(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a response", e);
    }
  }

  private static void html(Context ctx, String page) {
    ctx.status(200).contentType("text/html; charset=utf-8").result(page);
  }

  private static void resource(Context ctx, String name, String type) {
    try (InputStream in = VigieServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw ApiException.notFound("no resource " + name);
      }
      ctx.status(200).contentType(type).result(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
