package dev.ferry.connector.desktop.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.connector.desktop.ComBridge.Call;
import dev.ferry.connector.desktop.ComException;
import dev.ferry.connector.desktop.DesktopConfig;
import dev.ferry.connector.desktop.Variant;
import dev.ferry.connector.desktop.WindowNotFoundException;
import dev.ferry.connector.desktop.internal.SapActions.Attach;
import dev.ferry.connector.desktop.internal.SapActions.Attached;
import dev.ferry.connector.desktop.internal.SapActions.Control;
import dev.ferry.connector.desktop.internal.SapActions.Find;
import dev.ferry.connector.desktop.internal.SapActions.Found;
import dev.ferry.connector.desktop.internal.SapActions.SendVKey;
import dev.ferry.connector.desktop.internal.SapActions.SetText;
import dev.ferry.connector.desktop.internal.SapActions.Status;
import dev.ferry.connector.desktop.internal.SapActions.Text;
import dev.ferry.engine.spi.SecretRef;
import dev.ferry.engine.testing.TestSecrets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SapActionsTest {
  @TempDir Path work;
  private final Map<String, FakeObject> controls = new LinkedHashMap<>();
  private final List<String> pressed = new ArrayList<>();
  private Steps steps;

  @AfterEach
  void closeSession() {
    if (steps != null) {
      steps.close();
    }
  }

  /** SAP GUI with one connection and one session showing the VA01 initial screen. */
  private Steps sapRunning(boolean scripting) {
    FakeObject session = new FakeObject("GuiSession");
    session.on(
        Call.GET,
        "Info",
        args ->
            Variant.dispatch(
                new FakeObject("GuiSessionInfo")
                    .on("SystemName", a -> Variant.bstr("PRD"))
                    .on("Client", a -> Variant.bstr("100"))
                    .on("User", a -> Variant.bstr("RPA_BOT"))
                    .on("Transaction", a -> Variant.bstr("VA01"))));
    control("wnd[0]/usr/ctxtVBAK-AUART", "GuiCTextField", "VBAK-AUART");
    control("wnd[0]/usr/pwdRSYST-BCODE", "GuiPasswordField", "RSYST-BCODE");
    control("wnd[0]/tbar[1]/btn[8]", "GuiButton", "btn[8]");
    control("wnd[0]/sbar", "GuiStatusbar", "sbar")
        .property("Text", Variant.bstr("Order 4711 saved"))
        .property("MessageType", Variant.bstr("S"));
    control("wnd[0]", "GuiMainWindow", "wnd[0]")
        .on("SendVKey", args -> event("vkey " + args.get(0).value()));
    session.on(
        "FindById",
        args -> {
          FakeObject control = controls.get((String) args.get(0).value());
          if (control == null) {
            throw new ComException(
                "HRESULT 0x80004005 from SAP Frontend Server: The control could not be found by id.",
                0x80004005,
                "SAP Frontend Server",
                "The control could not be found by id.",
                null);
          }
          return Variant.dispatch(control);
        });
    FakeObject engine =
        new FakeObject("GuiApplication")
            .on(
                Call.GET,
                "Children",
                args ->
                    collection(
                        new FakeObject("GuiConnection")
                            .on(Call.GET, "Children", a -> collection(session))));
    FakeObject entry =
        new FakeObject("SAPGUI")
            .on("GetScriptingEngine", args -> scripting ? Variant.dispatch(engine) : Variant.NULL);
    FakeComBridge bridge =
        new FakeComBridge()
            .register(
                "SapROTWr.SapROTWrapper",
                () ->
                    new FakeObject("SapROTWr.SapROTWrapper")
                        .on("GetROTEntry", args -> Variant.dispatch(entry)));
    this.bridge = bridge;
    steps =
        new Steps(
            bridge,
            DesktopConfig.defaults(),
            work,
            new TestSecrets(Map.of("sap.password", "Init1234!")));
    return steps;
  }

  private FakeComBridge bridge;

  private Variant collection(FakeObject only) {
    return Variant.dispatch(
        new FakeObject("GuiComponentCollection")
            .on(Call.GET, "Count", a -> Variant.i4(1))
            .on("ElementAt", a -> Variant.dispatch(only)));
  }

  private FakeObject control(String id, String type, String name) {
    FakeObject control =
        new FakeObject(type + " " + id)
            .property("Text", Variant.bstr(""))
            .on(Call.GET, "Type", a -> Variant.bstr(type))
            .on(Call.GET, "Name", a -> Variant.bstr(name))
            .on("Press", a -> event("press " + id));
    controls.put(id, control);
    return control;
  }

  private Variant event(String event) {
    pressed.add(event);
    return Variant.EMPTY;
  }

  @Test
  void attachesToTheRunningSessionAndReportsWhereItIs() {
    sapRunning(true);

    Attached attached = steps.run("desktop.sap.attach", new Attach(null, null, null));

    assertThat(attached).isEqualTo(new Attached("sap", "PRD", "100", "RPA_BOT", "VA01"));
    assertThat(bridge.callsOf("GetROTEntry").get(0).args()).containsExactly(Variant.bstr("SAPGUI"));
    assertThat(bridge.callsOf("ElementAt"))
        .extracting(c -> c.args().get(0))
        .containsOnly(Variant.i4(0));
  }

  @Test
  void entersTextPressesAButtonAndReadsTheStatusBarAfterAKey() {
    sapRunning(true);
    steps.run("desktop.sap.attach", new Attach(0, 0, "sap"));

    steps.run("desktop.sap.set-text", new SetText(null, "wnd[0]/usr/ctxtVBAK-AUART", "OR", null));
    steps.run("desktop.sap.press", new Control(null, "wnd[0]/tbar[1]/btn[8]"));
    Status status = steps.run("desktop.sap.send-vkey", new SendVKey(null, 11, null));
    Text text = steps.run("desktop.sap.read-text", new Control(null, "wnd[0]/usr/ctxtVBAK-AUART"));

    assertThat(text.text()).isEqualTo("OR");
    assertThat(pressed).containsExactly("press wnd[0]/tbar[1]/btn[8]", "vkey 11");
    assertThat(status).isEqualTo(new Status("Order 4711 saved", "S"));
  }

  @Test
  void aPasswordGoesInAsASecretAndIsMaskedInTheEvidence() {
    sapRunning(true);
    steps.run("desktop.sap.attach", new Attach(null, null, null));

    steps.run(
        "desktop.sap.set-text",
        new SetText(null, "wnd[0]/usr/pwdRSYST-BCODE", null, new SecretRef("sap.password")));

    assertThat(bridge.callsOf("Text").get(0).args()).containsExactly(Variant.bstr("Init1234!"));
    assertThat(steps.calls()).contains(".Text = ******").doesNotContain("Init1234");
  }

  @Test
  void findsAControlAndKeepsItForComSteps() {
    sapRunning(true);
    steps.run("desktop.sap.attach", new Attach(null, null, null));

    Found found =
        steps.run("desktop.sap.find-by-id", new Find(null, "wnd[0]/usr/ctxtVBAK-AUART", "auart"));
    steps.run("desktop.com.set", new ComActions.SetProperty("auart", "Text", "ZOR", null));

    assertThat(found).isEqualTo(new Found("auart", "GuiCTextField", "VBAK-AUART"));
    assertThat(bridge.callsOf("Text").get(0).args()).containsExactly(Variant.bstr("ZOR"));
  }

  @Test
  void anUnknownControlIdIsAComErrorNamingTheId() {
    sapRunning(true);
    steps.run("desktop.sap.attach", new Attach(null, null, null));

    assertThatThrownBy(
            () -> steps.run("desktop.sap.press", new Control(null, "wnd[0]/usr/btnNOPE")))
        .isInstanceOf(ComException.class)
        .hasMessageContaining("GuiSession.FindById(\"wnd[0]/usr/btnNOPE\") failed")
        .hasMessageContaining("The control could not be found by id.");
  }

  @Test
  void disabledScriptingSaysHowToEnableIt() {
    sapRunning(false);

    assertThatThrownBy(() -> steps.run("desktop.sap.attach", new Attach(null, null, null)))
        .isInstanceOf(WindowNotFoundException.class)
        .hasMessageContaining("SAP GUI scripting is disabled")
        .hasMessageContaining("sapgui/user_scripting");
  }

  @Test
  void aSessionIndexThatDoesNotExistIsNamed() {
    sapRunning(true);

    assertThatThrownBy(() -> steps.run("desktop.sap.attach", new Attach(0, 3, null)))
        .isInstanceOf(WindowNotFoundException.class)
        .hasMessageContaining("SAP GUI has 1 session(s) open here, so session 3");
  }

  @Test
  void setTextWantsTextOrASecret() {
    assertThatThrownBy(() -> new SetText(null, "wnd[0]/usr/x", null, null))
        .hasMessageContaining("give either text or secret");
  }
}
