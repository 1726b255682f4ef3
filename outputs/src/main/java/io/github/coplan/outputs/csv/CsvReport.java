package io.github.coplan.outputs.csv;

import io.github.coplan.outputs.support.Required;
import java.util.List;

/**
 * What an import found, or did: how many rows it read, how many records their rows create (or
 * created) and how many were there already, and every problem. A dry run and an import of the same
 * file against the same store give the same report; an import with a problem writes nothing and
 * reports 0 created.
 *
 * @param rowsRead the data rows read, the header not counted
 * @param created the rows whose record is new: written by an import, to be written by a dry run
 * @param alreadyThere the rows whose record is there already (or earlier in the same file), which
 *     write nothing
 * @param problems every problem, in the order of the file
 */
public record CsvReport(int rowsRead, int created, int alreadyThere, List<CsvProblem> problems) {

  /**
   * Copies the list.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException if it is null
   */
  public CsvReport {
    problems = List.copyOf(Required.of("problems", problems));
  }

  /**
   * Whether the file can be imported.
   *
   * @return true when there is no problem
   */
  public boolean passes() {
    return problems.isEmpty();
  }
}
