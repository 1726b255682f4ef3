package io.github.coplan.outputs.iati;

import io.github.coplan.outputs.support.Required;

/**
 * One thing a pre-flight check found.
 *
 * @param severity whether it blocks the export
 * @param code a stable, machine-readable code, such as {@code "iati.reporting-org-identifier"}
 * @param field the Coplan field it comes from, such as {@code
 *     organisation[0b8c…].profile.identifiers} or {@code options.sectors}
 * @param message what is wrong and what to do, in English
 */
public record Problem(Severity severity, String code, String field, String message) {

  /** Whether a problem blocks the export. */
  public enum Severity {
    /** The file would be invalid or break an IATI ruleset rule: the export is refused. */
    ERROR,
    /** The file is written, with what the message says left out or weakened. */
    WARNING
  }

  /**
   * Checks that no part is null.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException if one is
   */
  public Problem {
    Required.all("severity", severity, "code", code, "field", field, "message", message);
  }

  @Override
  public String toString() {
    return severity + " " + code + " at " + field + ": " + message;
  }
}
