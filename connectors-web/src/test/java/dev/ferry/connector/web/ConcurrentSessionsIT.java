package dev.ferry.connector.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.connector.web.action.OpenAction;
import dev.ferry.connector.web.action.ReadTextAction;
import dev.ferry.connector.web.internal.WebSession;
import dev.ferry.engine.testing.TestActionContext;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Sessions of several transactions share the one browser from different threads. */
class ConcurrentSessionsIT {

  @Test
  void sessionsOnDifferentThreadsShareTheBrowserWithoutMixingTheirPages() throws Exception {
    try (PortalFixture fixture = new PortalFixture()) {
      ExecutorService threads = Executors.newFixedThreadPool(2);
      try {
        List<Future<List<String>>> results = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
          int page = t % 2 + 1;
          results.add(threads.submit(() -> readPageInfo(fixture, page, 3)));
        }
        for (int t = 0; t < 2; t++) {
          int page = t % 2 + 1;
          assertThat(results.get(t).get(60, TimeUnit.SECONDS))
              .hasSize(3)
              .containsOnly("Page " + page + " of 2");
        }
      } finally {
        threads.shutdownNow();
      }
    }
  }

  @Test
  void aLongWaitInOneSessionDoesNotHoldUpTheOthers() throws Exception {
    try (PortalFixture fixture = new PortalFixture();
        WebSession waiting = fixture.open(fixture.signedOnConfig());
        WebSession working = fixture.open(fixture.signedOnConfig())) {
      ExecutorService thread = Executors.newSingleThreadExecutor();
      try {
        CountDownLatch waitStarted = new CountDownLatch(1);
        Future<Long> waitEnded =
            thread.submit(
                () -> {
                  TestActionContext context = fixture.context(waiting);
                  new OpenAction().execute(new OpenAction.Input("/report?delay=4000"), context);
                  waitStarted.countDown();
                  // reading an element that appears late waits for it without holding the browser
                  var total =
                      new ReadTextAction()
                          .execute(new ReadTextAction.Input("#report-total"), context);
                  assertThat(total.text()).startsWith("Open invoices: ");
                  return System.nanoTime();
                });
        assertThat(waitStarted.await(30, TimeUnit.SECONDS)).isTrue();

        TestActionContext context = fixture.context(working);
        for (int i = 0; i < 3; i++) {
          new OpenAction().execute(new OpenAction.Input("/invoices?page=2"), context);
          new ReadTextAction().execute(new ReadTextAction.Input("#page-info"), context);
        }
        long workDone = System.nanoTime();

        assertThat(waitEnded.get(30, TimeUnit.SECONDS)).isGreaterThan(workDone);
      } finally {
        thread.shutdownNow();
      }
    }
  }

  private static List<String> readPageInfo(PortalFixture fixture, int page, int times) {
    List<String> seen = new ArrayList<>();
    try (WebSession session = fixture.open(fixture.signedOnConfig())) {
      TestActionContext context = fixture.context(session);
      for (int i = 0; i < times; i++) {
        new OpenAction().execute(new OpenAction.Input("/invoices?page=" + page), context);
        seen.add(
            new ReadTextAction().execute(new ReadTextAction.Input("#page-info"), context).text());
      }
    }
    return seen;
  }
}
