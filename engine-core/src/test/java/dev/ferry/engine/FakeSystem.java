package dev.ferry.engine;

import dev.ferry.engine.spi.Action;
import dev.ferry.engine.spi.ActionContext;
import dev.ferry.engine.spi.BusinessException;
import dev.ferry.engine.spi.Connector;
import dev.ferry.engine.spi.ConnectorSession;
import dev.ferry.engine.spi.Evidence;
import dev.ferry.engine.spi.Param;
import dev.ferry.engine.spi.SessionContext;
import dev.ferry.engine.spi.SystemException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-memory stand-in for an external application, with a connector ({@code fake}) that can be
 * told to fail. It records every call, and every session opened and closed.
 */
final class FakeSystem implements Connector<FakeSystem.Config> {
  final List<String> calls = new CopyOnWriteArrayList<>();
  final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
  final AtomicInteger opened = new AtomicInteger();
  final AtomicInteger closed = new AtomicInteger();
  final AtomicInteger maxConcurrentSessions = new AtomicInteger();
  private final AtomicInteger openNow = new AtomicInteger();
  volatile boolean sessionsBreakOnFailure;

  record Config(@Param(value = "a label", defaultValue = "fake") String label) {}

  final class Session implements ConnectorSession {
    volatile boolean healthy = true;
    private boolean isClosed;

    @Override
    public boolean isHealthy() {
      return healthy;
    }

    @Override
    public synchronized void close() {
      if (!isClosed) {
        isClosed = true;
        closed.incrementAndGet();
        openNow.decrementAndGet();
      }
    }
  }

  record CallInput(
      @Param("what to record") String key,
      @Param(value = "fail this many times first", defaultValue = "0") int failTimes,
      @Param(value = "fail as business with this code", optional = true) String businessCode,
      @Param(value = "how long to take", optional = true) Duration takes) {}

  record CallOutput(int attempt, String key) {}

  @Override
  public String id() {
    return "fake";
  }

  @Override
  public String description() {
    return "An in-memory application for engine tests.";
  }

  @Override
  public Class<Config> configType() {
    return Config.class;
  }

  @Override
  public List<Action<?, ?>> actions() {
    return List.of(new CallAction());
  }

  @Override
  public ConnectorSession open(Config config, SessionContext context) {
    opened.incrementAndGet();
    maxConcurrentSessions.accumulateAndGet(openNow.incrementAndGet(), Math::max);
    return new Session();
  }

  final class CallAction implements Action<CallInput, CallOutput> {
    @Override
    public String name() {
      return "fake.call";
    }

    @Override
    public String description() {
      return "Records a call; fails on request.";
    }

    @Override
    public Class<CallInput> inputType() {
      return CallInput.class;
    }

    @Override
    public Class<CallOutput> outputType() {
      return CallOutput.class;
    }

    @Override
    public CallOutput execute(CallInput input, ActionContext context) {
      Session session = context.session(Session.class);
      int attempt =
          attempts.computeIfAbsent(input.key(), k -> new AtomicInteger()).incrementAndGet();
      if (input.takes() != null) {
        try {
          Thread.sleep(input.takes().toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new SystemException("interrupted");
        }
      }
      context
          .evidence()
          .record(Evidence.text(Evidence.Kind.SCREEN_TEXT, "after", "screen of " + input.key()));
      if (attempt <= input.failTimes()) {
        if (sessionsBreakOnFailure) {
          session.healthy = false;
        }
        throw new SystemException("the fake application failed on attempt " + attempt);
      }
      if (input.businessCode() != null) {
        throw new BusinessException(input.businessCode(), "rejected " + input.key());
      }
      calls.add(input.key());
      return new CallOutput(attempt, input.key());
    }
  }
}
