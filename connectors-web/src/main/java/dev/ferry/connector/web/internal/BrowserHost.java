package dev.ferry.connector.web.internal;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import dev.ferry.connector.web.WebException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The one browser of this JVM for a given executable and mode, started on first use and relaunched
 * when it was lost. Sessions each get their own {@link BrowserContext} from it.
 *
 * <p>Threading: Playwright for Java is not thread-safe, so every call into Playwright, for any
 * session of this host, happens while holding {@link #lock()}. Actions of different sessions are
 * therefore serialized per browser, except that explicit waits let go of the lock between checks.
 */
public final class BrowserHost {
  static final List<String> ARGS =
      List.of(
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync");

  /** A system property naming a directory for the extracted driver, shared by all data dirs. */
  public static final String CACHE_PROPERTY = "ferry.web.driver-cache";

  private static final Map<String, BrowserHost> HOSTS = new ConcurrentHashMap<>();

  private final ReentrantLock lock = new ReentrantLock(true);
  private final Path browserPath;
  private final boolean headless;
  private final Path cacheRoot;
  private Playwright playwright;
  private Browser browser;
  private int launches;

  private BrowserHost(Path browserPath, boolean headless, Path cacheRoot) {
    this.browserPath = browserPath;
    this.headless = headless;
    this.cacheRoot = cacheRoot;
  }

  /**
   * The host for this executable and mode; it starts no browser until a context is asked for. The
   * driver is cached below {@code <data directory>/cache}, or below the directory named by the
   * system property {@value #CACHE_PROPERTY}.
   */
  public static BrowserHost of(String browserPath, boolean headless, Path dataDirectory) {
    String cache = System.getProperty(CACHE_PROPERTY);
    Path cacheRoot = cache != null ? Path.of(cache) : dataDirectory.resolve("cache");
    return HOSTS.computeIfAbsent(
        browserPath + "|" + headless,
        k -> new BrowserHost(Path.of(browserPath), headless, cacheRoot));
  }

  /** Closes every browser of this JVM; for shutdown and tests. */
  public static void closeAll() {
    HOSTS.values().forEach(BrowserHost::shutdown);
  }

  public ReentrantLock lock() {
    return lock;
  }

  /** A new isolated context; launches or relaunches the browser when needed. Hold the lock. */
  BrowserContext newContext(Browser.NewContextOptions options) {
    return ensureBrowser().newContext(options);
  }

  /** Whether the browser is running; a session of a lost browser is unhealthy. */
  public boolean isConnected() {
    return browser != null && browser.isConnected();
  }

  /** How many times this host started a browser, counting relaunches after a loss. */
  public int launches() {
    return launches;
  }

  private Browser ensureBrowser() {
    if (isConnected()) {
      return browser;
    }
    shutdown();
    if (!Files.isExecutable(browserPath)) {
      throw new WebException(
          "No browser at "
              + browserPath
              + ". Install Debian's chromium package (apt-get install chromium) or set the"
              + " application's browser-path.",
          null,
          null,
          null,
          List.of());
    }
    DriverCache.prepare(cacheRoot);
    try {
      playwright =
          Playwright.create(
              new Playwright.CreateOptions()
                  .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
      browser =
          playwright
              .chromium()
              .launch(
                  new BrowserType.LaunchOptions()
                      .setExecutablePath(browserPath)
                      .setHeadless(headless)
                      .setArgs(ARGS));
      launches++;
      return browser;
    } catch (PlaywrightException e) {
      shutdown();
      throw new WebException(
          "Could not start the browser "
              + browserPath
              + ": "
              + Failures.firstLine(e)
              + ". Check that it runs (chromium --headless --version).",
          null,
          null,
          e,
          List.of());
    }
  }

  private void shutdown() {
    lock.lock();
    try {
      if (playwright != null) {
        try {
          playwright.close();
        } catch (PlaywrightException e) {
          // the driver is gone already; nothing left to close
        }
      }
    } finally {
      playwright = null;
      browser = null;
      lock.unlock();
    }
  }
}
