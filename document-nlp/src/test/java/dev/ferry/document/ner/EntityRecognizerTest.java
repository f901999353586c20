package dev.ferry.document.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EntityRecognizerTest {
  @Test
  void findsOrganisationsDatesAndMoneyWithTheirPlaceInTheText() {
    String text =
        "On March 3, 2021 Northwind Traders Ltd agreed to pay Contoso Retail Inc. $4,500.00.";

    var entities = EntityRecognizer.shared(NerMode.LITE).entities(text);

    assertThat(entities)
        .extracting(EntityRecognizer.Entity::type, EntityRecognizer.Entity::text)
        .contains(
            org.assertj.core.groups.Tuple.tuple("DATE", "March 3, 2021"),
            org.assertj.core.groups.Tuple.tuple("ORGANIZATION", "Northwind Traders Ltd"),
            org.assertj.core.groups.Tuple.tuple("ORGANIZATION", "Contoso Retail Inc."),
            org.assertj.core.groups.Tuple.tuple("MONEY", "$4,500.00"));
    for (EntityRecognizer.Entity e : entities) {
      assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text());
    }
  }

  @Test
  void loadsEachModeOnceAndRefusesOff() {
    assertThat(EntityRecognizer.shared(NerMode.LITE))
        .isSameAs(EntityRecognizer.shared(NerMode.LITE));
    assertThatThrownBy(() -> EntityRecognizer.shared(NerMode.OFF))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NerMode.parse("medium")).hasMessageContaining("off, lite or full");
  }
}
