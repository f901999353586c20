package dev.ferry.connector.terminal.internal.tn5250;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tn5250j.tools.logging.TN5250jLogFactory;
import org.tn5250j.tools.logging.TN5250jLogger;

/**
 * Points tn5250j at Ferry's data directory before any tn5250j class loads. tn5250j reads its
 * settings factory from a system property once per JVM; without this it creates {@code ~/.tn5250j}.
 */
public final class Tn5250jHome {
  private static final String FACTORY_PROPERTY = "org.tn5250j.interfaces.ConfigureFactory";
  private static volatile Path directory;

  private Tn5250jHome() {}

  /** Sets the settings directory on first call; later calls keep the first directory. */
  public static synchronized Path install(Path dataDirectory) {
    if (directory == null) {
      Path dir = dataDirectory.resolve("tn5250j").toAbsolutePath();
      try {
        Files.createDirectories(dir);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot create the tn5250j settings directory " + dir, e);
      }
      directory = dir;
      System.setProperty("emulator.settingsDirectory", dir.toString());
      System.setProperty("java.awt.headless", "true");
      System.setProperty(FACTORY_PROPERTY, Tn5250jSettings.class.getName());
      // tn5250j logs to the console by itself; only its errors are worth showing there.
      TN5250jLogFactory.setLogLevels(TN5250jLogger.ERROR);
    }
    return directory;
  }

  static Path directory() {
    Path dir = directory;
    if (dir == null) {
      throw new IllegalStateException("Tn5250jHome.install was not called");
    }
    return dir;
  }
}
