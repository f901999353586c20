package dev.ferry.connector.desktop.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.ferry.connector.desktop.ComBridge;
import dev.ferry.connector.desktop.ComBridge.Call;
import dev.ferry.connector.desktop.ComObject;
import dev.ferry.connector.desktop.DesktopException;
import dev.ferry.connector.desktop.ProgIdNotFoundException;
import dev.ferry.connector.desktop.Variant;
import dev.ferry.connector.desktop.WindowNotFoundException;
import dev.ferry.connector.desktop.internal.WindowActions.ControlClick;
import dev.ferry.connector.desktop.internal.WindowActions.ControlText;
import dev.ferry.connector.desktop.internal.WindowActions.Wait;
import dev.ferry.connector.desktop.internal.WindowActions.Window;
import dev.ferry.engine.spi.SecretRef;
import dev.ferry.engine.testing.TestSecrets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;

/** The AutoItX window actions against a Mockito bridge standing in for AutoItX3.Control. */
class WindowActionsTest {
  @TempDir Path work;
  private final ComBridge bridge = mock(ComBridge.class);
  private final ComObject autoit = mock(ComObject.class);
  private Steps steps;

  @BeforeEach
  void autoItInstalled() {
    when(autoit.describe()).thenReturn("AutoItX3.Control");
    when(bridge.create("AutoItX3.Control")).thenReturn(autoit);
    steps =
        new Steps(
            bridge,
            dev.ferry.connector.desktop.DesktopConfig.defaults(),
            work,
            new TestSecrets(Map.of("legacy.password", "hunter2")));
  }

  @AfterEach
  void closeSession() {
    steps.close();
  }

  private void autoit(String function, int result) {
    when(bridge.invoke(eq(autoit), eq(function), eq(Call.METHOD), anyList()))
        .thenReturn(Variant.i4(result));
  }

  @SuppressWarnings("unchecked")
  private List<Variant> argsOf(String function) {
    ArgumentCaptor<List<Variant>> args = ArgumentCaptor.forClass(List.class);
    verify(bridge).invoke(eq(autoit), eq(function), eq(Call.METHOD), args.capture());
    return args.getValue();
  }

  @Test
  void waitsForAWindowWithTheTimeoutInWholeSeconds() {
    autoit("WinWait", 1);

    steps.run("desktop.window.wait", new Wait("Invoice Entry", null, Duration.ofMillis(2500)));

    assertThat(argsOf("WinWait"))
        .containsExactly(Variant.bstr("Invoice Entry"), Variant.bstr(""), Variant.i4(3));
  }

  @Test
  void aWindowThatNeverAppearsIsASystemFailureWithEvidence() {
    autoit("WinWait", 0);

    assertThatThrownBy(
            () ->
                steps.run(
                    "desktop.window.wait",
                    new Wait("Invoice Entry", "Vendor", Duration.ofSeconds(1))))
        .isInstanceOfSatisfying(
            WindowNotFoundException.class,
            e -> {
              assertThat(e.getMessage())
                  .contains("'Invoice Entry' did not appear within 1 s showing the text 'Vendor'");
              assertThat(e.evidence()).anyMatch(ev -> ev.contentAsText().contains("WinWait"));
            });
  }

  @Test
  void activatesAWindowAndWaitsUntilItIsActive() {
    autoit("WinActivate", 1);
    autoit("WinWaitActive", 1);

    steps.run("desktop.window.activate", new Window("Invoice Entry", null));

    assertThat(argsOf("WinWaitActive"))
        .containsExactly(Variant.bstr("Invoice Entry"), Variant.bstr(""), Variant.i4(5));
  }

  @Test
  void setsAControlsTextFromASecretWithoutShowingIt() {
    autoit("ControlSetText", 1);

    steps.run(
        "desktop.window.control-set-text",
        new ControlText("Sign on", null, "Edit2", null, new SecretRef("legacy.password")));

    assertThat(argsOf("ControlSetText"))
        .containsExactly(
            Variant.bstr("Sign on"),
            Variant.bstr(""),
            Variant.bstr("Edit2"),
            Variant.bstr("hunter2"));
    assertThat(steps.calls()).contains("ControlSetText(\"Sign on\", \"\", \"Edit2\", ******)");
    assertThat(steps.calls()).doesNotContain("hunter2");
  }

  @Test
  void clickingAControlThatIsNotThereNamesIt() {
    autoit("ControlClick", 0);

    assertThatThrownBy(
            () ->
                steps.run(
                    "desktop.window.control-click",
                    new ControlClick("Invoice Entry", null, "Button9", null, 2)))
        .isInstanceOf(WindowNotFoundException.class)
        .hasMessageContaining("no control 'Button9' in a window titled 'Invoice Entry'");
    assertThat(argsOf("ControlClick")).endsWith(Variant.bstr("left"), Variant.i4(2));
  }

  @Test
  void withoutAutoItTheFailureSaysHowToInstallIt() {
    when(bridge.create("AutoItX3.Control"))
        .thenThrow(new ProgIdNotFoundException("AutoItX3.Control", 0x800401F3, null));

    assertThatThrownBy(() -> steps.run("desktop.window.activate", new Window("X", null)))
        .isInstanceOf(DesktopException.class)
        .hasMessageContaining("AutoItX is not installed")
        .hasMessageContaining("regsvr32 AutoItX3_x64.dll");
  }

  @Test
  void theAutoItObjectIsMadeOncePerSession() {
    autoit("WinWait", 1);
    autoit("ControlSetText", 1);

    steps.run("desktop.window.wait", new Wait("A", null, null));
    steps.run("desktop.window.control-set-text", new ControlText("A", null, "Edit1", "x", null));

    verify(bridge).create("AutoItX3.Control");
    verify(bridge).enterApartment();
    verify(bridge, org.mockito.Mockito.never()).release(any());
  }
}
