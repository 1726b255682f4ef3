package io.github.coplan.domain.network;

import com.google.common.collect.ImmutableList;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.shared.PartialDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One step of a path through the network, with its evidence in brief: how often the two met and
 * when first and last, and the types of the relationships declared between them that are active on
 * the day of the question. A tie has at least one meeting or one relationship.
 *
 * @param from the side the path comes from
 * @param to the side the path goes to
 * @param meetings how many times they met, up to the day of the question
 * @param firstMet the day of their first meeting, or null if they never met
 * @param lastMet the day of their last meeting, or null if they never met
 * @param relationships the codes of the types of the active relationships between them, in either
 *     direction, in code order, each once
 * @since 0.4.0
 */
public record Tie(
    Participant from,
    Participant to,
    int meetings,
    @Nullable PartialDate firstMet,
    @Nullable PartialDate lastMet,
    List<RelationshipTypeCode> relationships) {

  /**
   * Checks the parts.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException if a part is missing, both sides
   *     are the same participant, the count is negative, the days do not match the count, or there
   *     is no evidence at all
   */
  public Tie {
    Validation v = new Validation();
    v.required("from", from);
    v.required("to", to);
    v.require(
        from == null || !from.equals(to),
        "to",
        Violation.OUT_OF_RANGE,
        "a participant has no tie to itself");
    v.require(meetings >= 0, "meetings", Violation.OUT_OF_RANGE, "not negative");
    v.require(
        (meetings == 0) == (firstMet == null) && (firstMet == null) == (lastMet == null),
        "firstMet",
        Violation.OUT_OF_RANGE,
        "the first and last meeting are known exactly when there was one");
    if (v.elements("relationships", relationships) != null) {
      v.require(
          meetings > 0 || !relationships.isEmpty(),
          "relationships",
          Violation.REQUIRED,
          "a tie has a meeting or a relationship");
    }
    v.throwIfAny();
    relationships = ImmutableList.copyOf(relationships);
  }
}
