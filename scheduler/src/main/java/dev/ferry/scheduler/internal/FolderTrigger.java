package dev.ferry.scheduler.internal;

import dev.ferry.engine.TransactionResult;
import dev.ferry.engine.WorkItem;
import dev.ferry.engine.ledger.TransactionStatus;
import dev.ferry.engine.model.ProcessDefinition;
import dev.ferry.engine.model.TriggerSpec;
import dev.ferry.engine.spi.DocumentRef;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a folder for a definition. A file becomes a work item once its size and modification time
 * have not changed for the trigger's {@code settle} time; its business key is its content's
 * SHA-256, so the same file dropped twice runs once. Afterwards it is moved to {@code processed/}
 * or {@code failed/} inside the watched folder.
 */
public final class FolderTrigger implements Trigger {
  private static final Logger log = LoggerFactory.getLogger(FolderTrigger.class);

  private volatile ProcessDefinition definition;
  private final Path folder;
  private final PathMatcher pattern;
  private final Duration settle;
  private final Dispatcher pool;
  private final DocumentStore documents;
  private final Clock clock;
  private final Map<Path, Seen> seen = new HashMap<>();
  private final Set<Path> inFlight = ConcurrentHashMap.newKeySet();
  private volatile boolean running;
  private volatile String problem;
  private Thread thread;

  /** A file's size and time when first seen that way. */
  private record Seen(long size, long modified, Instant since) {}

  /**
   * @param baseDirectory what a relative {@code path} is resolved against
   */
  public FolderTrigger(
      ProcessDefinition definition,
      Path baseDirectory,
      Dispatcher pool,
      DocumentStore documents,
      Clock clock) {
    TriggerSpec.Folder spec = (TriggerSpec.Folder) definition.trigger();
    this.definition = definition;
    this.folder = baseDirectory.resolve(spec.path()).toAbsolutePath().normalize();
    this.pattern = FileSystems.getDefault().getPathMatcher("glob:" + spec.pattern());
    this.settle = spec.settle();
    this.pool = pool;
    this.documents = documents;
    this.clock = clock;
  }

  @Override
  public void start() {
    running = true;
    thread = new Thread(this::loop, "ferry-folder-" + definition.name());
    thread.setDaemon(true);
    thread.start();
    log.info("{}: watching folder {}", definition.name(), folder);
  }

  private void loop() {
    long pause = Math.max(50, Math.min(1_000, settle.toMillis() / 4));
    while (running) {
      try {
        scan();
        problem = null;
      } catch (IOException e) {
        if (problem == null) {
          log.error("{}: cannot read folder {}: {}", definition.name(), folder, e.getMessage());
        }
        problem = "folder " + folder + " cannot be read (" + e.getMessage() + ")";
      } catch (InterruptedException e) {
        return;
      }
      try {
        Thread.sleep(pause);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private void scan() throws IOException, InterruptedException {
    Instant now = clock.instant();
    Map<Path, Seen> current = new HashMap<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        if (!Files.isRegularFile(file)
            || !pattern.matches(file.getFileName())
            || inFlight.contains(file)) {
          continue;
        }
        long size = Files.size(file);
        long modified = Files.getLastModifiedTime(file).toMillis();
        Seen before = seen.get(file);
        Seen now1 =
            before != null && before.size() == size && before.modified() == modified
                ? before
                : new Seen(size, modified, now);
        current.put(file, now1);
      }
    }
    seen.clear();
    seen.putAll(current);
    for (Map.Entry<Path, Seen> e : current.entrySet()) {
      if (Duration.between(e.getValue().since(), now).compareTo(settle) >= 0 && running) {
        take(e.getKey());
      }
    }
  }

  private void take(Path file) throws IOException, InterruptedException {
    DocumentRef document = documents.store(file, mediaType(file));
    Map<String, Object> trigger = new LinkedHashMap<>();
    trigger.put("kind", "folder");
    trigger.put("path", file.toString());
    trigger.put("name", file.getFileName().toString());
    trigger.put("size", document.size());
    trigger.put("sha256", document.sha256());
    trigger.put("document", document);
    inFlight.add(file);
    seen.remove(file);
    WorkItem item = new WorkItem(Map.of(), "sha256:" + document.sha256(), trigger, 0);
    pool.submit(definition, item, (result, error) -> ended(file, result));
  }

  private void ended(Path file, TransactionResult result) {
    boolean ok = result != null && result.status() == TransactionStatus.SUCCEEDED;
    Path target = folder.resolve(ok ? "processed" : "failed");
    try {
      Files.createDirectories(target);
      Files.move(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      log.error(
          "{}: cannot move {} to {}: {}; move it by hand",
          definition.name(),
          file,
          target,
          e.getMessage());
    } finally {
      inFlight.remove(file);
    }
  }

  private static String mediaType(Path file) {
    try {
      String type = Files.probeContentType(file);
      return type == null ? "application/octet-stream" : type;
    } catch (IOException e) {
      return "application/octet-stream";
    }
  }

  @Override
  public void use(ProcessDefinition newer) {
    definition = newer;
  }

  @Override
  public Optional<String> problem() {
    String p = problem;
    return p == null ? Optional.empty() : Optional.of(definition.name() + ": " + p);
  }

  @Override
  public void close() {
    running = false;
    if (thread != null) {
      thread.interrupt();
      try {
        thread.join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
