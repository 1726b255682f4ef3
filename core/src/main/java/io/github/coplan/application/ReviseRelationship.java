package io.github.coplan.application;

import io.github.coplan.domain.internal.Texts;
import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.network.Relationship;
import io.github.coplan.domain.network.RelationshipId;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.domain.shared.PartialDate;
import org.jspecify.annotations.Nullable;

/**
 * Replaces the dates and the description of a relationship; its type, sides and source stay. To end
 * a relationship, give it an end: {@code ReviseRelationship.of(current).endingOn(day)}.
 *
 * @param relationship which relationship
 * @param start when it began
 * @param end when it ended, or null while it lasts
 * @param description what it is, or null
 * @param expectedVersion the version the change is based on, or null
 * @since 0.4.0
 */
public record ReviseRelationship(
    RelationshipId relationship,
    PartialDate start,
    @Nullable PartialDate end,
    @Nullable LocalizedText description,
    @Nullable Long expectedVersion) {

  /**
   * Validates the command.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
   */
  public ReviseRelationship {
    Validation v = new Validation();
    v.required("relationship", relationship);
    v.required("start", start);
    LocalizedText given = description;
    if (given != null) {
      description = v.check("description", () -> given.requireLine("", Texts.PARAGRAPH_LIMIT));
    }
    Commands.checkVersion(v, expectedVersion);
    v.throwIfAny();
  }

  /**
   * A revision that keeps what a relationship holds now, expecting its version.
   *
   * @param current the relationship as read
   * @return the command, to change with {@link #endingOn}, {@link #startingOn} or {@link
   *     #describedAs}
   */
  public static ReviseRelationship of(Relationship current) {
    Validation.notNull("current", current);
    return new ReviseRelationship(
        current.id(), current.start(), current.end(), current.description(), current.version());
  }

  /**
   * This revision with another start.
   *
   * @param newStart when it began
   * @return the command
   */
  public ReviseRelationship startingOn(PartialDate newStart) {
    return new ReviseRelationship(
        relationship, Validation.notNull("start", newStart), end, description, expectedVersion);
  }

  /**
   * This revision with an end, or without one.
   *
   * @param newEnd when it ended, or null while it lasts
   * @return the command
   */
  public ReviseRelationship endingOn(@Nullable PartialDate newEnd) {
    return new ReviseRelationship(relationship, start, newEnd, description, expectedVersion);
  }

  /**
   * This revision with another description, or none.
   *
   * @param newDescription what it is, or null
   * @return the command
   */
  public ReviseRelationship describedAs(@Nullable LocalizedText newDescription) {
    return new ReviseRelationship(relationship, start, end, newDescription, expectedVersion);
  }
}
