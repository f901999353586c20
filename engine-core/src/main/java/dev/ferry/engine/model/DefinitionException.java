package dev.ferry.engine.model;

import dev.ferry.engine.spi.FerryException;
import java.util.List;
import java.util.stream.Collectors;

/** A definition that cannot run, with every problem found in it. */
public class DefinitionException extends FerryException {
  private static final long serialVersionUID = 1L;
  private final transient List<Problem> problems;

  public DefinitionException(List<Problem> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }

  private static String describe(List<Problem> problems) {
    return problems.size()
        + (problems.size() == 1 ? " problem" : " problems")
        + ":\n"
        + problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
  }
}
