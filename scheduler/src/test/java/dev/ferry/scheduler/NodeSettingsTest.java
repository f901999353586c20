package dev.ferry.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.engine.ledger.LedgerConfig;
import dev.ferry.engine.spi.Secret;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class NodeSettingsTest {
  @Test
  void defaultsAreTheDocumentedOnes() {
    NodeSettings s = NodeSettings.builder().build();
    assertThat(s.workers()).isEqualTo(4);
    assertThat(s.queueCapacity()).isEqualTo(100);
    assertThat(s.httpPort()).isEqualTo(8080);
    assertThat(s.mailboxUnreachableAfter()).isEqualTo(Duration.ofMinutes(5));
    assertThat(s.processedMailFolder()).isEqualTo("Processed");
  }

  @Test
  void rejectsSettingsThatCannotWork() {
    assertThatThrownBy(() -> NodeSettings.builder().workers(0))
        .hasMessageContaining("at least one worker");
    assertThatThrownBy(() -> NodeSettings.builder().httpPort(70000)).hasMessageContaining("70000");
    assertThatThrownBy(() -> NodeSettings.builder().pollInterval(Duration.ZERO))
        .hasMessageContaining("pollInterval");
    assertThatThrownBy(() -> NodeSettings.builder().processedMailFolder(" "))
        .hasMessageContaining("needs a name");
  }

  @Test
  void aMailAccountNeverShowsItsPassword() {
    MailAccount account =
        new MailAccount("mail.example.com", 993, true, "ap", new Secret("pw-123"));
    assertThat(account.describe()).isEqualTo("imaps://ap@mail.example.com:993");
    assertThat(account.toString()).doesNotContain("pw-123");
    assertThatThrownBy(() -> new MailAccount("h", 0, true, "ap", new Secret("x")))
        .hasMessageContaining("between 1 and 65535");
  }

  @Test
  void aClusterNeedsPostgresAndAUsableNodeId() {
    var postgres = new LedgerConfig("jdbc:postgresql://db/ferry", "ferry", null, 8);
    assertThat(NodeSettings.builder().build().clusterDatabase()).isEmpty();
    assertThat(NodeSettings.builder().cluster(postgres, "robot-1").build().nodeId())
        .isEqualTo("robot-1");
    assertThat(NodeSettings.builder().cluster(postgres, null).build().nodeId()).isNotBlank();
    assertThatThrownBy(
            () -> NodeSettings.builder().cluster(LedgerConfig.h2InMemory("x"), "robot-1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PostgreSQL")
        .hasMessageContaining("FERRY_DB_URL");
    assertThatThrownBy(() -> NodeSettings.builder().cluster(postgres, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("node id");
  }
}
