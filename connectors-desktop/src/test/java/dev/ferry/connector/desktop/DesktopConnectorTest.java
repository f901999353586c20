package dev.ferry.connector.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.engine.spi.Action;
import dev.ferry.engine.spi.Connector;
import dev.ferry.engine.testing.ConnectorContractTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * The connector contract, run with a COM bridge that creates an object and answers one call: the
 * smoke test is desktop.com.create, which needs no display and no Windows.
 */
class DesktopConnectorTest extends ConnectorContractTest<DesktopConfig> {

  @Override
  protected Connector<DesktopConfig> connector() {
    return new DesktopConnector(config -> new OneObjectBridge());
  }

  @Override
  protected DesktopConfig configuration() {
    return DesktopConfig.defaults();
  }

  @Override
  protected ActionCall smokeTest() {
    return new ActionCall(
        "desktop.com.create",
        new dev.ferry.connector.desktop.internal.ComActions.Create("Scripting.Dictionary", "d"));
  }

  @Test
  void offersEveryActionOfTheIssue() {
    assertThat(connector().actions())
        .extracting(Action::name)
        .containsExactlyInAnyOrder(
            "desktop.com.create",
            "desktop.com.call",
            "desktop.com.get",
            "desktop.com.set",
            "desktop.excel.open",
            "desktop.excel.read-range",
            "desktop.excel.write-range",
            "desktop.excel.run-macro",
            "desktop.excel.save",
            "desktop.excel.close",
            "desktop.sap.attach",
            "desktop.sap.find-by-id",
            "desktop.sap.set-text",
            "desktop.sap.press",
            "desktop.sap.read-text",
            "desktop.sap.send-vkey",
            "desktop.window.activate",
            "desktop.window.wait",
            "desktop.window.control-set-text",
            "desktop.window.control-click",
            "desktop.type",
            "desktop.key",
            "desktop.click",
            "desktop.screenshot");
  }

  @Test
  @DisabledOnOs(OS.WINDOWS)
  void comActionsAreUnavailableOffWindowsBeforeTheyRun() {
    List<Action<?, ?>> com =
        connector().actions().stream()
            .filter(
                a ->
                    !List.of("desktop.type", "desktop.key", "desktop.click", "desktop.screenshot")
                        .contains(a.name()))
            .toList();
    assertThat(com).hasSize(20);
    assertThat(com)
        .allSatisfy(a -> assertThat(a.unavailableReason()).startsWith("Windows only: " + a.name()));
  }

  @Test
  @DisabledOnOs(OS.WINDOWS)
  void theDefaultBridgeRefusesToStartOffWindows() {
    assertThatThrownBy(
            () -> dev.ferry.connector.desktop.internal.ComBridges.create(DesktopConfig.defaults()))
        .isInstanceOf(DesktopException.class)
        .hasMessageStartingWith("Windows only: COM automation needs Windows");
  }

  @Test
  void configurationDefaultsAndRefusesNonsense() {
    DesktopConfig defaults = DesktopConfig.defaults();
    assertThat(defaults.comBridge()).isEqualTo(DesktopConfig.Bridge.JNA);
    assertThat(defaults.comCallTimeout()).isEqualTo(Duration.ofMinutes(2));
    assertThat(defaults.screenshots()).isTrue();
    assertThatThrownBy(() -> new DesktopConfig(null, null, Duration.ZERO, null, null))
        .hasMessageContaining("com-call-timeout must be positive");
    assertThatThrownBy(() -> new DesktopConfig(null, null, null, null, Duration.ofSeconds(5)))
        .hasMessageContaining("input-delay must be between 0 and 1s");
  }

  /** A bridge with one kind of object, enough for the contract's smoke test. */
  private static final class OneObjectBridge implements ComBridge {
    @Override
    public void enterApartment() {}

    @Override
    public ComObject create(String progId) {
      return () -> progId;
    }

    @Override
    public Variant invoke(ComObject target, String member, Call call, List<Variant> args) {
      return Variant.EMPTY;
    }

    @Override
    public void release(ComObject object) {}

    @Override
    public void leaveApartment() {}
  }
}
