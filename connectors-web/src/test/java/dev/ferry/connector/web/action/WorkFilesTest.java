package dev.ferry.connector.web.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.engine.spi.BusinessException;
import dev.ferry.engine.spi.DocumentRef;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkFilesTest {
  @TempDir Path work;

  @Test
  void keepsFilesInsideTheWorkDirectory() {
    assertThat(WorkFiles.inside(work, "sub/a.csv")).isEqualTo(work.resolve("sub/a.csv"));
  }

  @Test
  void refusesPathsThatLeaveTheWorkDirectory() {
    assertThatThrownBy(() -> WorkFiles.inside(work, "../a.csv"))
        .isInstanceOfSatisfying(
            BusinessException.class,
            e -> assertThat(e.code()).isEqualTo("WEB_PATH_OUTSIDE_WORK_DIRECTORY"));
    assertThatThrownBy(() -> WorkFiles.inside(work, "/etc/passwd"))
        .isInstanceOf(BusinessException.class);
  }

  @Test
  void dropsTheFoldersFromASuggestedName() {
    assertThat(WorkFiles.safeName("..\\..\\evil.exe")).isEqualTo("evil.exe");
    assertThat(WorkFiles.safeName("/tmp/")).isEqualTo("download");
  }

  @Test
  void describesAFileWithItsSizeHashAndMediaType() throws Exception {
    Path file = Files.writeString(work.resolve("x.pdf"), "abc", StandardCharsets.UTF_8);

    DocumentRef document = WorkFiles.describe(file, "x.pdf");

    assertThat(document.size()).isEqualTo(3);
    assertThat(document.mediaType()).isEqualTo("application/pdf");
    assertThat(document.sha256())
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }
}
