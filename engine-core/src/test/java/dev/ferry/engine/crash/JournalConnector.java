package dev.ferry.engine.crash;

import dev.ferry.engine.spi.Action;
import dev.ferry.engine.spi.ActionContext;
import dev.ferry.engine.spi.BusinessException;
import dev.ferry.engine.spi.Connector;
import dev.ferry.engine.spi.ConnectorSession;
import dev.ferry.engine.spi.NoConfig;
import dev.ferry.engine.spi.NoOutput;
import dev.ferry.engine.spi.Param;
import dev.ferry.engine.spi.SessionContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * An external system for the crash test: a journal file that posts append to. Posting twice shows
 * as a duplicate line, so the test can prove nothing was done twice.
 */
final class JournalConnector implements Connector<NoConfig> {
  private final Path journal;

  JournalConnector(Path journal) {
    this.journal = journal;
  }

  record Key(@Param("the entry") String key) {}

  @Override
  public String id() {
    return "journal";
  }

  @Override
  public String description() {
    return "An append-only journal file.";
  }

  @Override
  public Class<NoConfig> configType() {
    return NoConfig.class;
  }

  @Override
  public List<Action<?, ?>> actions() {
    return List.of(new Post(), new Contains(), new Read());
  }

  @Override
  public ConnectorSession open(NoConfig config, SessionContext context) {
    return ConnectorSession.NONE;
  }

  List<String> lines() {
    try {
      return Files.exists(journal) ? Files.readAllLines(journal) : List.of();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private abstract static class Base implements Action<Key, NoOutput> {
    @Override
    public Class<Key> inputType() {
      return Key.class;
    }

    @Override
    public Class<NoOutput> outputType() {
      return NoOutput.class;
    }

    @Override
    public String description() {
      return name();
    }
  }

  /** Not idempotent: every call appends a line. */
  final class Post extends Base {
    @Override
    public String name() {
      return "journal.post";
    }

    @Override
    public NoOutput execute(Key input, ActionContext context) {
      try {
        Files.writeString(
            journal,
            input.key() + "\n",
            StandardCharsets.UTF_8,
            StandardOpenOption.CREATE,
            StandardOpenOption.APPEND);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return NoOutput.INSTANCE;
    }
  }

  /** The read-back: present, or a business failure meaning absent. */
  final class Contains extends Base {
    @Override
    public String name() {
      return "journal.contains";
    }

    @Override
    public NoOutput execute(Key input, ActionContext context) {
      if (!lines().contains(input.key())) {
        throw new BusinessException("ABSENT", input.key());
      }
      return NoOutput.INSTANCE;
    }
  }

  /** Idempotent: reads only. */
  final class Read extends Base {
    @Override
    public String name() {
      return "journal.read";
    }

    @Override
    public boolean idempotent() {
      return true;
    }

    @Override
    public NoOutput execute(Key input, ActionContext context) {
      lines();
      return NoOutput.INSTANCE;
    }
  }
}
