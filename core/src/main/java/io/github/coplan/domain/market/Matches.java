package io.github.coplan.domain.market;

import io.github.coplan.domain.internal.Validation;
import java.time.LocalDate;
import java.util.List;

/**
 * The ranked matches of a profile on a day, with what the profile lacks.
 *
 * @param subject the profile matched
 * @param asOf the day of matching
 * @param matches the matches, best first ({@link Matching#RANKING})
 * @param gaps what the subject lacks that would improve its matches, in the order of {@link Gap}
 * @since 0.3.0
 */
public record Matches(
    TechnologyProfile subject, LocalDate asOf, List<Match> matches, List<Gap> gaps) {

  /** Checks that every part is present and copies the lists. */
  public Matches {
    Validation v = new Validation();
    v.required("subject", subject);
    v.required("asOf", asOf);
    v.elements("matches", matches);
    v.elements("gaps", gaps);
    v.throwIfAny();
    matches = List.copyOf(matches);
    gaps = List.copyOf(gaps);
  }
}
