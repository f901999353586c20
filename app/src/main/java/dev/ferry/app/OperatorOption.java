package dev.ferry.app;

import picocli.CommandLine.Option;

/** Who acts on a transaction, for the audit trail: {@code --operator}, by default the user name. */
final class OperatorOption {
  @Option(
      names = "--operator",
      description = "Who does it, for the audit trail (default: the user name).")
  String name = System.getProperty("user.name");
}
