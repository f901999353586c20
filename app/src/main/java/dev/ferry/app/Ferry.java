package dev.ferry.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ferry} command line. */
@Command(
    name = "ferry",
    mixinStandardHelpOptions = true,
    versionProvider = Ferry.Version.class,
    description = "Ferry runs business processes across applications that have no API.",
    subcommands = {
      DemoCommand.class,
      DemoAppsCommand.class,
      ValidateCommand.class,
      RunCommand.class,
      TransactionsCommand.class,
      ShowCommand.class,
      ServeCommand.class,
      ResumeCommand.class,
      ResolveCommand.class,
      QueueCommand.class,
      RetryCommand.class,
      CancelCommand.class,
      SecretsCommand.class,
      AuditCommand.class,
      SchemaCommand.class,
      ExtractCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Ferry {
  /** Exit code for a definition with problems, or bad command-line input. */
  static final int INVALID = 2;

  /** Exit code for a transaction that did not succeed. */
  static final int FAILED = 1;

  public static void main(String[] args) {
    LogSetup.configure(args);
    System.exit(execute(args));
  }

  /** Runs the command line and returns the exit code, without exiting. */
  public static int execute(String... args) {
    return execute(console(System.out), console(System.err), args);
  }

  private static java.io.PrintWriter console(java.io.PrintStream stream) {
    return new java.io.PrintWriter(
        new java.io.OutputStreamWriter(stream, java.nio.charset.Charset.defaultCharset()), true);
  }

  /** Runs the command line with the given output and error writers; for tests and embedding. */
  public static int execute(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new Ferry()).setOut(out).setErr(err);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parsed) -> {
          commandLine.getErr().println("ferry: " + e.getMessage());
          return FAILED;
        });
    return cli.execute(args);
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Ferry.class.getPackage().getImplementationVersion();
      return new String[] {"ferry " + (version == null ? "development build" : version)};
    }
  }
}
