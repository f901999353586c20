package dev.ferry.connector.desktop.internal;

import dev.ferry.engine.spi.Action;
import java.util.ArrayList;
import java.util.List;

/** Every action of the desktop connector. */
public final class DesktopActions {
  private static final List<Action<?, ?>> ALL = collect();

  private DesktopActions() {}

  public static List<Action<?, ?>> all() {
    return ALL;
  }

  private static List<Action<?, ?>> collect() {
    List<Action<?, ?>> all = new ArrayList<>();
    all.addAll(ComActions.all());
    all.addAll(ExcelActions.all());
    all.addAll(SapActions.all());
    all.addAll(WindowActions.all());
    all.addAll(ScreenActions.all());
    return List.copyOf(all);
  }
}
