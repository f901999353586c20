package dev.ferry.app;

import dev.ferry.engine.secrets.EncryptedFileSecretStore;
import dev.ferry.engine.spi.FerryException;
import dev.ferry.engine.spi.Secret;
import java.io.ByteArrayOutputStream;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code ferry secrets set|list|remove}: the encrypted secrets file in the data directory. Values
 * are never taken from the command line, where they would end up in the shell history and the
 * process list.
 */
@Command(
    name = "secrets",
    description = "Manage the encrypted secrets file (<data-dir>/secrets.enc).",
    subcommands = {
      SecretsCommand.SetSecret.class,
      SecretsCommand.ListSecrets.class,
      SecretsCommand.RemoveSecret.class
    })
public final class SecretsCommand implements Callable<Integer> {
  /** The most a value read from standard input may hold; a secret is not a document. */
  private static final int MAX_VALUE_BYTES = 64 * 1024;

  @Mixin NodeOptions node;
  @Spec CommandSpec spec;

  private final InputStream stdin;
  private final Map<String, String> environment;
  private final Console console;

  public SecretsCommand() {
    this(System.in, System.getenv(), System.console());
  }

  /** For tests: where values are read from and which environment holds the key. */
  SecretsCommand(InputStream stdin, Map<String, String> environment, Console console) {
    this.stdin = stdin;
    this.environment = Map.copyOf(environment);
    this.console = console;
  }

  /** {@code ferry secrets} alone: says which subcommands there are. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return Ferry.INVALID;
  }

  /** The common part of the subcommands; their own {@code --data-dir} wins over the parent's. */
  abstract static class Subcommand implements Callable<Integer> {
    @Mixin NodeOptions node;
    @ParentCommand SecretsCommand parent;
    @Spec CommandSpec spec;

    EncryptedFileSecretStore store() {
      NodeOptions options = node.dataDirectory != null ? node : parent.node;
      return EncryptedFileSecretStore.inDataDirectory(options.dataDirectory(), parent.environment);
    }

    @Override
    public final Integer call() {
      try {
        return run();
      } catch (FerryException | IllegalArgumentException e) {
        spec.commandLine().getErr().println("ferry secrets " + spec.name() + ": " + e.getMessage());
        return Ferry.FAILED;
      }
    }

    abstract int run();
  }

  /** {@code ferry secrets set NAME}. */
  @Command(
      name = "set",
      description = {
        "Store a secret, replacing any value of that name.",
        "The value is read from standard input, or typed at a prompt that does not echo it."
      })
  static final class SetSecret extends Subcommand {
    @Parameters(
        paramLabel = "NAME",
        description = "The secret's name, such as ledger-clerk.password.")
    String name;

    @Option(
        names = "--value-from-env",
        paramLabel = "VAR",
        description = "Take the value from this environment variable instead.")
    String valueFromEnv;

    @Override
    int run() {
      EncryptedFileSecretStore store = store();
      boolean hadKey = store.keyFromEnvironment() || Files.exists(store.keyFile());
      store.set(name, readValue());
      spec.commandLine().getOut().printf("Stored secret '%s' in %s%n", name, store.file());
      if (!hadKey) {
        spec.commandLine()
            .getErr()
            .printf(
                "Created the key file %s (readable by you only). Back it up apart from the"
                    + " secrets file: without it the secrets cannot be read. Or move its content"
                    + " to FERRY_SECRETS_KEY.%n",
                store.keyFile());
      }
      return 0;
    }

    private Secret readValue() {
      if (valueFromEnv != null) {
        String value = parent.environment.get(valueFromEnv);
        if (value == null || value.isEmpty()) {
          throw new IllegalArgumentException(
              "the environment variable " + valueFromEnv + " is not set or empty");
        }
        return new Secret(value);
      }
      if (parent.console != null) {
        return prompt(parent.console);
      }
      return fromStandardInput();
    }

    private Secret prompt(Console console) {
      char[] first = console.readPassword("Value of %s: ", name);
      char[] second = console.readPassword("Again: ");
      try {
        if (first == null || first.length == 0) {
          throw new IllegalArgumentException("no value typed; nothing stored");
        }
        if (!Arrays.equals(first, second)) {
          throw new IllegalArgumentException("the two values differ; nothing stored");
        }
        return new Secret(new String(first));
      } finally {
        Arrays.fill(first == null ? new char[0] : first, ' ');
        Arrays.fill(second == null ? new char[0] : second, ' ');
      }
    }

    private Secret fromStandardInput() {
      byte[] bytes;
      try {
        bytes = readAtMost(parent.stdin, MAX_VALUE_BYTES + 1);
      } catch (IOException e) {
        throw new FerryException("cannot read the value from standard input: " + e.getMessage(), e);
      }
      if (bytes.length > MAX_VALUE_BYTES) {
        throw new IllegalArgumentException(
            "the value on standard input is longer than " + MAX_VALUE_BYTES + " bytes");
      }
      String value = new String(bytes, StandardCharsets.UTF_8);
      // `echo value | ferry secrets set` adds a line end that is not part of the secret.
      if (value.endsWith("\r\n")) {
        value = value.substring(0, value.length() - 2);
      } else if (value.endsWith("\n")) {
        value = value.substring(0, value.length() - 1);
      }
      if (value.isEmpty()) {
        throw new IllegalArgumentException(
            "no value on standard input; pipe it in, type it at a terminal, or use"
                + " --value-from-env VAR");
      }
      return new Secret(value);
    }

    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      int read;
      while (out.size() < limit && (read = in.read(buffer, 0, buffer.length)) != -1) {
        out.write(buffer, 0, read);
      }
      return out.toByteArray();
    }
  }

  /** {@code ferry secrets list}. */
  @Command(name = "list", description = "Print the names of the stored secrets, never values.")
  static final class ListSecrets extends Subcommand {
    @Override
    int run() {
      EncryptedFileSecretStore store = store();
      if (!store.exists()) {
        spec.commandLine().getErr().printf("No secrets file at %s yet.%n", store.file());
        return 0;
      }
      store.names().forEach(spec.commandLine().getOut()::println);
      return 0;
    }
  }

  /** {@code ferry secrets remove NAME}. */
  @Command(name = "remove", description = "Delete a stored secret.")
  static final class RemoveSecret extends Subcommand {
    @Parameters(paramLabel = "NAME", description = "The secret's name.")
    String name;

    @Override
    int run() {
      EncryptedFileSecretStore store = store();
      if (!store.remove(name)) {
        spec.commandLine()
            .getErr()
            .printf(
                "ferry secrets remove: no secret named '%s' in %s; 'ferry secrets list' shows"
                    + " the names.%n",
                name, store.file());
        return Ferry.FAILED;
      }
      spec.commandLine().getOut().printf("Removed secret '%s' from %s%n", name, store.file());
      return 0;
    }
  }
}
