package dev.ferry.connector.terminal.internal.tn5250;

import dev.ferry.connector.terminal.TerminalException;
import dev.ferry.connector.terminal.Tn5250Config;
import dev.ferry.connector.terminal.internal.TlsRelay;
import dev.ferry.connector.terminal.internal.TlsTrust;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Properties;
import org.tn5250j.Session5250;
import org.tn5250j.SessionConfig;
import org.tn5250j.TN5250jConstants;

/** Builds the tn5250j session for a configuration, and the TLS relay in front of it. */
final class Tn5250Wiring {
  private Tn5250Wiring() {}

  /** A connected, verified TLS relay to the configured host; tn5250j connects to its port. */
  static TlsRelay relay(Tn5250Config config) {
    Path trust = config.trustCertificates() == null ? null : Path.of(config.trustCertificates());
    try {
      return TlsRelay.open(
          TlsTrust.context(trust), config.host(), config.port(), config.connectTimeout());
    } catch (IOException e) {
      throw new TerminalException(
          "TLS connection to "
              + config.host()
              + ":"
              + config.port()
              + " failed: "
              + e.getMessage()
              + ". Check the host and port, and that trust-certificates holds the host's"
              + " certificate or its CA and that the certificate names the host.",
          null,
          e);
    }
  }

  /** A tn5250j session, not yet connected, to {@code host:port}. */
  static Session5250 session(Tn5250Config config, String host, int port, String name) {
    Properties props = new Properties();
    props.setProperty(TN5250jConstants.SESSION_HOST, host);
    props.setProperty(TN5250jConstants.SESSION_HOST_PORT, Integer.toString(port));
    props.setProperty(TN5250jConstants.SESSION_CODE_PAGE, config.codePage());
    if (config.wide()) {
      props.setProperty(
          TN5250jConstants.SESSION_SCREEN_SIZE, TN5250jConstants.SCREEN_SIZE_27X132_STR);
    }
    if (config.deviceName() != null) {
      props.setProperty(TN5250jConstants.SESSION_DEVICE_NAME, config.deviceName());
    }
    // No configuration file: tn5250j then uses its defaults quietly, instead of printing to
    // standard output that it creates a properties file for every new session name.
    return new Session5250(props, name, name, new SessionConfig("", name));
  }
}
