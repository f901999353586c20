package dev.ferry.connector.terminal;

import dev.ferry.connector.terminal.action.ExpectAction;
import dev.ferry.connector.terminal.action.FillAction;
import dev.ferry.connector.terminal.action.MenuAction;
import dev.ferry.connector.terminal.action.PressAction;
import dev.ferry.connector.terminal.action.ReadAction;
import dev.ferry.connector.terminal.action.ReadTableAction;
import dev.ferry.connector.terminal.action.SignOnAction;
import dev.ferry.connector.terminal.action.TypeAction;
import dev.ferry.connector.terminal.action.WaitForAction;
import dev.ferry.engine.spi.Action;
import java.util.List;

/** The {@code terminal.*} actions, shared by the 5250 and 3270 connectors. */
final class TerminalActions {
  static final List<Action<?, ?>> ALL =
      List.of(
          new SignOnAction(),
          new TypeAction(),
          new FillAction(),
          new PressAction(),
          new MenuAction(),
          new ReadAction(),
          new ReadTableAction(),
          new WaitForAction(),
          new ExpectAction());

  private TerminalActions() {}
}
