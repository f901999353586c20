package dev.ferry.connector.terminal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScreenTest {

  private static Screen screen() {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      lines.add(" ".repeat(80));
    }
    lines.set(4, String.format("%-80s", " Vendor  . . . . . . .  V100"));
    lines.set(5, String.format("%-80s", " Invoice no  . . . . .  INV-1"));
    lines.set(23, String.format("%-80s", " Vendor V999 not found."));
    return new Screen(
        24,
        80,
        lines,
        List.of(
            new Field(5, 25, 8, true, false, "V100", Screen.labelLeftOf(lines.get(4), 25)),
            new Field(6, 25, 15, true, false, "INV-1", Screen.labelLeftOf(lines.get(5), 25))),
        5,
        25,
        false);
  }

  @Test
  void labelsAreTheTextLeftOfAFieldWithoutLeaderDots() {
    assertThat(Screen.labelLeftOf("  User  . . . . . . . :   ", 27)).isEqualTo("User");
    assertThat(Screen.labelLeftOf(" Name:  X    Amount . . ", 26)).isEqualTo("Amount");
    assertThat(Screen.labelLeftOf(" ===> ", 7)).isEqualTo("===>");
    assertThat(Screen.labelLeftOf("", 1)).isEmpty();
  }

  @Test
  void findsFieldsByLabelIgnoringCaseThenByPrefixThenByPosition() {
    Screen s = screen();
    assertThat(s.field("vendor")).map(Field::value).contains("V100");
    assertThat(s.field("Invoice")).map(Field::value).contains("INV-1");
    assertThat(s.field("6,30")).map(Field::label).contains("Invoice no");
    assertThat(s.field("7,1")).isEmpty();
    assertThat(s.field("Supplier")).isEmpty();
  }

  @Test
  void theMessageLineIsTheLastRow() {
    assertThat(screen().messageLine()).isEqualTo("Vendor V999 not found.");
  }

  @Test
  void textOutsideTheScreenIsRefusedWithTheScreenSize() {
    assertThat(screen().textAt(5, 2, 6)).isEqualTo("Vendor");
    assertThatThrownBy(() -> screen().textAt(25, 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("outside the 24x80 screen");
    assertThatThrownBy(() -> screen().textAt(1, 75, 10))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aScreenNeedsOneLinePerRow() {
    assertThatThrownBy(() -> new Screen(24, 80, List.of("x"), List.of(), 1, 1, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected 24 lines");
  }
}
