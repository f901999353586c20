package dev.ferry.scheduler.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.engine.spi.DocumentRef;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentStoreTest {
  @TempDir Path data;

  @Test
  void storesContentUnderItsHashWithASafeName() throws Exception {
    DocumentStore store = new DocumentStore(data);
    byte[] bytes = "hello".getBytes(StandardCharsets.UTF_8);
    DocumentRef ref =
        store.store(
            new ByteArrayInputStream(bytes), "../../etc/pass wd?.pdf", "application/pdf", 100);
    assertThat(ref.sha256())
        .isEqualTo("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824");
    assertThat(ref.size()).isEqualTo(5);
    assertThat(ref.path()).startsWith(data.resolve("documents").resolve(ref.sha256()));
    assertThat(ref.path().getFileName().toString()).isEqualTo("pass wd_.pdf");
    assertThat(Files.readAllBytes(ref.path())).isEqualTo(bytes);
  }

  @Test
  void refusesContentOverTheLimitAndKeepsNothing() throws Exception {
    DocumentStore store = new DocumentStore(data);
    assertThatThrownBy(
            () ->
                store.store(
                    new ByteArrayInputStream(new byte[11]), "big.pdf", "application/pdf", 10))
        .isInstanceOf(DocumentStore.DocumentTooLargeException.class)
        .hasMessageContaining("big.pdf is larger than the limit of 10 bytes");
    try (var left = Files.walk(data.resolve("documents"))) {
      assertThat(left.filter(Files::isRegularFile)).isEmpty();
    }
  }
}
