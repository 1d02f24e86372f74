package org.vigie.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.vigie.app.export.ExportFormat;
import org.vigie.app.export.ExportTable;
import org.vigie.app.export.Exporter;
import org.vigie.store.ArticleFilter;
import org.vigie.store.InvalidQueryException;
import org.vigie.store.Store;
import org.vigie.store.StoreException;
import org.vigie.store.StoreInUseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vigie export}: every article, mention, quote, entity or story a filter matches, without a cap on rows. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Writes what the store holds as one table: every row the filters match, with no cap.",
      "It reads the store a page at a time: JSON Lines and CSV stream out as they are read; Parquet is written by"
          + " DuckDB from a scratch file.",
      "The README lists the columns of each table."
    })
final class ExportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin DataOption data = new DataOption();

  @Option(names = "--what", required = true, paramLabel = "TABLE",
      description = "articles, entities, quotes, stories or mentions (one row per article and entity).")
  String what;

  @Option(names = "--format", defaultValue = "jsonl", paramLabel = "FORMAT",
      description = "jsonl, csv or parquet (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--output", paramLabel = "FILE",
      description = "Where to write (default: standard output; Parquet needs a file).")
  @Nullable Path output;

  @Option(names = "--q", paramLabel = "QUERY", description = "A full-text query, as the search reads it.")
  @Nullable String query;

  @Option(names = "--since", paramLabel = "DATE", description = "Articles published on or after this date.")
  @Nullable LocalDate since;

  @Option(names = "--until", paramLabel = "DATE", description = "Articles published on or before this date.")
  @Nullable LocalDate until;

  @Option(names = "--outlet", paramLabel = "NAME", description = "Articles of this outlet (exactly).")
  @Nullable String outlet;

  @Option(names = "--language", paramLabel = "ISO", description = "Articles in this language (ISO 639-1).")
  @Nullable String language;

  /** Standard output as bytes, set by {@link Main#run}. */
  OutputStream stdout = System.out;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    ExportTable table;
    ExportFormat how;
    try {
      table = ExportTable.of(what);
      how = ExportFormat.of(format);
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      return 2;
    }
    if (how == ExportFormat.PARQUET && output == null) {
      err.println("error: a Parquet export is binary: give --output FILE");
      return 2;
    }
    ArticleFilter filter = new ArticleFilter(query, since, until, outlet, language, null);
    try (Store store = Store.openEmbedded(data.directory)) {
      long rows;
      if (output == null) {
        spec.commandLine().getOut().flush();
        OutputStream out = new BufferedOutputStream(stdout);
        rows = Exporter.export(store, filter, table, how, out);
        out.flush();
      } else {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output))) {
          rows = Exporter.export(store, filter, table, how, out);
        }
      }
      err.printf("exported %d %s row(s)%s%n", rows, table.label(), output == null ? "" : " to " + output);
      return 0;
    } catch (StoreInUseException e) {
      err.println("error: " + e.getMessage() + ". While `vigie serve` holds the store, export through its"
          + " GET /api/export?what=" + table.label() + "&format=" + how.extension());
      return 1;
    } catch (InvalidQueryException e) {
      err.println("error: " + e.getMessage());
      return 2;
    } catch (StoreException | IOException e) {
      err.println("error: " + e.getMessage());
      return 1;
    }
  }
}
