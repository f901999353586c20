package dev.ferry.engine.ledger.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ferry.engine.ledger.StepRecord;
import dev.ferry.engine.spi.FerryException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A second record of every step start, in a plain file beside an H2 file ledger.
 *
 * <p>H2 can lose its last commits when its process is killed: after a restart it may fall back to
 * an older state of the file, and the engine would then run a step again that had already taken
 * effect (see docs/engine.md, "H2 and a killed node"). So once the database has committed a step's
 * start, the start is also appended here, with one {@code write} (no {@code fsync}, like H2 with
 * {@code WRITE_DELAY=0}: it survives a killed process, not a power cut). When the ledger opens, a
 * start found here but not in the database is put back as a started step, and the engine treats it
 * as any step interrupted mid-way: read back with {@code verify:}, run again if idempotent,
 * otherwise in doubt.
 *
 * <p>PostgreSQL does not lose commits, so its ledger keeps no such file.
 */
final class IntentLog {
  private static final Logger log = LoggerFactory.getLogger(IntentLog.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Past this size the file is rewritten with its newest {@link #KEEP_ON_ROTATION} lines. */
  private static final long ROTATE_AT_BYTES = 8L * 1024 * 1024;

  private static final int KEEP_ON_ROTATION = 5_000;

  /** A step start as the file holds it. */
  record Intent(String transactionId, StepRecord step) {}

  private final Path file;
  private FileChannel channel;

  private IntentLog(Path file) {
    this.file = file;
  }

  /** The log of an H2 file ledger, {@code <database>.intents}; none for other databases. */
  static Optional<IntentLog> of(String jdbcUrl) {
    String prefix = "jdbc:h2:file:";
    if (!jdbcUrl.startsWith(prefix)) {
      return Optional.empty();
    }
    String database = jdbcUrl.substring(prefix.length()).split(";", 2)[0];
    return Optional.of(new IntentLog(Path.of(database + ".intents")));
  }

  Path file() {
    return file;
  }

  /** The starts the file holds, oldest first; a line cut short by a kill is skipped. */
  List<Intent> read() {
    if (!Files.exists(file)) {
      return List.of();
    }
    List<Intent> intents = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        parse(line).ifPresent(intents::add);
      }
    } catch (IOException e) {
      throw new FerryException("cannot read the ledger's intent log " + file + ": " + e, e);
    }
    return intents;
  }

  /** Appends a step start that the database has just committed. */
  synchronized void started(String transactionId, StepRecord step) {
    byte[] line = (format(transactionId, step) + "\n").getBytes(StandardCharsets.UTF_8);
    try {
      if (channel == null) {
        channel =
            FileChannel.open(
                file,
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
      }
      ByteBuffer buffer = ByteBuffer.wrap(line);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      if (channel.size() > ROTATE_AT_BYTES) {
        rotate();
      }
    } catch (IOException e) {
      throw new FerryException(
          "cannot write the ledger's intent log "
              + file
              + ": "
              + e.getMessage()
              + "; check the free space and permissions of the data directory",
          e);
    }
  }

  /** Empties the file: every start in it is in the database for good. */
  synchronized void clear() {
    try {
      closeChannel();
      Files.deleteIfExists(file);
    } catch (IOException e) {
      log.warn("cannot remove the ledger's intent log {}: {}", file, e.getMessage());
    }
  }

  /**
   * Keeps only the newest lines. A commit H2 can lose is one of its last, so the starts of long ago
   * are not needed; the new file replaces the old in one rename.
   */
  private void rotate() throws IOException {
    closeChannel();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<String> newest = lines.subList(Math.max(0, lines.size() - KEEP_ON_ROTATION), lines.size());
    Path next = file.resolveSibling(file.getFileName() + ".next");
    Files.write(next, newest, StandardCharsets.UTF_8);
    Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private void closeChannel() throws IOException {
    if (channel != null) {
      channel.close();
      channel = null;
    }
  }

  private static String format(String transactionId, StepRecord step) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("tx", transactionId);
    line.put("seq", step.seq());
    line.put("path", step.stepPath());
    line.put("stepId", step.stepId());
    line.put("action", step.action());
    line.put("application", step.application());
    line.put("input", step.inputJson());
    line.put("attempt", step.attempt());
    line.put("startedAt", step.startedAt().toString());
    try {
      return JSON.writeValueAsString(line);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Optional<Intent> parse(String line) {
    try {
      Map<String, Object> m = JSON.readValue(line, new TypeReference<Map<String, Object>>() {});
      StepRecord step =
          new StepRecord(
              ((Number) m.get("seq")).intValue(),
              (String) m.get("path"),
              (String) m.get("stepId"),
              (String) m.get("action"),
              (String) m.get("application"),
              (String) m.get("input"),
              null,
              null,
              "STARTED",
              null,
              null,
              ((Number) m.get("attempt")).intValue(),
              Instant.parse((String) m.get("startedAt")),
              null);
      return Optional.of(new Intent((String) m.get("tx"), step));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
