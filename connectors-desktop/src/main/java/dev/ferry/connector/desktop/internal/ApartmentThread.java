package dev.ferry.connector.desktop.internal;

import dev.ferry.connector.desktop.ComBridge;
import dev.ferry.connector.desktop.DesktopException;
import dev.ferry.engine.spi.FerryException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The one single-threaded apartment thread of a session. COM objects created in an STA may only be
 * called from that thread, while the engine calls a session from whichever worker thread runs the
 * step; every bridge call is therefore handed to this thread and awaited.
 */
final class ApartmentThread implements AutoCloseable {
  private final ComBridge bridge;
  private final ExecutorService executor;
  private volatile boolean stuck;

  ApartmentThread(String name, ComBridge bridge) {
    this.bridge = bridge;
    this.executor =
        Executors.newSingleThreadExecutor(
            task -> {
              Thread thread = new Thread(task, name);
              thread.setDaemon(true);
              return thread;
            });
  }

  /** Enters the apartment; the first task on the thread. */
  void start(Duration timeout) {
    run(
        () -> {
          bridge.enterApartment();
          return null;
        },
        timeout,
        "entering the COM apartment");
  }

  /**
   * Runs a task on the apartment thread and waits for it.
   *
   * @throws DesktopException when it does not finish in time; the thread then counts as stuck
   */
  <T> T run(Callable<T> task, Duration timeout, String what) {
    if (stuck) {
      throw new DesktopException(
          "the COM thread of this session is still blocked in an earlier call; the session must"
              + " be reopened");
    }
    Future<T> future = executor.submit(task);
    try {
      return future.get(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      // A native call cannot be interrupted: the thread stays blocked until the program answers.
      stuck = true;
      future.cancel(true);
      throw new DesktopException(
          what
              + " did not return within "
              + timeout.toMillis()
              + " ms. The program may be showing a modal dialog or be busy; look at the"
              + " screenshot. The session will be reopened before a retry.",
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DesktopException(what + " was interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof FerryException ferry) {
        throw ferry;
      }
      if (cause instanceof VirtualMachineError error) {
        throw error;
      }
      throw new DesktopException(what + " failed: " + cause, cause);
    }
  }

  boolean isStuck() {
    return stuck;
  }

  /** Leaves the apartment and ends the thread; a stuck thread is abandoned. */
  @Override
  public void close() {
    if (!stuck) {
      Future<?> leaving = executor.submit(bridge::leaveApartment);
      try {
        leaving.get(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (ExecutionException | TimeoutException e) {
        // Nothing more can be done for a COM apartment that will not close; the thread is a daemon.
      }
    }
    executor.shutdownNow();
  }
}
