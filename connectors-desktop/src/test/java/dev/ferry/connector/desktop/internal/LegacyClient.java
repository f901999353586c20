package dev.ferry.connector.desktop.internal;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Point;
import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;

/**
 * A small Swing window standing in for an in-house client with no automation interface: a field, a
 * Post button, a status line, and a coloured banner that screenshots can be checked against.
 */
final class LegacyClient {
  static final Color BANNER = new Color(0, 102, 204);

  private final JFrame frame;
  private final JTextField field;
  private final JButton post;
  private final JLabel status;
  private final JPanel banner;
  private final AtomicInteger posts = new AtomicInteger();

  private LegacyClient() {
    frame = new JFrame("Ferry Legacy Client");
    field = new JTextField(24);
    field.setName("vendor");
    post = new JButton("Post");
    status = new JLabel("Ready");
    banner = new JPanel();
    banner.setBackground(BANNER);
    banner.setPreferredSize(new Dimension(400, 60));
    post.addActionListener(
        e -> {
          posts.incrementAndGet();
          status.setText("Posted " + field.getText());
        });
    JPanel form = new JPanel(new FlowLayout(FlowLayout.LEFT));
    form.add(new JLabel("Vendor"));
    form.add(field);
    form.add(post);
    frame.getContentPane().add(banner, BorderLayout.NORTH);
    frame.getContentPane().add(form, BorderLayout.CENTER);
    frame.getContentPane().add(status, BorderLayout.SOUTH);
    frame.setDefaultCloseOperation(JFrame.DISPOSE_ON_CLOSE);
    frame.setLocation(60, 40);
    frame.setSize(520, 200);
  }

  static LegacyClient show() throws Exception {
    AtomicReference<LegacyClient> client = new AtomicReference<>();
    SwingUtilities.invokeAndWait(
        () -> {
          client.set(new LegacyClient());
          client.get().frame.setVisible(true);
        });
    waitUntil(() -> onEdt(() -> client.get().field.isShowing()));
    return client.get();
  }

  void reset() throws Exception {
    SwingUtilities.invokeAndWait(
        () -> {
          field.setText("");
          status.setText("Ready");
          posts.set(0);
          frame.toFront();
        });
  }

  Point fieldCenter() throws Exception {
    return center(field);
  }

  Point buttonCenter() throws Exception {
    return center(post);
  }

  Point bannerCenter() throws Exception {
    return center(banner);
  }

  String fieldText() throws Exception {
    return onEdt(field::getText);
  }

  String statusText() throws Exception {
    return onEdt(status::getText);
  }

  int posts() {
    return posts.get();
  }

  void close() throws Exception {
    SwingUtilities.invokeAndWait(frame::dispose);
  }

  private static Point center(Component component) throws Exception {
    return onEdt(
        () -> {
          Point origin = component.getLocationOnScreen();
          return new Point(
              origin.x + component.getWidth() / 2, origin.y + component.getHeight() / 2);
        });
  }

  private static <T> T onEdt(Supplier<T> read) throws InterruptedException {
    AtomicReference<T> value = new AtomicReference<>();
    try {
      SwingUtilities.invokeAndWait(() -> value.set(read.get()));
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(e.getCause());
    }
    return value.get();
  }

  /** A condition that may wait for the event thread. */
  private interface Check {
    boolean holds() throws InterruptedException;
  }

  private static void waitUntil(Check condition) throws InterruptedException {
    long until = System.nanoTime() + 10_000_000_000L;
    while (!condition.holds()) {
      if (System.nanoTime() > until) {
        throw new IllegalStateException("the legacy client window did not show within 10 s");
      }
      Thread.sleep(20);
    }
  }
}
