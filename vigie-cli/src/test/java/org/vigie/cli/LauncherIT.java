package org.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The ./vigie launcher and ./mvnw as a user runs them: each finds a JDK 21+ on its own. */
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
  void mavenWrapperBuildsWithAModernJdkWhenJavaHomeIsTooOld() throws Exception {
    // The README's test command on a machine whose default java is 17: the enforcer would stop the build.
    ProcessBuilder wrapper = new ProcessBuilder("./mvnw", "-v")
        .directory(SharedData.repositoryRoot().toFile())
        .redirectErrorStream(true);
    wrapper.environment().put("JAVA_HOME", Path.of("/nonexistent-jdk").toString());

    Result result = run(wrapper);

    assertThat(result.status()).as(result.output()).isZero();
    String version = result.output().replaceAll("(?s).*Java version: (\\d+).*", "$1");
    assertThat(Integer.parseInt(version)).as(result.output()).isGreaterThanOrEqualTo(21);
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
