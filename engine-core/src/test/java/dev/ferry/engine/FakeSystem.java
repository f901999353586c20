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

  /** Stands for the node dying in the middle of a step: nothing after it runs. */
  static final class NodeDied extends Error {
    private static final long serialVersionUID = 1L;

    NodeDied() {
      super("the node died", null, false, false);
    }
  }

  /** When a call should kill the node. */
  enum Crash {
    NEVER,
    BEFORE_EFFECT,
    AFTER_EFFECT
  }

  final Map<String, Crash> crashes = new ConcurrentHashMap<>();
  final List<String> signOns = new CopyOnWriteArrayList<>();

  record KeyInput(@Param("the key") String key) {}

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
    return List.of(new CallAction(), new CheckAction(), new SignOnAction());
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
      Crash crash = crashes.getOrDefault(input.key(), Crash.NEVER);
      if (crash == Crash.BEFORE_EFFECT) {
        crashes.remove(input.key());
        throw new NodeDied();
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
      if (crash == Crash.AFTER_EFFECT) {
        crashes.remove(input.key());
        throw new NodeDied();
      }
      return new CallOutput(attempt, input.key());
    }
  }

  /** fake.check: succeeds when a call with the key took effect, else a business failure. */
  final class CheckAction implements Action<KeyInput, dev.ferry.engine.spi.NoOutput> {
    @Override
    public String name() {
      return "fake.check";
    }

    @Override
    public String description() {
      return "Checks that a call took effect.";
    }

    @Override
    public Class<KeyInput> inputType() {
      return KeyInput.class;
    }

    @Override
    public Class<dev.ferry.engine.spi.NoOutput> outputType() {
      return dev.ferry.engine.spi.NoOutput.class;
    }

    @Override
    public dev.ferry.engine.spi.NoOutput execute(KeyInput input, ActionContext context) {
      if (!calls.contains(input.key())) {
        throw new BusinessException("ABSENT", input.key() + " is not there");
      }
      return dev.ferry.engine.spi.NoOutput.INSTANCE;
    }
  }

  /** fake.sign-on: signs on; runs again after a restart. */
  final class SignOnAction implements Action<KeyInput, dev.ferry.engine.spi.NoOutput> {
    @Override
    public String name() {
      return "fake.sign-on";
    }

    @Override
    public String description() {
      return "Signs on.";
    }

    @Override
    public Class<KeyInput> inputType() {
      return KeyInput.class;
    }

    @Override
    public Class<dev.ferry.engine.spi.NoOutput> outputType() {
      return dev.ferry.engine.spi.NoOutput.class;
    }

    @Override
    public boolean signsOn() {
      return true;
    }

    @Override
    public dev.ferry.engine.spi.NoOutput execute(KeyInput input, ActionContext context) {
      signOns.add(input.key());
      return dev.ferry.engine.spi.NoOutput.INSTANCE;
    }
  }
}
