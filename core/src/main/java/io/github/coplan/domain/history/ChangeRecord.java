package io.github.coplan.domain.history;

import com.google.common.collect.ImmutableList;
import io.github.coplan.domain.access.Actor;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.plan.PlanId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One aggregate's change by one command, as the history keeps it.
 *
 * @param sequence the store's sequence number, increasing in the order the changes were committed;
 *     0 for a record not yet appended
 * @param command the id of the command that made the change; the records of one command share it
 * @param actor who made the change
 * @param at when, by the clock of the {@link io.github.coplan.Coplan} that made it
 * @param aggregate the aggregate changed
 * @param plan the plan the aggregate belongs to (the plan itself, or an activity's plan); null for
 *     organisations and people
 * @param version the aggregate's version after the change: 1 when it was created
 * @param commandName the command's name: {@code DraftPlan}, {@code ChangePlanStatus.Suspend}
 * @param reason the reason the command gave, or null
 * @param changes the fields that changed, in field-name order
 */
public record ChangeRecord(
    long sequence,
    UUID command,
    Actor actor,
    Instant at,
    AggregateRef aggregate,
    @Nullable PlanId plan,
    long version,
    String commandName,
    @Nullable String reason,
    List<FieldChange> changes) {

  /**
   * Checks the record.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException if a part is missing, the sequence
   *     is negative, the version below 1, or a text holds U+0000, U+001E or U+001F
   */
  public ChangeRecord {
    Validation v = new Validation();
    v.require(sequence >= 0, "sequence", Violation.OUT_OF_RANGE, "a sequence is not negative");
    v.required("command", command);
    v.required("actor", actor);
    v.required("at", at);
    v.required("aggregate", aggregate);
    v.require(version >= 1, "version", Violation.OUT_OF_RANGE, "a version starts at 1");
    v.required("commandName", commandName);
    v.elements("changes", changes);
    v.require(
        FieldChange.storable(commandName),
        "commandName",
        Violation.MALFORMED,
        "holds U+0000, U+001E or U+001F");
    v.require(
        FieldChange.storable(reason),
        "reason",
        Violation.MALFORMED,
        "holds U+0000, U+001E or U+001F");
    v.throwIfAny();
    changes = ImmutableList.copyOf(changes);
  }

  /**
   * The same record with the sequence number the store gave it.
   *
   * @param newSequence the sequence number, at least 1
   * @return the record
   * @throws io.github.coplan.domain.error.InvalidInputException if the number is below 1
   */
  public ChangeRecord withSequence(long newSequence) {
    if (newSequence < 1) {
      throw io.github.coplan.domain.error.InvalidInputException.of(
          "sequence", Violation.OUT_OF_RANGE, "a stored sequence number starts at 1");
    }
    return new ChangeRecord(
        newSequence, command, actor, at, aggregate, plan, version, commandName, reason, changes);
  }

  /**
   * This record without the changes of some fields, every other part as it was: what {@link
   * io.github.coplan.port.storage.HistoryRepository#erase} leaves of it.
   *
   * @param fields the names of the fields whose changes go
   * @return the record without them; this record if it changed none of them
   * @throws io.github.coplan.domain.error.InvalidInputException if the set is missing
   */
  public ChangeRecord without(Set<String> fields) {
    Validation.notNull("fields", fields);
    List<FieldChange> kept = new ArrayList<>(changes.size());
    for (FieldChange c : changes) {
      if (!fields.contains(c.field())) {
        kept.add(c);
      }
    }
    if (kept.size() == changes.size()) {
      return this;
    }
    return new ChangeRecord(
        sequence, command, actor, at, aggregate, plan, version, commandName, reason, kept);
  }

  /**
   * The change of one field, if this record changed it.
   *
   * @param field the field's name
   * @return the change, or null
   */
  public @Nullable FieldChange change(String field) {
    for (FieldChange c : changes) {
      if (c.field().equals(field)) {
        return c;
      }
    }
    return null;
  }
}
