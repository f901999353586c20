package dev.ferry.engine.audit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.engine.ledger.TransactionRecord;
import dev.ferry.engine.secrets.Redactor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

@ExtendWith(AuditLedgerExtension.class)
class XesExporterTest {
  private static final String HEAD = "4be1" + "7".repeat(60) + " (23 events)";
  private static AuditLedgerFixture fixture;
  private static Schema xes;

  @BeforeAll
  static void load(AuditLedgerFixture shared) throws SAXException {
    fixture = shared;
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    xes = factory.newSchema(XesExporterTest.class.getResource("/xes/xes-ieee-1849-2016.xsd"));
  }

  @Test
  void exportsTheWholeLogAsXesThatValidatesAgainstTheSchema() throws Exception {
    Redactor redactor = new Redactor();
    redactor.register(AuditLedgerFixture.SECRET);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    XesExporter.Written written = new XesExporter(fixture.ledger, HEAD, redactor).exportAll(out);

    validate(out.toByteArray());
    Document log = parse(out.toByteArray());
    List<Element> traces = children(log.getDocumentElement(), "trace");
    assertThat(traces).hasSize(3);
    assertThat(written.traces()).isEqualTo(3);
    assertThat(written.events()).isEqualTo(6 + 2 + 2);
    assertThat(traces.stream().mapToInt(t -> children(t, "event").size()).toArray())
        .containsExactly(6, 2, 2);
    assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8))
        .doesNotContain(AuditLedgerFixture.SECRET);
  }

  @Test
  void declaresTheExtensionsGlobalsClassifiersAndTheChainHeadItCovers() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new XesExporter(fixture.ledger, HEAD).exportAll(out);
    Element log = parse(out.toByteArray()).getDocumentElement();

    assertThat(log.getAttribute("xes.version")).isEqualTo("1.0");
    assertThat(children(log, "extension"))
        .extracting(e -> e.getAttribute("prefix"))
        .containsExactly("concept", "time", "lifecycle", "org");
    assertThat(children(log, "global"))
        .extracting(e -> e.getAttribute("scope"))
        .containsExactly("trace", "event");
    assertThat(children(log, "classifier"))
        .extracting(e -> e.getAttribute("keys"))
        .contains("concept:name", "concept:name lifecycle:transition");
    assertThat(value(log, "string", "auditChainHead")).isEqualTo(HEAD);
    assertThat(value(log, "string", "auditChainStatement"))
        .contains("covers audit chain head 4be1");
  }

  @Test
  void describesEachTransactionAsATraceAndEachStepAttemptAsAnEvent() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new XesExporter(fixture.ledger, HEAD).exportAll(out);
    Element first = children(parse(out.toByteArray()).getDocumentElement(), "trace").get(0);

    assertThat(value(first, "string", "concept:name")).isEqualTo(fixture.succeeded.value());
    assertThat(value(first, "string", "process")).isEqualTo("supplier-invoice-intake");
    assertThat(value(first, "int", "processVersion")).isEqualTo("1");
    assertThat(value(first, "string", "businessKey")).isEqualTo("INV-2024-00731");
    assertThat(value(first, "string", "status")).isEqualTo("SUCCEEDED");

    List<Element> events = children(first, "event");
    assertThat(events)
        .extracting(e -> value(e, "string", "concept:name"))
        .containsExactly(
            "read-invoice",
            "sign-on",
            "lines/fill-item",
            "lines/fill-item",
            "lines/fill-item",
            "confirm-on-portal");
    Element failed = events.get(2);
    assertThat(value(failed, "string", "lifecycle:transition")).isEqualTo("complete");
    assertThat(value(failed, "string", "org:resource")).isEqualTo("ledger");
    assertThat(value(failed, "string", "outcome")).isEqualTo("SYSTEM_FAILED");
    assertThat(value(failed, "int", "attempt")).isEqualTo("1");
    assertThat(value(failed, "string", "errorCode")).isEqualTo("KEYBOARD_LOCKED");
    assertThat(value(failed, "string", "stepPath")).isEqualTo("lines[0]/fill-item");
    assertThat(value(failed, "int", "durationMs")).isEqualTo("30000");
    assertThat(value(events.get(3), "int", "attempt")).isEqualTo("2");
    assertThat(value(events.get(0), "string", "org:resource")).isEqualTo("ferry");
    Instant timestamp = Instant.parse(value(events.get(0), "date", "time:timestamp"));
    assertThat(timestamp).isEqualTo(AuditLedgerFixture.T0.plusMillis(40 + 830));
  }

  @Test
  void marksAStepThatNeverFinishedAsStartedRatherThanComplete() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new XesExporter(fixture.ledger, HEAD).exportAll(out);
    Element running = children(parse(out.toByteArray()).getDocumentElement(), "trace").get(2);
    Element unfinished = children(running, "event").get(1);
    assertThat(value(running, "string", "status")).isEqualTo("RUNNING");
    assertThat(value(unfinished, "string", "lifecycle:transition")).isEqualTo("start");
    assertThat(value(unfinished, "string", "outcome")).isEqualTo("STARTED");
    assertThat(value(unfinished, "date", "time:timestamp")).isNotNull();
  }

  @Test
  void exportsOnlyTheTransactionsCreatedInADateRange() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Instant from = AuditLedgerFixture.T0.plus(Duration.ofMinutes(30));
    Instant to = AuditLedgerFixture.T0.plus(Duration.ofMinutes(90));
    XesExporter.Written written = new XesExporter(fixture.ledger, HEAD).exportRange(from, to, out);

    validate(out.toByteArray());
    Element log = parse(out.toByteArray()).getDocumentElement();
    assertThat(written).isEqualTo(new XesExporter.Written(1, 2));
    assertThat(children(log, "trace"))
        .extracting(t -> value(t, "string", "concept:name"))
        .containsExactly(fixture.rejected.value());
    assertThat(value(log, "date", "rangeFrom")).isEqualTo("2026-11-20T09:45:00.250+00:00");
    assertThatThrownBy(() -> new XesExporter(fixture.ledger, HEAD).exportRange(to, from, out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be after its start");
  }

  @Test
  void keepsTheXmlValidWhenATextHoldsControlCharactersAndStatesAMissingChainHead()
      throws Exception {
    TransactionRecord real = fixture.ledger.transaction(fixture.rejected).orElseThrow();
    TransactionRecord odd =
        new TransactionRecord(
            real.id(),
            real.definitionName(),
            real.definitionVersion(),
            real.definitionSha256(),
            "key\u0000with\u001bescape & <tags> \"quotes\" \uD800",
            real.status(),
            real.priority(),
            real.dueAt(),
            real.dryRun(),
            real.createdAt(),
            real.startedAt(),
            real.endedAt(),
            real.lastStepSeq(),
            real.currentStep(),
            real.inputsJson(),
            real.variablesJson(),
            real.errorKind(),
            real.errorCode(),
            real.errorMessage(),
            real.stopRequested());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new XesExporter(fixture.ledger, null).export(List.of(odd), out);

    validate(out.toByteArray());
    Element log = parse(out.toByteArray()).getDocumentElement();
    assertThat(value(children(log, "trace").get(0), "string", "businessKey"))
        .isEqualTo("key\uFFFDwith\uFFFDescape & <tags> \"quotes\" \uFFFD");
    assertThat(value(log, "string", "auditChainHead")).isEqualTo("none");
    assertThat(value(log, "string", "auditChainStatement")).contains("covers no audit chain head");
  }

  @Test
  void reportsAStreamThatFailsWithAClearMessage() {
    OutputStream broken =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("No space left on device");
          }
        };
    assertThatThrownBy(() -> new XesExporter(fixture.ledger, HEAD).exportAll(broken))
        .isInstanceOf(ReportException.class)
        .hasMessageContaining("cannot write the XES export")
        .hasMessageContaining("No space left on device");
  }

  private static void validate(byte[] xml) throws SAXException, IOException {
    try (InputStream in = new ByteArrayInputStream(xml)) {
      xes.newValidator().validate(new StreamSource(in));
    }
  }

  private static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE
          && nodes.item(i).getNodeName().equals(name)) {
        found.add((Element) nodes.item(i));
      }
    }
    return found;
  }

  /** The value of the attribute element with that type and key directly under the parent. */
  private static String value(Element parent, String type, String key) {
    return children(parent, type).stream()
        .filter(e -> e.getAttribute("key").equals(key))
        .map(e -> e.getAttribute("value"))
        .findFirst()
        .orElse(null);
  }
}
