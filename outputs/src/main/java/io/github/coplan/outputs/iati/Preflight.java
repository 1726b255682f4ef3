package io.github.coplan.outputs.iati;

import java.util.List;

/**
 * What the pre-flight check of a plan found, in the order of the file it would write.
 *
 * @param problems every problem, errors and warnings, in that order
 */
public record Preflight(List<Problem> problems) {

  /** Copies the list. */
  public Preflight {
    problems = List.copyOf(problems);
  }

  /**
   * The problems that block the export.
   *
   * @return the errors, in order
   */
  public List<Problem> errors() {
    return problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList();
  }

  /**
   * The problems the export writes around.
   *
   * @return the warnings, in order
   */
  public List<Problem> warnings() {
    return problems.stream().filter(p -> p.severity() == Problem.Severity.WARNING).toList();
  }

  /**
   * Whether the plan can be exported.
   *
   * @return true when there is no error
   */
  public boolean passes() {
    return errors().isEmpty();
  }
}
