package dev.ferry.bench.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import dev.ferry.connector.web.portal.PortalOptions;
import dev.ferry.connector.web.portal.SupplierPortal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The same 50-step web flow against the supplier portal, run by raw Playwright and through Ferry's
 * engine (definition loaded from YAML, in-memory H2 ledger, every step checkpointed and audited) in
 * one JVM, alternating, one transaction at a time. Each transaction opens a fresh browser context,
 * signs on, enters 8 invoices (open, 3 fills, select, click: 48 steps), opens the first page of the
 * invoice table and reads its page count (2 steps). Prints the median time per transaction and the
 * ratio Ferry / raw.
 *
 * <p>Arguments: {@code [iterations (default 7)] [warm-up (default 2)] [screenshots: off|on (default
 * off)]}. With {@code on}, both sides take a JPEG screenshot (quality 60) and read the URL after
 * every step, as the connector does for evidence.
 */
public final class WebOverheadBench {
  static final String USER = "bench-clerk";
  static final String PASSWORD = "bench-pass-7";
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final int INVOICES = 8;
  static final int STEPS = INVOICES * 6 + 2;

  private WebOverheadBench() {}

  public static void main(String[] args) throws Exception {
    int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 7;
    int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    boolean screenshots = args.length > 2 && args[2].equals("on");
    if (!Files.isExecutable(CHROMIUM)) {
      System.out.println("Skipped: no Chromium at " + CHROMIUM + " (apt-get install chromium).");
      return;
    }
    // A fixed data directory, so that the connector's extracted Playwright driver is reused.
    Path data = Path.of("target", "ferry-web-bench").toAbsolutePath();
    Files.createDirectories(data);
    long setUp = System.nanoTime();
    try (SupplierPortal portal = SupplierPortal.start(new PortalOptions(USER, PASSWORD, 7, 5));
        Playwright playwright =
            Playwright.create(
                new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser =
            playwright
                .chromium()
                .launch(
                    new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--no-first-run")));
        FerryWebFlow ferry = new FerryWebFlow(portal.baseUri().toString(), screenshots, data)) {
      System.err.printf(
          Locale.ROOT,
          "Set up (portal, raw Playwright and Chromium, Ferry engine) in %.1f s%n",
          (System.nanoTime() - setUp) / 1e9);
      List<Long> raw = new ArrayList<>();
      List<Long> engine = new ArrayList<>();
      int base = 10_000;
      for (int i = 0; i < warmUp + iterations; i++) {
        boolean measured = i >= warmUp;
        // Alternate which side goes first, so that drift in the shared machine's load is spread.
        for (int side = 0; side < 2; side++) {
          base += 10;
          if ((side == 0) == (i % 2 == 0)) {
            long t = rawFlow(browser, portal.baseUri().toString(), base, screenshots);
            if (measured) {
              raw.add(t);
            }
          } else {
            long t = ferry.run(base);
            if (i == 0) {
              System.err.printf(
                  Locale.ROOT, "First Ferry transaction (launches its browser): %.1f s%n", t / 1e9);
            }
            if (measured) {
              engine.add(t);
            }
          }
        }
      }
      print(raw, engine, iterations, warmUp, screenshots, portal.invoices().size());
    }
    // The web connector keeps one browser per JVM for the JVM's life, and its Playwright threads
    // are not daemons: without an explicit exit the bench would never end.
    System.exit(0);
  }

  /** Raw Playwright: what a hand-written script does for the same 50 steps, and nothing more. */
  static long rawFlow(Browser browser, String baseUrl, int base, boolean screenshots) {
    long start = System.nanoTime();
    try (BrowserContext context =
        browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800))) {
      Page page = context.newPage();
      page.navigate(baseUrl);
      page.locator("#username").fill(USER);
      page.locator("#password").fill(PASSWORD);
      page.locator("#sign-in").click();
      page.locator("#welcome").waitFor();
      Page.ScreenshotOptions shot =
          new Page.ScreenshotOptions()
              .setType(com.microsoft.playwright.options.ScreenshotType.JPEG)
              .setQuality(60);
      Runnable evidence =
          () -> {
            if (screenshots) {
              page.url();
              page.screenshot(shot);
            }
          };
      for (int i = 1; i <= INVOICES; i++) {
        page.navigate(baseUrl + "invoices/new");
        evidence.run();
        page.locator("#number").fill(invoiceNumber(base, i));
        evidence.run();
        page.locator("#amount").fill(i + "00.50");
        evidence.run();
        page.locator("#due-date").fill("2026-12-15");
        evidence.run();
        page.locator("#supplier").selectOption("GLOBEX");
        evidence.run();
        page.locator("#save").click();
        page.waitForLoadState();
        evidence.run();
      }
      page.navigate(baseUrl + "invoices?page=1");
      evidence.run();
      String info = page.locator("#page-info").innerText();
      evidence.run();
      if (!info.startsWith("Page 1 of")) {
        throw new IllegalStateException("raw flow ended on an unexpected page: " + info);
      }
    }
    return System.nanoTime() - start;
  }

  static String invoiceNumber(int base, int i) {
    return "INV-2026-" + (base + i);
  }

  private static void print(
      List<Long> raw,
      List<Long> engine,
      int iterations,
      int warmUp,
      boolean screenshots,
      int invoices) {
    double rawMs = median(raw) / 1e6;
    double ferryMs = median(engine) / 1e6;
    System.out.printf(
        Locale.ROOT,
        "Web flow: %d steps + sign-on per transaction, %d measured transactions per side after %d"
            + " warm-up, screenshots %s; the portal holds %d invoices at the end%n%n",
        STEPS,
        iterations,
        warmUp,
        screenshots ? "on for both" : "off for both",
        invoices);
    System.out.println("| subject | median ms / transaction | ms / step | min ms | max ms |");
    System.out.println("|---|---|---|---|---|");
    row("raw Playwright", raw);
    row("Ferry engine (H2 in memory)", engine);
    System.out.printf(
        Locale.ROOT,
        "%nratio Ferry / raw (medians): %.3f (goal < 1.05); Ferry's overhead %.1f ms per step%n",
        ferryMs / rawMs,
        (ferryMs - rawMs) / STEPS);
  }

  private static void row(String name, List<Long> nanos) {
    double median = median(nanos) / 1e6;
    System.out.printf(
        Locale.ROOT,
        "| %s | %.1f | %.2f | %.1f | %.1f |%n",
        name,
        median,
        median / STEPS,
        Collections.min(nanos) / 1e6,
        Collections.max(nanos) / 1e6);
  }

  static double median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
  }
}
