package org.vigie.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.vigie.stories.clustering.AssignmentModel;
import org.vigie.stories.clustering.ClusteringConfig;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --model FILE}: a story assignment model written by {@code vigie train clusters}, instead of the shipped one. */
final class ModelOption {
  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  @Option(names = "--model", paramLabel = "FILE",
      description = "Story assignment model written by 'vigie train clusters' (default: the one shipped with Vigie).")
  @Nullable Path model;

  /** The clustering configuration with the chosen model; a file that is not a model is a usage error naming it. */
  ClusteringConfig config() {
    ClusteringConfig defaults = ClusteringConfig.defaults();
    if (model == null) {
      return defaults;
    }
    try {
      return defaults.withModel(AssignmentModel.read(model));
    } catch (IOException e) {
      throw new ParameterException(spec.commandLine(), "--model " + model + ": cannot read it (" + e + ")");
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--model " + e.getMessage());
    }
  }
}
