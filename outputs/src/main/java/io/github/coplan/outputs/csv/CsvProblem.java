package io.github.coplan.outputs.csv;

import io.github.coplan.outputs.support.Required;

/**
 * One problem an import found in a file; a file with any problem imports nothing.
 *
 * @param row the row's number in the file, the header being row 1 (a row is a CSV record: it is the
 *     file's line number unless a quoted cell above it spans several lines)
 * @param column the column's name as the header should hold it, or {@code ""} for the whole row or
 *     file
 * @param code a stable, machine-readable code, such as {@code "csv.unknown-role"}
 * @param message what is wrong, in English
 */
public record CsvProblem(int row, String column, String code, String message) {

  /**
   * Checks that no part is null.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException if one is
   */
  public CsvProblem {
    Required.all("column", column, "code", code, "message", message);
  }

  @Override
  public String toString() {
    return "row " + row + (column.isEmpty() ? "" : " " + column) + ": " + code + ": " + message;
  }
}
