package dev.ferry.connector.desktop.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.connector.desktop.DesktopConfig;
import dev.ferry.connector.desktop.DesktopConfig.Bridge;
import dev.ferry.connector.desktop.DesktopException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComBridgesTest {
  @TempDir Path dir;

  @Test
  void jacobWithoutADllSaysWhereToGetItAndHowToSetIt() {
    String before = System.clearProperty(ComBridges.JACOB_DLL_PROPERTY);
    try {
      assertThatThrownBy(
              () -> ComBridges.jacobDll(new DesktopConfig(Bridge.JACOB, null, null, null, null)))
          .isInstanceOf(DesktopException.class)
          .hasMessageContaining("no JACOB DLL is configured")
          .hasMessageContaining("jacob-1.14.3-x64.dll")
          .hasMessageContaining("-Ddesktop.jacob.dll=")
          .hasMessageContaining("com-bridge: jna");
    } finally {
      if (before != null) {
        System.setProperty(ComBridges.JACOB_DLL_PROPERTY, before);
      }
    }
  }

  @Test
  void jacobWithADllPathThatIsNotThereNamesThePath() {
    Path missing = dir.resolve("jacob-1.14.3-x64.dll");
    assertThatThrownBy(
            () ->
                ComBridges.jacobDll(
                    new DesktopConfig(Bridge.JACOB, missing.toString(), null, null, null)))
        .hasMessageContaining("the JACOB DLL " + missing + " does not exist");
  }

  @Test
  void jacobFindsItsDllThroughTheSettingOrTheSystemProperty() throws IOException {
    Path dll = Files.writeString(dir.resolve("jacob-1.14.3-x64.dll"), "stands in for the DLL");
    assertThat(
            ComBridges.jacobDll(new DesktopConfig(Bridge.JACOB, dll.toString(), null, null, null)))
        .isEqualTo(dll.toAbsolutePath());
    System.setProperty(ComBridges.JACOB_DLL_PROPERTY, dll.toString());
    try {
      assertThat(ComBridges.jacobDll(new DesktopConfig(Bridge.JACOB, null, null, null, null)))
          .isEqualTo(dll.toAbsolutePath());
    } finally {
      System.clearProperty(ComBridges.JACOB_DLL_PROPERTY);
    }
  }
}
