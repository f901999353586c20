package dev.ferry.connector.desktop.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ferry.connector.desktop.ComException;
import dev.ferry.connector.desktop.DesktopConfig;
import dev.ferry.connector.desktop.Variant;
import dev.ferry.connector.desktop.internal.ScreenActions.Captured;
import dev.ferry.connector.desktop.internal.ScreenActions.Click;
import dev.ferry.connector.desktop.internal.ScreenActions.Key;
import dev.ferry.connector.desktop.internal.ScreenActions.Screenshot;
import dev.ferry.connector.desktop.internal.ScreenActions.Type;
import dev.ferry.engine.spi.BusinessException;
import dev.ferry.engine.spi.Evidence;
import dev.ferry.engine.spi.SecretRef;
import dev.ferry.engine.testing.TestSecrets;
import java.awt.Color;
import java.awt.Point;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The screen actions for real: Xvfb, a Swing "legacy client" window, and java.awt.Robot typing and
 * clicking into it through the desktop actions.
 */
class LegacyClientIT {
  private static Xvfb xvfb;
  private static LegacyClient client;

  @TempDir Path work;
  private Steps steps;

  @BeforeAll
  static void startDisplayAndClient() throws Exception {
    Optional<Path> binary = Xvfb.binary();
    assumeTrue(binary.isPresent(), "Xvfb is not installed (Debian package xvfb); skipping");
    String display = System.getenv("DISPLAY");
    assumeTrue(
        display != null && !display.isBlank(),
        "DISPLAY is not set for this JVM; run through failsafe, which sets it");
    xvfb = Xvfb.start(binary.get(), display);
    client = LegacyClient.show();
  }

  @AfterAll
  static void stopClientAndDisplay() throws Exception {
    if (client != null) {
      client.close();
    }
    // Xvfb stops by itself once this JVM has exited; see Xvfb.
    if (xvfb != null) {
      assertThat(xvfb.isRunning()).isTrue();
    }
  }

  @BeforeEach
  void openSession() throws Exception {
    DesktopConfig config = new DesktopConfig(null, null, null, true, Duration.ofMillis(5));
    steps =
        new Steps(
            new FakeComBridge()
                .register(
                    "Scripting.Dictionary",
                    () ->
                        new FakeObject("Scripting.Dictionary")
                            .on("Add", args -> Variant.EMPTY)
                            .on(
                                "Fail",
                                args -> {
                                  throw FakeExcel.excelError("The file could not be found.");
                                })),
            config,
            work,
            new TestSecrets(Map.of("legacy.password", "Pa55:word")));
    client.reset();
  }

  @AfterEach
  void closeSession() {
    steps.close();
  }

  @Test
  void screenActionsAreAvailableWithADisplay() {
    assertThat(steps.session.config().screenshots()).isTrue();
    assertThat(
            DesktopActions.all().stream()
                .filter(a -> a.name().equals("desktop.type"))
                .findFirst()
                .orElseThrow()
                .unavailableReason())
        .isNull();
  }

  @Test
  void typesIntoTheClientClicksItsButtonAndSeesTheResult() throws Exception {
    click(client.fieldCenter());
    steps.run("desktop.type", new Type("ACME-42 Invoice #7", null));
    assertThat(client.fieldText()).isEqualTo("ACME-42 Invoice #7");

    steps.run("desktop.key", new Key("ctrl+a", null));
    steps.run("desktop.type", new Type("Globex: 100% (paid)", null));
    assertThat(client.fieldText()).isEqualTo("Globex: 100% (paid)");

    click(client.buttonCenter());
    assertThat(client.statusText()).isEqualTo("Posted Globex: 100% (paid)");
    assertThat(client.posts()).isEqualTo(1);
    assertThat(steps.evidence())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.kind()).isEqualTo(Evidence.Kind.SCREENSHOT);
              assertThat(e.label()).isEqualTo("after");
              assertThat(image(e).getWidth()).isEqualTo(1024);
            });
  }

  @Test
  void aKeyPressedSeveralTimesEditsTheField() throws Exception {
    click(client.fieldCenter());
    steps.run("desktop.type", new Type("12345", null));

    steps.run("desktop.key", new Key("backspace", 2));

    assertThat(client.fieldText()).isEqualTo("123");
  }

  @Test
  void typesASecretWithoutItAppearingInTheEvidence() throws Exception {
    click(client.fieldCenter());

    steps.run("desktop.type", new Type(null, new SecretRef("legacy.password")));

    assertThat(client.fieldText()).isEqualTo("Pa55:word");
    assertThat(steps.evidence()).noneMatch(e -> e.contentAsText().contains("Pa55"));
  }

  @Test
  void aScreenshotShowsTheClientWindow() throws Exception {
    Captured captured = steps.run("desktop.screenshot", new Screenshot("legacy client"));

    assertThat(captured).isEqualTo(new Captured(1024, 768));
    Evidence shot = steps.evidence().get(0);
    assertThat(steps.evidence()).hasSize(1);
    assertThat(shot.label()).isEqualTo("legacy client");
    assertThat(shot.mediaType()).isEqualTo("image/png");
    BufferedImage image = image(shot);
    Point banner = client.bannerCenter();
    assertThat(new Color(image.getRGB(banner.x, banner.y))).isEqualTo(LegacyClient.BANNER);
    assertThat(new Color(image.getRGB(1000, 740))).isNotEqualTo(LegacyClient.BANNER);
  }

  @Test
  void untypableTextIsRefusedBeforeAnyKeyIsPressed() throws Exception {
    click(client.fieldCenter());

    assertThatThrownBy(() -> steps.run("desktop.type", new Type("Zoë", null)))
        .isInstanceOfSatisfying(
            BusinessException.class, e -> assertThat(e.code()).isEqualTo("UNTYPABLE_TEXT"));
    assertThat(client.fieldText()).isEmpty();
  }

  @Test
  void aClickOffTheScreenIsRefused() {
    assertThatThrownBy(() -> steps.run("desktop.click", new Click(2000, 10, null, null)))
        .isInstanceOfSatisfying(
            BusinessException.class,
            e -> {
              assertThat(e.code()).isEqualTo("OFF_SCREEN");
              assertThat(e.getMessage()).contains("x 0..1023 and y 0..767");
            });
  }

  @Test
  void aComStepOnADesktopRecordsItsCallsAndThenTheScreen() throws Exception {
    steps.run("desktop.com.create", new ComActions.Create("Scripting.Dictionary", "dict"));
    steps.run(
        "desktop.com.call",
        new ComActions.Invoke(
            "dict", "Add", List.of("password", new SecretRef("legacy.password")), null));

    assertThat(steps.evidence())
        .extracting(Evidence::kind)
        .containsExactly(Evidence.Kind.CALLS, Evidence.Kind.SCREENSHOT);
    assertThat(steps.evidence().get(0).contentAsText())
        .isEqualTo("Scripting.Dictionary.Add(\"password\", ******) -> EMPTY");
    assertThat(image(steps.evidence().get(1)).getHeight()).isEqualTo(768);
  }

  @Test
  void aFailedComStepCarriesItsCallsAndTheScreenAtFailure() {
    steps.run("desktop.com.create", new ComActions.Create("Scripting.Dictionary", "dict"));

    assertThatThrownBy(
            () -> steps.run("desktop.com.call", new ComActions.Invoke("dict", "Fail", null, null)))
        .isInstanceOfSatisfying(
            ComException.class,
            e ->
                assertThat(e.evidence())
                    .extracting(Evidence::kind, Evidence::label)
                    .containsExactly(
                        tuple(Evidence.Kind.CALLS, "COM calls before the failure"),
                        tuple(Evidence.Kind.SCREENSHOT, "at failure")));
  }

  private void click(Point point) {
    steps.run("desktop.click", new Click(point.x, point.y, null, null));
  }

  private static BufferedImage image(Evidence evidence) throws Exception {
    return ImageIO.read(new ByteArrayInputStream(evidence.content()));
  }
}
