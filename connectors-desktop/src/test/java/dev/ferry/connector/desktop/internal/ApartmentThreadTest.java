package dev.ferry.connector.desktop.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.ferry.connector.desktop.ComBridge;
import dev.ferry.connector.desktop.ComObject;
import dev.ferry.connector.desktop.DesktopConfig;
import dev.ferry.connector.desktop.DesktopException;
import dev.ferry.connector.desktop.Variant;
import dev.ferry.connector.desktop.internal.ComActions.Create;
import dev.ferry.connector.desktop.internal.ComActions.Invoke;
import dev.ferry.engine.testing.TestSecrets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.InOrder;

class ApartmentThreadTest {
  @TempDir Path work;

  private static FakeObject counter() {
    int[] count = {0};
    return new FakeObject("Ferry.Counter").on("Next", args -> Variant.i4(++count[0]));
  }

  @Test
  void everyCallOfASessionRunsOnItsOwnStaThreadWhicheverThreadRunsTheStep() throws Exception {
    FakeComBridge bridge =
        new FakeComBridge().register("Ferry.Counter", ApartmentThreadTest::counter);
    String sta;
    try (Steps steps = new Steps(bridge, work)) {
      steps.run("desktop.com.create", new Create("Ferry.Counter", "c"));
      steps.run("desktop.com.call", new Invoke("c", "Next", null, null));
      // The engine may run the next step of the same session on another worker thread.
      CompletableFuture.runAsync(
              () -> steps.run("desktop.com.call", new Invoke("c", "Next", null, null)))
          .get(10, TimeUnit.SECONDS);

      sta = bridge.lifecycle.get(0).substring("enter@".length());
      assertThat(sta).startsWith("ferry-desktop-sta-app#");
      assertThat(bridge.calls).extracting(FakeComBridge.Recorded::thread).containsOnly(sta);
      assertThat(sta).isNotEqualTo(FakeComBridge.thread());
      assertThat(bridge.lifecycle).containsExactly("enter@" + sta, "create Ferry.Counter@" + sta);
    }
    assertThat(bridge.lifecycle).last().isEqualTo("leave@" + sta);
    assertThat(bridge.released).containsExactly("Ferry.Counter@" + sta);
  }

  @Test
  void twoSessionsHaveTwoApartmentThreads() {
    FakeComBridge first =
        new FakeComBridge().register("Ferry.Counter", ApartmentThreadTest::counter);
    FakeComBridge second =
        new FakeComBridge().register("Ferry.Counter", ApartmentThreadTest::counter);
    try (Steps a = new Steps(first, work);
        Steps b = new Steps(second, work)) {
      a.run("desktop.com.create", new Create("Ferry.Counter", "c"));
      b.run("desktop.com.create", new Create("Ferry.Counter", "c"));

      assertThat(first.lifecycle.get(0)).isNotEqualTo(second.lifecycle.get(0));
    }
  }

  @Test
  void aCallThatNeverReturnsFailsInTimeAndMakesTheSessionUnhealthy() {
    CountDownLatch program = new CountDownLatch(1);
    FakeComBridge bridge =
        new FakeComBridge()
            .register(
                "Ferry.Dialog",
                () ->
                    new FakeObject("Ferry.Dialog")
                        .on(
                            "Show",
                            args -> {
                              // Like a program stuck on a modal dialog: interrupts do not help.
                              while (program.getCount() > 0) {
                                try {
                                  program.await();
                                } catch (InterruptedException ignored) {
                                  // keep blocking
                                }
                              }
                              return Variant.EMPTY;
                            }));
    DesktopConfig config = new DesktopConfig(null, null, Duration.ofMillis(300), false, null);
    try (Steps steps = new Steps(bridge, config, work, TestSecrets.none())) {
      steps.run("desktop.com.create", new Create("Ferry.Dialog", "d"));
      long start = System.nanoTime();

      assertThatThrownBy(() -> steps.run("desktop.com.call", new Invoke("d", "Show", null, null)))
          .isInstanceOf(DesktopException.class)
          .hasMessageContaining("Ferry.Dialog.Show() did not return within 300 ms")
          .hasMessageContaining("modal dialog");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
      assertThat(steps.session.isHealthy()).isFalse();
      assertThatThrownBy(() -> steps.run("desktop.com.call", new Invoke("d", "Show", null, null)))
          .hasMessageContaining("still blocked in an earlier call");
    } finally {
      program.countDown();
    }
  }

  @Test
  void theBridgeEntersTheApartmentFirstAndLeavesItLastOnOneThread() {
    ComBridge bridge = mock(ComBridge.class);
    ComObject object = mock(ComObject.class);
    List<String> threads = new CopyOnWriteArrayList<>();
    when(object.describe()).thenReturn("Ferry.Mock");
    doAnswer(call -> threads.add(Thread.currentThread().getName())).when(bridge).enterApartment();
    when(bridge.create("Ferry.Mock"))
        .thenAnswer(
            call -> {
              threads.add(Thread.currentThread().getName());
              return object;
            });
    when(bridge.invoke(eq(object), eq("Ping"), any(), anyList())).thenReturn(Variant.bstr("pong"));
    doAnswer(call -> threads.add(Thread.currentThread().getName())).when(bridge).leaveApartment();

    try (Steps steps = new Steps(bridge, work)) {
      steps.run("desktop.com.create", new Create("Ferry.Mock", "m"));
      ComActions.Result pong = steps.run("desktop.com.call", new Invoke("m", "Ping", null, null));
      assertThat(pong.value()).isEqualTo("pong");
    }

    InOrder order = inOrder(bridge);
    order.verify(bridge).enterApartment();
    order.verify(bridge).create("Ferry.Mock");
    order.verify(bridge).invoke(eq(object), eq("Ping"), eq(ComBridge.Call.METHOD), eq(List.of()));
    order.verify(bridge).release(object);
    order.verify(bridge).leaveApartment();
    assertThat(threads).hasSize(3).containsOnly("ferry-desktop-sta-app");
  }
}
