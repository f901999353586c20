package dev.ferry.connector.terminal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ferry.connector.terminal.action.WaitForAction;
import dev.ferry.engine.testing.TestActionContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
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

  private void replay(String recording) throws Exception {
    Path file = RECORDINGS.resolve(recording);
    assumeTrue(
        Files.isRegularFile(file),
        "terminal recordings not found at " + RECORDINGS.toAbsolutePath() + "; skipping replay");
    service = new VirtualTcpService();
    service.setPort(0);
    service.setFlow(Flow.fromYml(file.toFile()));
    service.start();
  }

  @AfterEach
  void stop() throws Exception {
    if (service != null) {
      service.stop(2000);
    }
  }

  @Test
  void readsTheRealIbmISignOnScreenAndItsFields() throws Exception {
    replay("tn5250/login-negotiation-for-tn5250j.yml");
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

  /**
   * A z/OS TSO logon recorded with another emulator, which refused TN3270E and announced itself as
   * IBM-3278-2: the same settings make s3270 send the very bytes the recording expects.
   */
  @Test
  void signsOnToARecordedZosTsoLogonThroughS3270() throws Exception {
    S3270Available.assume();
    replay("tn3270/login.yml");
    Tn3270Config config = Tn3270Config.of("127.0.0.1", service.getPort()).plainTn3270("IBM-3278-2");
    try (Terminal terminal =
        (Terminal)
            new Tn3270Connector()
                .open(config, LedgerFixture.sessionContext(data, null, LedgerFixture.SECRETS))) {
      Screen logon = terminal.screen();
      assertThat(logon.text()).contains("ENTER USERID -");
      // the user id goes right after the prompt, where the recorded user typed it
      int promptEnd = logon.text().indexOf("ENTER USERID -") + "ENTER USERID -".length();
      Field userid = logon.field("1," + (promptEnd + 2)).orElseThrow();
      assertThat(userid.input()).isTrue();

      terminal.typeAt(1, promptEnd + 2, "testusr");
      terminal.press(TerminalKey.ENTER, Duration.ofSeconds(10));
      TestActionContext context = TestActionContext.forSession(terminal);
      new WaitForAction()
          .execute(
              new WaitForAction.Input("TSO/E LOGON", null, true, Duration.ofSeconds(10)), context);

      Screen panel = terminal.screen();
      assertThat(panel.text()).contains("Enter LOGON parameters below:");
      assertThat(panel.field("Password")).hasValueSatisfying(f -> assertThat(f.input()).isTrue());
      assertThat(panel.inputFields()).hasSizeGreaterThanOrEqualTo(4);
    }
  }
}
