package org.vigie.cli;

import java.util.concurrent.Callable;
import org.vigie.app.Vigie;
import org.vigie.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code vigie reindex}: rebuilds the search index and every story's dossier from the stored articles. */
@Command(
    name = "reindex",
    mixinStandardHelpOptions = true,
    description = "Rebuilds the search index from the database and writes every story's dossier again.")
final class ReindexCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin DataOption data = new DataOption();

  @Override
  public Integer call() {
    try (Vigie vigie = Vigie.open(data.directory, NlpRuntime::pipeline, 1)) {
      int stories = vigie.ingest().reindex();
      var health = vigie.store().health();
      spec.commandLine().getOut().printf("reindexed %s: %d article(s), %d indexed, %d story(ies)%n",
          data.directory, health.articles(), health.indexed(), stories);
      return 0;
    } catch (StoreException e) {
      spec.commandLine().getErr().println("error: " + e.getMessage());
      return 1;
    }
  }
}
