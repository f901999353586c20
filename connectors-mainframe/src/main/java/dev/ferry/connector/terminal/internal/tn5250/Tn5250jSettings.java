package dev.ferry.connector.terminal.internal.tn5250;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.tn5250j.interfaces.ConfigureFactory;

/**
 * tn5250j's settings, kept in memory and saved only under Ferry's data directory. tn5250j creates
 * it by reflection (see {@link Tn5250jHome}); it must stay public with a no-argument constructor.
 */
public final class Tn5250jSettings extends ConfigureFactory {

  private final Map<String, Properties> registry = new ConcurrentHashMap<>();
  private final Properties global = new Properties();

  public Tn5250jSettings() {
    global.setProperty("emulator.settingsDirectory", Tn5250jHome.directory().toString());
    // tn5250j's logger reads its level from the "sessions" registry: keep it quiet
    properties("sessions").setProperty("emul.logLevel", "4");
  }

  private Properties properties(String name) {
    return registry.computeIfAbsent(name, k -> new Properties());
  }

  @Override
  public void reloadSettings() {
    // everything is in memory already
  }

  @Override
  public void saveSettings() {
    save("global", global);
  }

  @Override
  public String getProperty(String key) {
    return global.getProperty(key);
  }

  @Override
  public String getProperty(String key, String def) {
    return global.getProperty(key, def);
  }

  @Override
  public void setProperties(String regKey, Properties regProps) {
    registry.put(regKey, regProps);
  }

  @Override
  public void setProperties(String regKey, String fileName, String header) {
    properties(regKey);
  }

  @Override
  public void setProperties(String regKey, String fileName, String header, boolean createFile) {
    properties(regKey);
  }

  @Override
  public Properties getProperties(String regKey) {
    return properties(regKey);
  }

  @Override
  public Properties getProperties(String regKey, String fileName) {
    return properties(regKey);
  }

  @Override
  public Properties getProperties(
      String regKey, String fileName, boolean createFile, String header) {
    return properties(regKey);
  }

  @Override
  public Properties getProperties(
      String regKey, String fileName, boolean createFile, String header, boolean reloadIfLoaded) {
    return properties(regKey);
  }

  @Override
  public void saveSettings(String regKey) {
    save(regKey, properties(regKey));
  }

  @Override
  public void saveSettings(String regKey, String header) {
    save(regKey, properties(regKey));
  }

  @Override
  public void saveSettings(String regKey, String fileName, String header) {
    save(regKey, properties(regKey));
  }

  private static void save(String name, Properties props) {
    String file = name.replaceAll("[^A-Za-z0-9._-]", "_") + ".properties";
    try (OutputStream out = Files.newOutputStream(Tn5250jHome.directory().resolve(file))) {
      props.store(out, "tn5250j settings kept by Ferry");
    } catch (IOException e) {
      // settings are a convenience for tn5250j's GUI; the headless session does not need them
    }
  }
}
