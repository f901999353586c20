package dev.ferry.connector.terminal.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The TLS client context for one application: the JVM's default trust store, or exactly the
 * certificates in a PEM file named in the application's configuration. Nothing is ever trusted
 * interactively.
 */
public final class TlsTrust {
  private TlsTrust() {}

  /**
   * @param pemFile certificates to trust, or null for the JVM's default trust store
   * @throws IllegalArgumentException when the file cannot be read or holds no certificate
   */
  public static SSLContext context(Path pemFile) {
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      if (pemFile == null) {
        context.init(null, null, null);
        return context;
      }
      KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
      store.load(null, null);
      Collection<? extends Certificate> certificates;
      try (InputStream in = Files.newInputStream(pemFile)) {
        certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
      }
      if (certificates.isEmpty()) {
        throw new IllegalArgumentException(
            "trust-certificates file " + pemFile + " holds no certificate");
      }
      int i = 0;
      for (Certificate c : certificates) {
        store.setCertificateEntry("trusted-" + i++, c);
      }
      TrustManagerFactory tmf =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(store);
      context.init(null, tmf.getTrustManagers(), null);
      return context;
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalArgumentException(
          "cannot read trust-certificates file " + pemFile + ": " + e.getMessage(), e);
    }
  }
}
