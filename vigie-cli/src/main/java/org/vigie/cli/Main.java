package org.vigie.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code vigie} command. Commands write results to picocli's out and progress to its err. */
@Command(
    name = "vigie",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "News intelligence: who said what, when, in which story.",
    subcommands = {AnalyzeCommand.class, StoryCommand.class, DemoCommand.class, EvalCommand.class, TrainCommand.class,
        IngestCommand.class, ServeCommand.class, WorkerCommand.class, StorytellerCommand.class, ReindexCommand.class,
        WatchCommand.class, ExportCommand.class,
        BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main {

  public static void main(String[] args) {
    // The JSON document owns stdout: anything a library prints goes to stderr with the logs.
    PrintStream stdout = System.out;
    System.setOut(new PrintStream(System.err, true, StandardCharsets.UTF_8));
    System.exit(run(stdout, System.err, args));
  }

  /** Runs one command with the given streams and returns its exit status. */
  public static int run(OutputStream out, OutputStream err, String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
    cli.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    // An export is bytes (UTF-8 text, or Parquet): it writes to the stream itself, not through the PrintWriter.
    ((ExportCommand) cli.getSubcommands().get("export").getCommand()).stdout = out;
    int status = cli.execute(args);
    cli.getOut().flush();
    cli.getErr().flush();
    return status;
  }
}
