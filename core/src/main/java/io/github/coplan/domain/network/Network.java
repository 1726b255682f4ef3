package io.github.coplan.domain.network;

import com.google.common.collect.ImmutableList;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.internal.Validation;
import java.time.LocalDate;
import java.util.List;

/**
 * The network of a participant on a day: everyone reached within a depth, each with its path.
 *
 * <p>A tie joins two participants who met (both attended one activity, or one hosted a completed
 * stop the other attended) on or before the day, or who are the sides of a relationship active on
 * the day. Each participant is reached once, at its least depth. Of the paths of that depth, the
 * one kept passes through the intermediary whose tie to the root is strongest: most meetings, then
 * most relationships, then the intermediary's text form ({@code organisation:<id>}, {@code
 * person:<id>}) first.
 *
 * @param root the participant whose network it is
 * @param asOf the day
 * @param depth the depth asked for, 1 or 2
 * @param reached the participants reached, by depth, then by their text form; at most the limit
 *     asked for
 * @param complete whether every participant within the depth is listed; false when the limit cut
 *     the list
 * @since 0.4.0
 */
public record Network(
    Participant root, LocalDate asOf, int depth, List<Reach> reached, boolean complete) {

  /**
   * Checks the parts.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException if a part is missing or the depth
   *     is not 1 or 2
   */
  public Network {
    Validation v = new Validation();
    v.required("root", root);
    v.required("asOf", asOf);
    v.require(depth == 1 || depth == 2, "depth", Violation.OUT_OF_RANGE, "1 or 2, was " + depth);
    v.elements("reached", reached);
    v.throwIfAny();
    reached = ImmutableList.copyOf(reached);
  }
}
