package io.github.coplan.application;

import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.internal.Texts;
import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.network.RelationshipSource;
import io.github.coplan.domain.network.RelationshipTypeCode;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.domain.shared.PartialDate;
import org.jspecify.annotations.Nullable;

/**
 * Records a relationship between two participants: {@code RecordRelationship.of(type, from, to,
 * start)}, then {@link #endingOn}, {@link #describedAs} and {@link #producedBy} for what is known.
 *
 * @param type the type's code, a standard or a defined type
 * @param from the first side, which the type's label reads from
 * @param to the second side
 * @param start when it began
 * @param end when it ended, or null while it lasts
 * @param description what it is, or null
 * @param source the activity or introduction that produced it, or null
 * @since 0.4.0
 */
public record RecordRelationship(
    RelationshipTypeCode type,
    Participant from,
    Participant to,
    PartialDate start,
    @Nullable PartialDate end,
    @Nullable LocalizedText description,
    @Nullable RelationshipSource source) {

  /**
   * Validates the command.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
   */
  public RecordRelationship {
    Validation v = new Validation();
    v.required("type", type);
    v.required("from", from);
    v.required("to", to);
    v.required("start", start);
    LocalizedText given = description;
    if (given != null) {
      description = v.check("description", () -> given.requireLine("", Texts.PARAGRAPH_LIMIT));
    }
    v.throwIfAny();
  }

  /**
   * A relationship that lasts, without description or source.
   *
   * @param type the type's code
   * @param from the first side
   * @param to the second side
   * @param start when it began
   * @return the command
   */
  public static RecordRelationship of(
      RelationshipTypeCode type, Participant from, Participant to, PartialDate start) {
    return new RecordRelationship(type, from, to, start, null, null, null);
  }

  /**
   * This command with an end.
   *
   * @param newEnd when it ended
   * @return the command
   */
  public RecordRelationship endingOn(PartialDate newEnd) {
    return new RecordRelationship(
        type, from, to, start, Validation.notNull("end", newEnd), description, source);
  }

  /**
   * This command with a description.
   *
   * @param newDescription what it is
   * @return the command
   */
  public RecordRelationship describedAs(LocalizedText newDescription) {
    return new RecordRelationship(
        type, from, to, start, end, Validation.notNull("description", newDescription), source);
  }

  /**
   * This command with the activity or introduction that produced the relationship.
   *
   * @param newSource the source
   * @return the command
   */
  public RecordRelationship producedBy(RelationshipSource newSource) {
    return new RecordRelationship(
        type, from, to, start, end, description, Validation.notNull("source", newSource));
  }
}
