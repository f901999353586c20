package dev.ferry.app;

import dev.ferry.engine.RunOptions;
import dev.ferry.engine.TransactionResult;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ferry resume}: carries on every transaction a stopped node left unfinished. */
@Command(
    name = "resume",
    description = "Resume every transaction left RUNNING or QUEUED, after its last committed step.")
final class ResumeCommand implements Callable<Integer> {
  @Mixin NodeOptions node;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (NodeOptions.Node started = node.startEngine()) {
      List<TransactionResult> results =
          started
              .engine()
              .resumeInterrupted(RunOptions.DEFAULT.withListener(ProgressDisplay.forConsole()));
      TextTable table = new TextTable("id", "status", "steps", "error");
      results.forEach(r -> table.row(r.id(), r.status(), r.steps(), r.errorCode()));
      table.print(out);
      out.printf("%d transaction%s resumed%n", results.size(), results.size() == 1 ? "" : "s");
    }
    return 0;
  }
}
