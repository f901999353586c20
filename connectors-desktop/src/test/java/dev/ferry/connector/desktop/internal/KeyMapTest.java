package dev.ferry.connector.desktop.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.connector.desktop.internal.KeyMap.Stroke;
import dev.ferry.engine.spi.BusinessException;
import java.awt.event.KeyEvent;
import org.junit.jupiter.api.Test;

class KeyMapTest {
  @Test
  void typesCapitalsAndShiftedSymbolsWithShift() {
    assertThat(KeyMap.strokes("aZ1!:_ "))
        .containsExactly(
            new Stroke(KeyEvent.VK_A, false),
            new Stroke(KeyEvent.VK_Z, true),
            new Stroke(KeyEvent.VK_1, false),
            new Stroke(KeyEvent.VK_1, true),
            new Stroke(KeyEvent.VK_SEMICOLON, true),
            new Stroke(KeyEvent.VK_MINUS, true),
            new Stroke(KeyEvent.VK_SPACE, false));
  }

  @Test
  void everyPrintableAsciiCharacterCanBeTyped() {
    StringBuilder ascii = new StringBuilder();
    for (char c = 32; c < 127; c++) {
      ascii.append(c);
    }
    assertThat(KeyMap.strokes(ascii.toString())).hasSize(95);
  }

  @Test
  void textOutsideTheLayoutIsRefusedNamingTheCharacter() {
    assertThatThrownBy(() -> KeyMap.strokes("Müller"))
        .isInstanceOfSatisfying(
            BusinessException.class,
            e -> {
              assertThat(e.code()).isEqualTo("UNTYPABLE_TEXT");
              assertThat(e.getMessage()).contains("character 2").contains("U+00FC");
            });
  }

  @Test
  void readsChordsInPressingOrder() {
    assertThat(KeyMap.chord("ctrl+shift+s"))
        .containsExactly(KeyEvent.VK_CONTROL, KeyEvent.VK_SHIFT, KeyEvent.VK_S);
    assertThat(KeyMap.chord("Alt+F4")).containsExactly(KeyEvent.VK_ALT, KeyEvent.VK_F4);
    assertThat(KeyMap.chord("f13")).containsExactly(KeyEvent.VK_F13);
    assertThat(KeyMap.chord("enter")).containsExactly(KeyEvent.VK_ENTER);
  }

  @Test
  void anUnknownKeyNameIsRefusedWithTheKnownOnes() {
    assertThatThrownBy(() -> KeyMap.chord("ctrl+hyper"))
        .isInstanceOfSatisfying(
            BusinessException.class,
            e -> assertThat(e.getMessage()).contains("'hyper' in 'ctrl+hyper' is not a key"));
    assertThatThrownBy(() -> KeyMap.chord(" ")).hasMessageContaining("no keys given");
  }
}
