package dev.ferry.app;

import dev.ferry.connector.terminal.testhost.ApLedgerHost;
import dev.ferry.connector.terminal.testhost.HostOptions;
import dev.ferry.connector.terminal.testhost.InvoiceBook;
import dev.ferry.connector.web.portal.PortalOptions;
import dev.ferry.connector.web.portal.SupplierPortal;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ferry demo-apps}: starts the demo applications the example definitions work in (the
 * supplier portal and the AP ledger over TN5250) on {@code 127.0.0.1}, prints how to run the
 * examples against them, and keeps them up until interrupted or for a given time. The portal always
 * takes a free port ({@link SupplierPortal} offers no fixed one); the ledger's port can be fixed.
 */
@Command(
    name = "demo-apps",
    description =
        "Start the demo supplier portal (web) and AP ledger (TN5250) on 127.0.0.1 for the examples.")
final class DemoAppsCommand implements Callable<Integer> {
  static final String PORTAL_USER = "clerk";
  static final String PORTAL_PASSWORD = "portal-demo";
  static final String LEDGER_USER = "APCLERK";
  static final String LEDGER_PASSWORD = "ledger1";

  @Option(
      names = "--ledger-port",
      defaultValue = "0",
      description = "The AP ledger's TN5250 port (default: a free one).")
  int ledgerPort;

  @Option(
      names = "--seed",
      defaultValue = "12",
      description = "Sample invoices in the ledger before the examples run (default: 12).")
  int seed;

  @Option(
      names = "--for",
      paramLabel = "DURATION",
      converter = ShortDuration.class,
      description = "Stop after this long, such as 60s or 10m (default: until Ctrl-C).")
  Duration runFor;

  @Option(
      names = "--examples",
      defaultValue = "process-definitions/examples",
      description = "Where the example definitions are, for the printed commands.")
  String examples;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    if (seed < 0 || ledgerPort < 0 || (runFor != null && runFor.isNegative())) {
      spec.commandLine()
          .getErr()
          .println("ferry demo-apps: --ledger-port, --seed and --for cannot be negative.");
      return Ferry.INVALID;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    try (SupplierPortal portal =
            SupplierPortal.start(PortalOptions.defaults(PORTAL_USER, PORTAL_PASSWORD));
        ApLedgerHost ledger =
            ApLedgerHost.start(
                InvoiceBook.demo().seed(seed), HostOptions.plain().onPort(ledgerPort))) {
      Thread hook = new Thread(stopped::countDown, "demo-apps-stop");
      Runtime.getRuntime().addShutdownHook(hook);
      printInstructions(out, portal.baseUri().toString(), ledger.host(), ledger.port());
      if (runFor == null) {
        stopped.await();
      } else if (!stopped.await(runFor.toMillis(), TimeUnit.MILLISECONDS)) {
        out.printf("Stopped the demo applications after %d s.%n", runFor.toSeconds());
      }
      removeHook(hook);
    }
    return 0;
  }

  private void printInstructions(PrintWriter out, String portalUrl, String host, int port) {
    out.printf(
        """
        Demo applications are up on this machine:
          supplier portal (web)     %s             user %s, password %s
          AP ledger (TN5250)        %s port %d     user %s, password %s

        Store the demo credentials as secrets once (each command asks for the value):
          ferry secrets set portal-user.username     # %s
          ferry secrets set portal-user.password     # %s
          ferry secrets set ledger-clerk.username    # %s
          ferry secrets set ledger-clerk.password    # %s
        or, for one shell, set them in the environment:
          export FERRY_SECRET_PORTAL_USER_USERNAME=%s FERRY_SECRET_PORTAL_USER_PASSWORD=%s
          export FERRY_SECRET_LEDGER_CLERK_USERNAME=%s FERRY_SECRET_LEDGER_CLERK_PASSWORD=%s

        Then run the examples:
          ./ferry run %s/portal-invoice-entry.yaml --config portal.url=%s
          ./ferry run %s/ap-ledger-invoice-entry.yaml --config ledger.host=%s --config ledger.port=%d
        Each run enters three invoices; to run one again, add --input batch=101 (any other 3 digits).
        See the evidence with: ferry audit export --format jsonl --transaction TX --out steps.jsonl
        and ferry audit report TX --out report.pdf

        Press Ctrl-C to stop the demo applications.
        """,
        portalUrl,
        PORTAL_USER,
        PORTAL_PASSWORD,
        host,
        port,
        LEDGER_USER,
        LEDGER_PASSWORD,
        PORTAL_USER,
        PORTAL_PASSWORD,
        LEDGER_USER,
        LEDGER_PASSWORD,
        PORTAL_USER,
        PORTAL_PASSWORD,
        LEDGER_USER,
        LEDGER_PASSWORD,
        examples,
        portalUrl,
        examples,
        host,
        port);
    out.flush();
  }

  /** Reads {@code 500ms}, {@code 60s}, {@code 10m} or {@code 1h}, as definitions write them. */
  static final class ShortDuration implements CommandLine.ITypeConverter<Duration> {
    private static final Pattern FORM = Pattern.compile("(\\d{1,9})(ms|s|m|h)");

    @Override
    public Duration convert(String text) {
      Matcher m = FORM.matcher(text.strip());
      if (!m.matches()) {
        throw new CommandLine.TypeConversionException(
            "'" + text + "' is not a duration; write it like 500ms, 60s, 10m or 1h");
      }
      long n = Long.parseLong(m.group(1));
      return switch (m.group(2)) {
        case "ms" -> Duration.ofMillis(n);
        case "s" -> Duration.ofSeconds(n);
        case "m" -> Duration.ofMinutes(n);
        default -> Duration.ofHours(n);
      };
    }
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException alreadyShuttingDown) {
      // The JVM is exiting because of Ctrl-C; the hook has run or is running.
    }
  }
}
