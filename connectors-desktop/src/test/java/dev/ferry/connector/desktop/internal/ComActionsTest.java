package dev.ferry.connector.desktop.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.connector.desktop.ComBridge.Call;
import dev.ferry.connector.desktop.ComException;
import dev.ferry.connector.desktop.ProgIdNotFoundException;
import dev.ferry.connector.desktop.VarType;
import dev.ferry.connector.desktop.Variant;
import dev.ferry.connector.desktop.internal.ComActions.Create;
import dev.ferry.connector.desktop.internal.ComActions.Handle;
import dev.ferry.connector.desktop.internal.ComActions.Invoke;
import dev.ferry.connector.desktop.internal.ComActions.Result;
import dev.ferry.connector.desktop.internal.ComActions.SetProperty;
import dev.ferry.connector.desktop.internal.FakeComBridge.Recorded;
import dev.ferry.engine.spi.BusinessException;
import dev.ferry.engine.spi.Evidence;
import dev.ferry.engine.spi.SecretRef;
import dev.ferry.engine.testing.TestSecrets;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComActionsTest {
  @TempDir Path work;
  private final FakeComBridge bridge = new FakeComBridge();
  private final Map<String, Variant> entries = new HashMap<>();
  private Steps steps;

  @BeforeEach
  void startSession() {
    bridge.register("Scripting.Dictionary", this::dictionary);
    steps =
        new Steps(
            bridge,
            dev.ferry.connector.desktop.DesktopConfig.defaults(),
            work,
            new TestSecrets(Map.of("erp.password", "s3cret-value")));
  }

  @AfterEach
  void closeSession() {
    steps.close();
  }

  private FakeObject dictionary() {
    return new FakeObject("Scripting.Dictionary")
        .on(
            "Add",
            args -> {
              entries.put((String) args.get(0).value(), args.get(1));
              return Variant.EMPTY;
            })
        .on(
            Call.GET,
            "Item",
            args -> entries.getOrDefault((String) args.get(0).value(), Variant.EMPTY))
        .on(Call.GET, "Count", args -> Variant.i4(entries.size()))
        .property("CompareMode", Variant.i4(0))
        .on(
            "Fail",
            args -> {
              throw FakeExcel.excelError("The file could not be found.");
            })
        .on(Call.GET, "Self", args -> Variant.dispatch(dictionary()));
  }

  @Test
  void createsAnObjectByProgIdAndKeepsItUnderItsHandle() {
    Handle handle = steps.run("desktop.com.create", new Create("Scripting.Dictionary", "dict"));

    assertThat(handle).isEqualTo(new Handle("dict", "Scripting.Dictionary"));
    assertThat(steps.calls()).isEqualTo("create Scripting.Dictionary -> <Scripting.Dictionary>");
  }

  @Test
  void convertsEachArgumentToItsVariantType() {
    steps.run("desktop.com.create", new Create("Scripting.Dictionary", "dict"));
    add("amount", new BigDecimal("1234.50"));
    add("whole", new BigDecimal("42.00"));
    add("count", 3L);
    add("big", 5_000_000_000L);
    add("due", LocalDate.of(2026, 3, 31));
    add("paid", true);
    add("grid", List.of(List.of(1, "a"), List.of(2, "b")));
    add("nothing", null);

    List<Variant> values = bridge.callsOf("Add").stream().map(c -> c.args().get(1)).toList();
    assertThat(values)
        .containsExactly(
            Variant.r8(1234.5),
            Variant.i4(42),
            Variant.i4(3),
            Variant.i8(5_000_000_000L),
            Variant.date(LocalDateTime.of(2026, 3, 31, 0, 0)),
            Variant.bool(true),
            Variant.array(
                List.of(
                    List.of(Variant.i4(1), Variant.bstr("a")),
                    List.of(Variant.i4(2), Variant.bstr("b")))),
            Variant.EMPTY);
    assertThat(bridge.callsOf("Add").get(0).args().get(0)).isEqualTo(Variant.bstr("amount"));
  }

  @Test
  void readsValuesBackAsDefinitionValuesWithTheirVariantType() {
    steps.run("desktop.com.create", new Create("Scripting.Dictionary", "dict"));
    add("amount", new BigDecimal("1234.50"));
    add("due", LocalDate.of(2026, 3, 31));

    Result amount =
        steps.run("desktop.com.get", new Invoke("dict", "Item", List.of("amount"), null));
    Result due = steps.run("desktop.com.get", new Invoke("dict", "Item", List.of("due"), null));
    Result count = steps.run("desktop.com.get", new Invoke("dict", "Count", null, null));

    assertThat(amount).isEqualTo(new Result(new BigDecimal("1234.5"), "R8", null));
    assertThat(due).isEqualTo(new Result(LocalDate.of(2026, 3, 31), "DATE", null));
    assertThat(count).isEqualTo(new Result(2, "I4", null));
    assertThat(steps.calls()).isEqualTo("Scripting.Dictionary.Count -> 2:I4");
  }

  @Test
  void setsAPropertyWithAPropertyPut() {
    steps.run("desktop.com.create", new Create("Scripting.Dictionary", "dict"));

    steps.run("desktop.com.set", new SetProperty("dict", "CompareMode", 1, null));

    Recorded put = bridge.callsOf("CompareMode").get(0);
    assertThat(put.call()).isEqualTo(Call.PUT);
    assertThat(put.args()).containsExactly(Variant.i4(1));
    assertThat(steps.calls()).isEqualTo("Scripting.Dictionary.CompareMode = 1:I4");
    Result read = steps.run("desktop.com.get", new Invoke("dict", "CompareMode", null, null));
    assertThat(read.value()).isEqualTo(1);
  }

  @Test
  void keepsAReturnedObjectUnderANewHandleAndCallsItLater() {
    steps.run("desktop.com.create", new Create("Scripting.Dictionary", "dict"));

    Result self = steps.run("desktop.com.get", new Invoke("dict", "Self", null, "copy"));
    steps.run("desktop.com.call", new Invoke("copy", "Add", List.of("k", "v"), null));

    assertThat(self).isEqualTo(new Result(null, "DISPATCH", "copy"));
    assertThat(entries).containsEntry("k", Variant.bstr("v"));
  }

  @Test
  void walksADottedPathAndReleasesTheObjectsOnTheWay() {
    FakeExcel excel = new FakeExcel("Sheet1");
    bridge.register("Excel.Application", excel::application);
    steps.run("desktop.com.create", new Create("Excel.Application", "xl"));

    Result book =
        steps.run(
            "desktop.com.call", new Invoke("xl", "Workbooks.Open", List.of("C:\\in.xlsx"), "wb"));

    assertThat(book.handle()).isEqualTo("wb");
    assertThat(excel.events).containsExactly("open C:\\in.xlsx");
    assertThat(bridge.released).anyMatch(r -> r.startsWith("Excel.Application.Workbooks@"));
    assertThat(steps.calls())
        .isEqualTo(
            "Excel.Application.Workbooks -> <Excel.Application.Workbooks>\n"
                + "Excel.Application.Workbooks.Open(\"C:\\\\in.xlsx\") -> <Workbook in.xlsx>");
  }

  @Test
  void aComErrorCarriesItsHresultDescriptionAndTheCallThatFailed() {
    steps.run("desktop.com.create", new Create("Scripting.Dictionary", "dict"));

    assertThatThrownBy(
            () ->
                steps.run("desktop.com.call", new Invoke("dict", "Fail", List.of("x.xlsx"), null)))
        .isInstanceOfSatisfying(
            ComException.class,
            e -> {
              assertThat(e.hresult()).isEqualTo(0x800A03EC);
              assertThat(e.hresultHex()).isEqualTo("0x800A03EC");
              assertThat(e.source()).isEqualTo("Microsoft Excel");
              assertThat(e.description()).isEqualTo("The file could not be found.");
              assertThat(e.getMessage())
                  .startsWith("Scripting.Dictionary.Fail(\"x.xlsx\") failed: HRESULT 0x800A03EC")
                  .contains("The file could not be found.");
              assertThat(e.evidence())
                  .extracting(Evidence::kind, Evidence::contentAsText)
                  .containsExactly(
                      org.assertj.core.groups.Tuple.tuple(
                          Evidence.Kind.CALLS,
                          "Scripting.Dictionary.Fail(\"x.xlsx\") -> FAILED 0x800A03EC"));
            });
  }

  @Test
  void anUnknownMemberIsAComErrorNamingTheMember() {
    steps.run("desktop.com.create", new Create("Scripting.Dictionary", "dict"));

    assertThatThrownBy(() -> steps.run("desktop.com.call", new Invoke("dict", "Nope", null, null)))
        .isInstanceOf(ComException.class)
        .hasMessageContaining("Scripting.Dictionary.Nope() failed")
        .hasMessageContaining("0x80020006");
  }

  @Test
  void aMissingProgIdSaysWhatToInstall() {
    assertThatThrownBy(() -> steps.run("desktop.com.create", new Create("Nobody.Home", null)))
        .isInstanceOfSatisfying(
            ProgIdNotFoundException.class,
            e -> {
              assertThat(e.progId()).isEqualTo("Nobody.Home");
              assertThat(e.hresultHex()).isEqualTo("0x800401F3");
              assertThat(e.getMessage()).contains("'Nobody.Home'").contains("Install the program");
            });
  }

  @Test
  void anUnknownHandleIsABusinessFailureListingTheKnownOnes() {
    steps.run("desktop.com.create", new Create("Scripting.Dictionary", "dict"));

    assertThatThrownBy(() -> steps.run("desktop.com.get", new Invoke("xl", "Count", null, null)))
        .isInstanceOfSatisfying(
            BusinessException.class,
            e -> {
              assertThat(e.code()).isEqualTo("UNKNOWN_COM_OBJECT");
              assertThat(e.getMessage()).contains("'xl'").contains("(it holds: dict)");
            });
  }

  @Test
  void aSecretReachesTheProgramButNeverTheEvidence() {
    steps.run("desktop.com.create", new Create("Scripting.Dictionary", "dict"));

    steps.run(
        "desktop.com.call",
        new Invoke("dict", "Add", List.of("password", new SecretRef("erp.password")), null));

    assertThat(entries).containsEntry("password", Variant.bstr("s3cret-value"));
    assertThat(steps.calls())
        .isEqualTo("Scripting.Dictionary.Add(\"password\", ******) -> EMPTY")
        .doesNotContain("s3cret");
  }

  @Test
  void aNumberTooPreciseForADoubleIsRefusedBeforeAnyCall() {
    steps.run("desktop.com.create", new Create("Scripting.Dictionary", "dict"));

    assertThatThrownBy(() -> add("x", new BigDecimal("12345678901234567.89")))
        .isInstanceOfSatisfying(
            BusinessException.class, e -> assertThat(e.code()).isEqualTo("BAD_COM_ARGUMENT"));
    assertThat(bridge.callsOf("Add")).isEmpty();
  }

  @Test
  void inputsRejectBadProgIdsAndMembers() {
    assertThatThrownBy(() -> new Create("Excel Application", null))
        .hasMessageContaining("prog-id is a name such as Excel.Application");
    assertThatThrownBy(() -> new Invoke("dict", "Open(1)", null, null))
        .hasMessageContaining("member is a method or property name");
    assertThat(new Create("Excel.Application", null).as()).isEqualTo("Excel.Application");
  }

  @Test
  void arrayResultsComeBackAsRows() {
    steps.run("desktop.com.create", new Create("Scripting.Dictionary", "dict"));
    add("grid", List.of(List.of(1, "a"), List.of(2.5, true)));

    Result grid = steps.run("desktop.com.get", new Invoke("dict", "Item", List.of("grid"), null));

    assertThat(grid.type()).isEqualTo(VarType.ARRAY.name());
    assertThat(grid.value())
        .isEqualTo(List.of(List.of(1, "a"), List.of(new BigDecimal("2.5"), true)));
  }

  private void add(String key, Object value) {
    List<Object> args = new java.util.ArrayList<>();
    args.add(key);
    args.add(value);
    steps.run("desktop.com.call", new Invoke("dict", "Add", args, null));
  }
}
