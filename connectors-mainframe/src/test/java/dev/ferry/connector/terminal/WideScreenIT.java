package dev.ferry.connector.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.connector.terminal.action.MenuAction;
import dev.ferry.connector.terminal.action.ScreenOutput;
import dev.ferry.engine.testing.TestActionContext;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WideScreenIT {
  @TempDir Path data;

  @Test
  void a27x132SessionWithADeviceNameGetsTheWideScreenAndItsMessageLine() {
    try (LedgerFixture ledger = LedgerFixture.plain(data);
        Terminal terminal =
            ledger.open(
                new Tn5250Config(
                    "127.0.0.1",
                    ledger.host.port(),
                    false,
                    null,
                    "27x132",
                    "FERRY01",
                    null,
                    null,
                    null))) {
      Screen signOn = terminal.screen();
      assertThat(signOn.rows()).isEqualTo(27);
      assertThat(signOn.cols()).isEqualTo(132);
      assertThat(signOn.text()).contains("Display . . . . . :   FERRY01");

      TestActionContext context = LedgerFixture.signOn(terminal);
      ScreenOutput out = new MenuAction().execute(new MenuAction.Input("9", null, null), context);

      assertThat(out.message()).isEqualTo("Option 9 is not valid.");
      assertThat(terminal.screen().lines().get(26)).contains("Option 9 is not valid.");
    }
  }
}
