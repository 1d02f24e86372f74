package org.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The ./vigie launcher as a user runs it: it finds a JDK 21+ on its own and starts the CLI. */
class LauncherIT {

  @Test
  void findsAModernJdkEvenWhenJavaHomeIsTooOld() throws Exception {
    ProcessBuilder launcher = new ProcessBuilder("./vigie", "--version")
        .directory(SharedData.repositoryRoot().toFile())
        .redirectErrorStream(true);
    launcher.environment().put("JAVA_HOME", Path.of("/nonexistent-jdk").toString());

    Result result = run(launcher);

    assertThat(result.status()).as(result.output()).isZero();
    assertThat(result.output()).contains("vigie");
  }

  @Test
  void unknownCommandIsAUsageError() throws Exception {
    Result result = run(new ProcessBuilder("./vigie", "analyse-everything")
        .directory(SharedData.repositoryRoot().toFile())
        .redirectErrorStream(true));

    assertThat(result.status()).isEqualTo(2);
    assertThat(result.output()).contains("Unmatched argument");
  }

  private record Result(int status, String output) {}

  private static Result run(ProcessBuilder builder) throws IOException, InterruptedException {
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
    return new Result(process.exitValue(), output);
  }
}
