package dev.ferry.bench.terminal;

import dev.ferry.connector.terminal.Terminal;
import dev.ferry.connector.terminal.TerminalKey;
import dev.ferry.connector.terminal.Tn5250Config;
import dev.ferry.connector.terminal.Tn5250Connector;
import dev.ferry.connector.terminal.action.PressAction;
import dev.ferry.connector.terminal.testhost.ApLedgerHost;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Screen round trips per second in one session against the in-repo TN5250 host (the AP ledger),
 * next to a raw-socket baseline in the same run. A round trip is Enter on the sign-on screen with
 * no user: the host answers with the whole screen and the message "User profile is required", and
 * unlocks the keyboard. Four ways, each timed over the same number of round trips:
 *
 * <ul>
 *   <li>raw socket echo: the Enter record's 15 bytes out, as many bytes back as the host's screen
 *       record, over loopback TCP, with no host behind it;
 *   <li>raw 5250 socket: {@link RawTn5250Client}, the same host and screen with no emulator;
 *   <li>connector session: {@link Terminal#press} on a tn5250j session (tn5250j's own threads, 5250
 *       parsing, waiting for the keyboard to unlock);
 *   <li>{@code terminal.press} action: as the engine calls it, with the screen text before and
 *       after recorded as evidence (no image, as with {@code screenshots off}).
 * </ul>
 *
 * <p>Arguments: {@code [round trips per repetition (default 2000)] [repetitions (default 5)]}.
 */
public final class TerminalRoundTripBench {
  private TerminalRoundTripBench() {}

  /** One way of doing a round trip. */
  interface RoundTrip {
    void once();
  }

  public static void main(String[] args) throws Exception {
    int perRepetition = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    Path data = Files.createTempDirectory("ferry-terminal-bench");
    try (ApLedgerHost host = ApLedgerHost.start(0, false);
        RawTn5250Client raw5250 = new RawTn5250Client(host.host(), host.port());
        // The echo answers with as many bytes as the host's screen record, the Enter record's 15.
        EchoServer echo = EchoServer.start(raw5250.roundTrip());
        EchoServer.Client raw = echo.connect(15);
        Terminal terminal =
            (Terminal)
                new Tn5250Connector()
                    .open(
                        Tn5250Config.of(host.host(), host.port()),
                        new BenchContext.Session("ledger", data))) {
      Duration timeout = Duration.ofSeconds(10);
      BenchContext actions = new BenchContext(terminal);
      PressAction press = new PressAction();
      PressAction.Input enter = new PressAction.Input("enter", timeout);
      RoundTrip[] ways = {
        raw::roundTrip,
        raw5250::roundTrip,
        () -> terminal.press(TerminalKey.ENTER, timeout),
        () -> press.execute(enter, actions)
      };
      String[] names = {
        "raw socket echo (15 B out, " + echo.replySize() + " B back)",
        "raw 5250 over a socket (negotiation, Enter record, read to IAC EOR)",
        "connector session: Terminal.press(ENTER)",
        "terminal.press action with screen-text evidence"
      };
      List<List<Double>> rates = new ArrayList<>();
      for (int w = 0; w < ways.length; w++) {
        rates.add(new ArrayList<>());
        run(ways[w], perRepetition); // warm-up: JIT, tn5250j's threads, the host's screen cache
      }
      for (int r = 0; r < repetitions; r++) {
        for (int w = 0; w < ways.length; w++) {
          rates.get(w).add(run(ways[w], perRepetition));
        }
      }
      int answer = raw5250.roundTrip();
      if (answer != echo.replySize()) {
        throw new IllegalStateException(
            "the host answered the raw client with " + answer + " bytes, then " + echo.replySize());
      }
      if (!terminal.screen().messageLine().contains("User profile is required")) {
        throw new IllegalStateException(
            "the host did not answer as expected; the screen shows:\n" + terminal.screen().text());
      }
      print(names, rates, perRepetition, repetitions, actions.evidenceBytes());
    }
  }

  /** Round trips per second over {@code count} round trips. */
  private static double run(RoundTrip way, int count) {
    long start = System.nanoTime();
    for (int i = 0; i < count; i++) {
      way.once();
    }
    return count / ((System.nanoTime() - start) / 1e9);
  }

  private static void print(
      String[] names, List<List<Double>> rates, int perRepetition, int repetitions, long evidence) {
    System.out.printf(
        Locale.ROOT,
        "Screen round trips in one session, %d per repetition, %d repetitions after a warm-up;"
            + " medians%n%n",
        perRepetition,
        repetitions);
    System.out.println(
        "| way | round trips / s | µs / round trip | x raw socket echo | x raw 5250 socket |");
    System.out.println("|---|---|---|---|---|");
    double echo = median(rates.get(0));
    double raw5250 = median(rates.get(1));
    for (int w = 0; w < names.length; w++) {
      double rate = median(rates.get(w));
      System.out.printf(
          Locale.ROOT,
          "| %s | %,.0f | %.1f | %.2f | %.2f |%n",
          names[w],
          rate,
          1e6 / rate,
          echo / rate,
          raw5250 / rate);
    }
    System.out.printf(
        Locale.ROOT,
        "%nGoals: at least 1,000 round trips/s per session through the connector, and under 2x"
            + " the raw round trip. Evidence recorded by the action: %,d bytes of screen text.%n",
        evidence);
  }

  static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
