package dev.ferry.bench.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TerminalRoundTripBenchIT {
  @Test
  void measuresAllFourWaysAgainstTheRealHostAndPrintsTheTable() throws Exception {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      TerminalRoundTripBench.main(new String[] {"50", "1"});
    } finally {
      System.setOut(original);
    }
    String table = captured.toString(StandardCharsets.UTF_8);

    assertThat(table)
        .contains("50 per repetition, 1 repetitions")
        .contains("| raw socket echo (15 B out, ")
        .contains("| raw 5250 over a socket")
        .contains("| connector session: Terminal.press(ENTER) |")
        .contains("| terminal.press action with screen-text evidence |");
    Matcher action =
        Pattern.compile("\\| terminal.press action with screen-text evidence \\| ([0-9,]+) \\|")
            .matcher(table);
    assertThat(action.find()).isTrue();
    assertThat(Integer.parseInt(action.group(1).replace(",", ""))).isPositive();
  }
}
