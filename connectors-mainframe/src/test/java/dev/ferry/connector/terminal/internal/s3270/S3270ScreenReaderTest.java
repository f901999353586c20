package dev.ferry.connector.terminal.internal.s3270;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.connector.terminal.Field;
import dev.ferry.connector.terminal.Screen;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class S3270ScreenReaderTest {

  /** A 2x20 ReadBuffer(Ascii): "Name:" protected, an input field, a hidden one on row 2. */
  private static List<String> buffer() {
    List<String> row1 = new ArrayList<>();
    row1.add("SF(c0=e0)");
    for (char c : "Name:".toCharArray()) {
      row1.add(Integer.toHexString(c));
    }
    row1.add("00");
    row1.add("SF(c0=c0)");
    for (char c : "JOE".toCharArray()) {
      row1.add(Integer.toHexString(c));
    }
    while (row1.size() < 15) {
      row1.add("00");
    }
    row1.add("SF(c0=60)");
    while (row1.size() < 20) {
      row1.add("00");
    }
    List<String> row2 = new ArrayList<>();
    row2.add("SF(c0=e0)");
    for (char c : "PIN".toCharArray()) {
      row2.add(Integer.toHexString(c));
    }
    row2.add("SF(c0=4c,41=f4)");
    for (char c : "1234".toCharArray()) {
      row2.add(Integer.toHexString(c));
    }
    row2.add("SF(c0=60)");
    while (row2.size() < 20) {
      row2.add("00");
    }
    return List.of(String.join(" ", row1), String.join(" ", row2));
  }

  private static final String[] STATUS = "U F U C(host) I 2 2 20 0 7 0x0 0.001".split(" ");

  @Test
  void readsTextFieldsLabelsAndCursorFromTheBuffer() {
    Screen screen = S3270ScreenReader.read(buffer(), STATUS);

    assertThat(screen.rows()).isEqualTo(2);
    assertThat(screen.cols()).isEqualTo(20);
    assertThat(screen.lines().get(0)).startsWith(" Name:  JOE");
    assertThat(screen.cursorRow()).isEqualTo(1);
    assertThat(screen.cursorCol()).isEqualTo(8);
    assertThat(screen.keyboardLocked()).isFalse();
    Field name = screen.field("Name").orElseThrow();
    assertThat(name.input()).isTrue();
    assertThat(name.position()).isEqualTo("1,9");
    assertThat(name.length()).isEqualTo(7);
    assertThat(name.value()).isEqualTo("JOE");
  }

  @Test
  void blanksHiddenFieldsInTextAndValue() {
    Screen screen = S3270ScreenReader.read(buffer(), STATUS);

    Field pin = screen.field("PIN").orElseThrow();
    assertThat(pin.hidden()).isTrue();
    assertThat(pin.value()).isEmpty();
    assertThat(screen.text()).doesNotContain("1234");
  }

  @Test
  void aLockedKeyboardShowsInTheModel() {
    String[] locked = STATUS.clone();
    locked[0] = "L";
    assertThat(S3270ScreenReader.read(buffer(), locked).keyboardLocked()).isTrue();
  }

  @Test
  void quotesTextForTheStringAction() {
    assertThat(S3270Terminal.quote("a\"b\\c")).isEqualTo("\"a\\\"b\\\\c\"");
  }
}
