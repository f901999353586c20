package dev.ferry.connector.terminal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import us.abstracta.wiresham.Flow;
import us.abstracta.wiresham.VirtualTcpService;

/**
 * Replays a sign-on recorded on a real IBM i with wiresham. The recordings live outside the
 * repository ({@code ../../shared/terminal-recordings}, or the {@code ferry.terminal.recordings}
 * system property); the test is skipped when they are absent.
 */
class RecordedHostReplayIT {
  private static final Path RECORDINGS =
      Path.of(System.getProperty("ferry.terminal.recordings", "../../shared/terminal-recordings"));

  @TempDir Path data;
  private VirtualTcpService service;

  @BeforeEach
  void replay() throws Exception {
    Path recording = RECORDINGS.resolve("tn5250/login-negotiation-for-tn5250j.yml");
    assumeTrue(
        Files.isRegularFile(recording),
        "terminal recordings not found at " + RECORDINGS.toAbsolutePath() + "; skipping replay");
    service = new VirtualTcpService();
    service.setPort(0);
    service.setFlow(Flow.fromYml(recording.toFile()));
    service.start();
  }

  @AfterEach
  void stop() throws Exception {
    if (service != null) {
      service.stop(2000);
    }
  }

  @Test
  void readsTheRealIbmISignOnScreenAndItsFields() {
    Tn5250Config config = Tn5250Config.of("127.0.0.1", service.getPort());
    try (Terminal terminal =
        (Terminal)
            new Tn5250Connector()
                .open(config, LedgerFixture.sessionContext(data, null, LedgerFixture.SECRETS))) {
      Screen screen = terminal.screen();

      assertThat(screen.text()).contains("Sign On").contains("System").contains("COPYRIGHT IBM");
      assertThat(screen.field("User")).hasValueSatisfying(f -> assertThat(f.input()).isTrue());
      assertThat(screen.field("Password")).hasValueSatisfying(f -> assertThat(f.hidden()).isTrue());
      assertThat(screen.inputFields()).hasSizeGreaterThanOrEqualTo(5);
    }
  }
}
