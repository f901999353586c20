package dev.ferry.bench.engines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BpmnProcessTest {

  @Test
  void chainsEveryServiceTaskFromStartToEnd() {
    String xml = BpmnProcess.xml(3, "urn:x", FlowableSubject.Increment.class, "");

    assertThat(xml)
        .contains("sourceRef=\"start\" targetRef=\"step1\"")
        .contains("sourceRef=\"step1\" targetRef=\"step2\"")
        .contains("sourceRef=\"step2\" targetRef=\"step3\"")
        .contains("sourceRef=\"step3\" targetRef=\"end\"")
        .contains("x:class=\"" + FlowableSubject.Increment.class.getName() + "\"");
    assertThat(xml.split("<serviceTask", -1)).hasSize(4);
  }

  @Test
  void refusesAProcessWithoutSteps() {
    assertThatThrownBy(() -> BpmnProcess.xml(0, "urn:x", Object.class, ""))
        .hasMessageContaining("at least one step");
  }
}
