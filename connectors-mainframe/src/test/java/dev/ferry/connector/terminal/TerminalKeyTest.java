package dev.ferry.connector.terminal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TerminalKeyTest {

  @Test
  void parsesKeyNamesAsAnalystsWriteThem() {
    assertThat(TerminalKey.parse("enter")).isEqualTo(TerminalKey.ENTER);
    assertThat(TerminalKey.parse("PF8")).isEqualTo(TerminalKey.PF8);
    assertThat(TerminalKey.parse("pf-24")).isEqualTo(TerminalKey.PF24);
    assertThat(TerminalKey.parse("F3")).isEqualTo(TerminalKey.PF3);
    assertThat(TerminalKey.parse("pa1")).isEqualTo(TerminalKey.PA1);
    assertThat(TerminalKey.parse("roll-up")).isEqualTo(TerminalKey.ROLL_UP);
    assertThat(TerminalKey.parse("Page Down")).isEqualTo(TerminalKey.ROLL_UP);
    assertThat(TerminalKey.parse("erase-eof")).isEqualTo(TerminalKey.ERASE_EOF);
    assertThat(TerminalKey.parse("Clear")).isEqualTo(TerminalKey.CLEAR);
  }

  @Test
  void rejectsUnknownKeysListingTheKnownOnes() {
    assertThatThrownBy(() -> TerminalKey.parse("pf25"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown key 'pf25'")
        .hasMessageContaining("roll-up");
  }

  @Test
  void onlyTabAndEraseEofStayOnTheTerminal() {
    assertThat(TerminalKey.TAB.isAttention()).isFalse();
    assertThat(TerminalKey.ERASE_EOF.isAttention()).isFalse();
    assertThat(TerminalKey.PA2.isAttention()).isTrue();
  }
}
