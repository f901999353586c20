package dev.ferry.connector.desktop.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.connector.desktop.Variant;
import dev.ferry.engine.spi.BusinessException;
import dev.ferry.engine.testing.TestSecrets;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VariantMappingTest {
  private final FakeObject sheet = new FakeObject("Worksheet Invoices");
  private final VariantMapping mapping =
      new VariantMapping(
          TestSecrets.none(),
          name -> {
            if (!name.equals("sheet")) {
              throw new BusinessException("UNKNOWN_COM_OBJECT", name);
            }
            return sheet;
          });

  @Test
  void doublesComeBackAsTheShortestDecimalThatPrintsTheSame() {
    assertThat(VariantMapping.toJava(Variant.r8(0.1))).isEqualTo(new BigDecimal("0.1"));
    assertThat(VariantMapping.toJava(Variant.r8(1250.40))).isEqualTo(new BigDecimal("1250.4"));
    assertThat(VariantMapping.toJava(Variant.r8(3.0))).isEqualTo(new BigDecimal("3"));
    assertThat(VariantMapping.toJava(Variant.r8(1e6))).isEqualTo(new BigDecimal("1000000"));
    assertThat(VariantMapping.toJava(Variant.cy(new BigDecimal("12.3400"))))
        .isEqualTo(new BigDecimal("12.34"));
  }

  @Test
  void datesWithoutATimeBecomeDatesAndOthersIsoText() {
    assertThat(VariantMapping.toJava(Variant.date(LocalDateTime.of(2026, 3, 31, 0, 0))))
        .isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(VariantMapping.toJava(Variant.date(LocalDateTime.of(2026, 3, 31, 14, 5))))
        .isEqualTo("2026-03-31T14:05");
  }

  @Test
  void excelCellErrorsReadAsExcelShowsThem() {
    assertThat(VariantMapping.toJava(Variant.error(0x800A07FA))).isEqualTo("#N/A");
    assertThat(VariantMapping.toJava(Variant.error(0x800A07D7))).isEqualTo("#DIV/0!");
    assertThat(VariantMapping.toJava(Variant.error(0x80020004))).isEqualTo("#ERROR 0x80020004");
  }

  @Test
  void anObjectArgumentIsNamedByItsHandle() {
    assertThat(mapping.toVariant(Map.of("object", "sheet"))).isEqualTo(Variant.dispatch(sheet));
    assertThatThrownBy(() -> mapping.toVariant(Map.of("object", "other")))
        .isInstanceOf(BusinessException.class);
  }

  @Test
  void instantsBecomeTheDesktopsLocalTime() {
    Instant instant = Instant.parse("2026-03-31T10:15:30Z");
    assertThat(mapping.toVariant(instant))
        .isEqualTo(Variant.date(LocalDateTime.ofInstant(instant, ZoneId.systemDefault())));
  }

  @Test
  void aFlatListIsOneRow() {
    assertThat(mapping.toVariant(Arrays.asList("a", null, 2)))
        .isEqualTo(
            Variant.array(List.of(List.of(Variant.bstr("a"), Variant.EMPTY, Variant.i4(2)))));
  }

  @Test
  void valuesComCannotTakeAreRefusedWithAHint() {
    assertThatThrownBy(() -> mapping.toVariant(Map.of("a", 1, "b", 2)))
        .isInstanceOfSatisfying(
            BusinessException.class,
            e -> {
              assertThat(e.code()).isEqualTo("BAD_COM_ARGUMENT");
              assertThat(e.getMessage()).contains("{object: <handle>}");
            });
  }

  @Test
  void evidenceShowsValuesWithTheirTypesAndCutsLongText() {
    assertThat(VariantMapping.render(Variant.i4(7))).isEqualTo("7:I4");
    assertThat(VariantMapping.render(Variant.bstr("say \"hi\"\n")))
        .isEqualTo("\"say \\\"hi\\\"\\n\"");
    assertThat(VariantMapping.render(Variant.bstr("x".repeat(200)))).hasSize(85);
    assertThat(VariantMapping.render(Variant.dispatch(sheet))).isEqualTo("<Worksheet Invoices>");
    assertThat(VariantMapping.render(Variant.array(List.of(List.of(Variant.EMPTY, Variant.EMPTY)))))
        .isEqualTo("ARRAY[1x2]");
  }

  @Test
  void aVariantRefusesAValueOfTheWrongJavaType() {
    assertThatThrownBy(() -> new Variant(dev.ferry.connector.desktop.VarType.I4, "7"))
        .hasMessage("I4 needs a Integer, got String");
    assertThatThrownBy(() -> new Variant(dev.ferry.connector.desktop.VarType.EMPTY, 1))
        .hasMessageContaining("EMPTY carries no value");
  }
}
